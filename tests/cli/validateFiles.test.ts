/**
 * What `npm run validate` reads from disk: never more than the size limit (a device
 * that never ends, a file far too large), in whichever encoding the file was saved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioBytes } from '../../src/cli/scenarioFile';
import { validateFile } from '../../src/cli/validate';
import { glossaryKey, loadScenario, tagsWithoutGlossary } from '../../src/data';
import { edit, minimalText, repoRoot } from '../data/helpers';

const dir = mkdtempSync(join(tmpdir(), 'bilateral-validate-files-'));
/** The minimal fixture without its source file, so no quotation check applies. */
const valid = edit(minimalText, '      file: paper.txt\n', '');

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const TOO_LARGE =
  /^the file is too large to check \((20\.0 MB|more than 1\.0 MB)\): a scenario file may be at most 1\.0 MB$/;

describe('reading scenario files', () => {
  it.skipIf(!existsSync('/dev/zero'))('stops reading a device that never ends', () => {
    const read = readScenarioBytes('/dev/zero');
    expect(read).toEqual({
      ok: false,
      message:
        'the file is too large to check (more than 1.0 MB): a scenario file may be at most 1.0 MB',
    });
  });

  it('refuses a 20 MB file by its size, without reading it', () => {
    const file = write('big.yaml', new Uint8Array(20 * 1024 * 1024).fill(0x20));
    const { problems, count } = validateFile(file, dir);
    expect(count).toBe(1);
    expect(problems[0]).toMatchObject({ file: 'big.yaml', line: 1, column: 1, path: '(root)' });
    expect(problems[0]?.message).toMatch(TOO_LARGE);
  });

  it('refuses a folder with a clear message', () => {
    const { problems } = validateFile(dir, dir);
    expect(problems.map((p) => p.message)).toEqual(['cannot read the file: it is a folder']);
  });

  it.each([
    ['UTF-8', valid, 'utf8', []],
    ['UTF-8 with a byte-order mark', `\uFEFF${valid}`, 'utf8', []],
    ['UTF-16 with a byte-order mark', `\uFEFF${valid}`, 'utf16le', []],
  ] as const)('reads %s', (_, text, encoding, expected) => {
    const file = write(`${encoding}.yaml`, Buffer.from(text, encoding));
    expect(validateFile(file, dir).problems).toEqual(expected);
  });

  it('counts every problem in the summary, beyond the ones it lists', () => {
    const file = write('many.yaml', `options:\n${'  - {}\n'.repeat(200)}`);
    const out = spawnSync(
      resolve(repoRoot, 'node_modules', '.bin', 'tsx'),
      ['src/cli/validate.ts', file],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const lines = out.stdout.trim().split('\n');
    expect(out.status).toBe(1);
    expect(lines).toHaveLength(102);
    expect(lines[100]).toMatch(
      / \(root\): … and 708 more problems from here on \(only the first 100 are listed\)$/,
    );
    expect(lines[101]).toBe('1 scenario file checked: 808 problems in 1 file.');
  }, 60_000);
});

describe('notes on a file without problems', () => {
  it('names each tag no glossary term explains, without failing the file', () => {
    const text = readFileSync(resolve(repoRoot, 'tests/fixtures/ui-dev.yaml'), 'utf8');
    const file = write('tags.yaml', text);
    const check = validateFile(file, dir);
    expect(check.count).toBe(0);
    const loaded = loadScenario(text, 'tags.yaml');
    if (!loaded.ok) throw new Error('the fixture should load');
    const explained = new Set(loaded.scenario.glossary.map((g) => glossaryKey(g.term)));
    const unexplained = [...new Set(loaded.scenario.options.flatMap((o) => o.tags))].filter(
      (tag) => !explained.has(glossaryKey(tag)),
    );
    expect(unexplained).toContain('economic');
    expect(check.notes).toEqual(
      unexplained.map(
        (tag) => `tags.yaml: note: the tag "${tag}" has no glossary entry to explain it to players`,
      ),
    );
  });

  it('matches a term to a tag ignoring case, hyphens and "(tag)"', () => {
    const scenario = {
      glossary: [{ term: 'Non-kinetic (tag)' }, { term: 'Sovereignty' }],
      options: [{ tags: ['non-kinetic', 'sovereignty', 'show-of-force'] }],
    } as unknown as Parameters<typeof tagsWithoutGlossary>[0];
    expect(tagsWithoutGlossary(scenario)).toEqual(['show-of-force']);
  });
});
