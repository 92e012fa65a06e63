/**
 * The broken-scenario corpus: each tests/fixtures/broken/NN-name.yaml holds one (or a
 * few) deliberate mistakes, and NN-name.expected.txt the exact lines the loader must
 * print for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../src/data';
import { expectWellFormed, fixturesDir } from './helpers';

const dir = join(fixturesDir, 'broken');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('broken-scenario corpus', () => {
  it('has at least 15 cases, each with its expected output', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const expected = readdirSync(dir).filter((f) => f.endsWith('.expected.txt'));
    expect(expected.map((f) => f.replace('.expected.txt', '.yaml')).sort()).toEqual(files);
  });

  it.each(files)('%s', (name) => {
    const file = `tests/fixtures/broken/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    const expected = readFileSync(join(dir, name.replace(/\.yaml$/, '.expected.txt')), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const result = loadScenario(text, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectWellFormed(result.problems, file, text);
    expect(result.problems.map(formatProblem)).toEqual(expected);
  });
});
