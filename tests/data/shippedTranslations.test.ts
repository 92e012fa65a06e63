/**
 * Every translation shipped beside a scenario is complete and current: no text missing,
 * empty or translated from an original since changed. On failure the list names each
 * one left to do, as `npm run validate` does.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data';
import {
  shippedScenarioFiles,
  translationsBeside,
  validateTranslation,
} from '../../src/cli/validate';
import { repoRoot } from './helpers';

const translations = shippedScenarioFiles(repoRoot).flatMap((file) => translationsBeside(file));

describe('shipped translations', () => {
  it('include the Spanish text of the 2025 crisis', () => {
    expect(existsSync(join(repoRoot, 'scenarios/cartel-strikes-2025/scenario.es.yaml'))).toBe(true);
  });

  it.each(translations.map((f) => relative(repoRoot, f)))(
    '%s translates every text of its scenario, each from the current original',
    (file) => {
      const { problems, count } = validateTranslation(file, repoRoot);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(count).toBe(0);
    },
  );
});
