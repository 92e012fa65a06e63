/**
 * Every scenario shipped under scenarios/<id>/scenario.yaml loads with zero problems,
 * quotations included (checked against ../shared/sources when it is present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../src/data';
import { shippedScenarioFiles } from '../../src/cli/validate';
import { repoRoot } from './helpers';

const files = shippedScenarioFiles(repoRoot);
const sourcesDir = resolve(repoRoot, '..', 'shared', 'sources');
const sourceText = existsSync(sourcesDir)
  ? (file: string) => {
      const path = resolve(sourcesDir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    }
  : undefined;

describe('shipped scenarios', () => {
  if (files.length === 0) {
    it.skip('no scenario has been shipped yet', () => {});
    return;
  }
  it.each(files.map((f) => relative(repoRoot, f)))('%s loads with zero problems', (file) => {
    const text = readFileSync(resolve(repoRoot, file), 'utf8');
    const result = loadScenario(text, file, sourceText ? { sourceText } : {});
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
