/**
 * The loader keeps its promises on hostile files, measured as `npm run bench:validate`
 * measures them and held to the same limits: the 1 MB file of 100,000 keys is answered
 * in under 2 s, a 20 MB file and an endless one get the size message in under 1 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cases, LIMITS_MS, measureCheck } from '../../scripts/bench-validate';
import { validateFile } from '../../src/cli/validate';

const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What each limited case must answer. */
const ANSWERS: Record<string, RegExp> = {
  'keys-100k': /^too much to check: .* at most 200,000 YAML tokens/,
  'flow-20mb':
    /^the file is too large to check \(20\.0 MB\): a scenario file may be at most 1\.0 MB/,
  'dev-zero': /^the file is too large to check \(more than 1\.0 MB\)/,
};

describe('bench:validate limits', () => {
  const limited = cases(dir).filter((c) => LIMITS_MS[c.name] !== undefined);

  it('limits exactly the cases the loader promises', () => {
    expect(limited.map((c) => c.name).sort()).toEqual(Object.keys(ANSWERS).sort());
  });

  for (const c of limited) {
    it(`${c.name} is answered within ${LIMITS_MS[c.name]} ms`, () => {
      const text = c.write?.();
      if (text !== undefined) writeFileSync(c.file, text);
      const measured = measureCheck(validateFile, c.file);
      console.log(`${c.name}: ${measured.ms.toFixed(0)} ms, ${measured.first}`);
      expect(measured.problems).toBe(1);
      expect(measured.first).toMatch(ANSWERS[c.name] ?? /^$/);
      expect(measured.ms).toBeLessThan(LIMITS_MS[c.name] ?? 0);
    });
  }
});
