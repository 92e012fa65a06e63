import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/cli/validate';
import { edit, minimalText, repoRoot } from './helpers';

const tsx = resolve(repoRoot, 'node_modules', '.bin', 'tsx');

function run(args: string[]) {
  const out = spawnSync(tsx, ['src/cli/validate.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: out.status, lines: out.stdout.trim().split('\n') };
}

describe('validate command', () => {
  it('names files relative to the working directory', () => {
    const { problems } = validateFile(
      resolve(repoRoot, 'tests/fixtures/broken/01-unknown-meter.yaml'),
      repoRoot,
    );
    expect(problems.map((p) => p.file)).toEqual(['tests/fixtures/broken/01-unknown-meter.yaml']);
  });

  it('reports an unreadable file as a problem', () => {
    const { problems } = validateFile('tests/fixtures/broken/no-such-file.yaml', repoRoot);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^cannot read the file/);
  });

  it('prints one line per problem and a summary, and exits 1 on problems', () => {
    const { code, lines } = run([
      'tests/fixtures/broken/17-multiple-schema-problems.yaml',
      'tests/fixtures/broken/01-unknown-meter.yaml',
    ]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(
      /^tests\/fixtures\/broken\/17-multiple-schema-problems\.yaml:7:12 meta\.version: /,
    );
    expect(lines[6]).toBe('2 scenario files checked: 6 problems in 2 files.');
  }, 30_000);

  it('exits 0 for a valid file', () => {
    // The minimal fixture without its source file name, so no quotation check applies.
    const file = join(mkdtempSync(join(tmpdir(), 'bilateral-validate-')), 'scenario.yaml');
    writeFileSync(file, edit(minimalText, '      file: paper.txt\n', ''));
    const { code, lines } = run([file]);
    // Notes (tags without a glossary entry) may come first; they do not fail the file.
    expect(lines.at(-1)).toBe('1 scenario file checked: no problems.');
    expect(lines.slice(0, -1).every((line) => line.includes(': note: '))).toBe(true);
    expect(code).toBe(0);
  }, 30_000);
});
