/**
 * The checker of an author's file: in a worker when one starts, on the page (with a size
 * limit) when none can, a worker failure reported as the file's problem, and a check
 * that a newer one replaced stopped rather than waited for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import {
  CheckReplaced,
  createScenarioChecker,
  MAIN_THREAD_LIMIT,
} from '../../src/store/scenarioCheck';
import type { CheckReply, CheckRequest } from '../../src/store/scenarioCheck.worker';

const good = readFileSync('tests/fixtures/ui-dev.yaml', 'utf8');
const broken = 'schemaVersion: 1\nmeta: {}\n';

type Behaviour = 'answers' | 'cannot-start' | 'crashes' | 'never-answers';

/** Stands in for the browser's Worker: runs the worker's own function, as told. */
class FakeWorker extends EventTarget {
  terminated = false;
  received: CheckRequest[] = [];

  constructor(private readonly behaviour: Behaviour) {
    super();
    setTimeout(() => {
      if (behaviour === 'cannot-start') this.fail('blocked by the content security policy');
      else this.reply({ type: 'ready' });
    });
  }

  postMessage(request: CheckRequest): void {
    this.received.push(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'crashes') this.fail('out of memory');
      else if (this.behaviour === 'answers') {
        this.reply({
          type: 'checked',
          id: request.id,
          file: checkScenarioFile(request.text, request.fileName),
        });
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  private reply(data: CheckReply) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  private fail(message: string) {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

function workers(...behaviours: Behaviour[]) {
  const started: FakeWorker[] = [];
  const start = async () => {
    const worker = new FakeWorker(behaviours[started.length] ?? 'answers');
    started.push(worker);
    return worker as unknown as Worker;
  };
  return { started, start };
}

describe('scenario checker', () => {
  it('checks in a worker, started once and kept for the next file', async () => {
    const { started, start } = workers('answers');
    const check = createScenarioChecker(start);
    expect(await check(good, 'a.yaml')).toEqual(checkScenarioFile(good, 'a.yaml'));
    expect(await check(broken, 'b.yaml')).toEqual(checkScenarioFile(broken, 'b.yaml'));
    expect(started).toHaveLength(1);
    expect(started[0]!.received.map((r) => r.fileName)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('checks on the page when no worker can start', async () => {
    const { started, start } = workers('cannot-start');
    const check = createScenarioChecker(start);
    expect(await check(broken, 'b.yaml')).toEqual(checkScenarioFile(broken, 'b.yaml'));
    expect(started[0]!.terminated).toBe(true);
    const refused = createScenarioChecker(async () => {
      throw new Error('Worker is not defined');
    });
    expect(await refused(good, 'a.yaml')).toEqual(checkScenarioFile(good, 'a.yaml'));
  });

  it('refuses, with a clear message, a file too large to check on the page', async () => {
    const check = createScenarioChecker();
    const huge = `${broken}#${'x'.repeat(MAIN_THREAD_LIMIT)}\n`;
    const result = await check(huge, 'huge.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'huge.yaml', line: 1, path: '(root)' });
    expect(result.problems[0]!.message).toContain('too large');
    expect(result.problems[0]!.message).toContain('npm run validate');
  });

  it('reports a worker that fails on a file, and starts a fresh one for the next', async () => {
    const { started, start } = workers('crashes', 'answers');
    const check = createScenarioChecker(start);
    const result = await check(good, 'a.yaml');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'a.yaml', message: 'the check stopped: out of memory' }],
    });
    expect(started[0]!.terminated).toBe(true);
    expect((await check(good, 'a.yaml')).ok).toBe(true);
    expect(started).toHaveLength(2);
  });

  it('never sends a file replaced while the worker was starting', async () => {
    const { started, start } = workers('answers');
    const check = createScenarioChecker(start);
    const first = check(good, 'first.yaml');
    const second = check(broken, 'b.yaml');
    await expect(first).rejects.toBeInstanceOf(CheckReplaced);
    expect(await second).toEqual(checkScenarioFile(broken, 'b.yaml'));
    expect(started).toHaveLength(1);
    expect(started[0]!.received.map((r) => r.fileName)).toEqual(['b.yaml']);
  });

  it('stops a worker busy with a file a newer check replaced', async () => {
    const { started, start } = workers('never-answers', 'answers');
    const check = createScenarioChecker(start);
    const first = check(good, 'slow.yaml');
    await expect.poll(() => started[0]?.received.length).toBe(1);
    const second = check(broken, 'b.yaml');
    await expect(first).rejects.toBeInstanceOf(CheckReplaced);
    expect(started[0]!.terminated).toBe(true);
    expect(await second).toEqual(checkScenarioFile(broken, 'b.yaml'));
    expect(started).toHaveLength(2);
  });
});
