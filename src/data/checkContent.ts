/**
 * Checks of what the scenario says, beyond its structure: numbers in prose match the
 * rules, claims that the sources agree show each source, and — when the scenario is
 * checked against its source texts — every move and answer is on the record or labelled
 * as hypothetical or as the model's assumption.
 */
import { checkClaims } from './checkClaims';
import { checkNumbers } from './checkNumbers';
import { checkRecord } from './checkRecord';
import type { Report } from './refIndex';
import type { Scenario } from './schema';

/**
 * `haveTexts` says whether the source texts are at hand; the record check runs only then,
 * and only for a scenario that names its source files (one that names none is not bound
 * to any text and cannot be checked against one).
 */
export function checkContent(scenario: Scenario, report: Report, haveTexts: boolean): void {
  checkNumbers(scenario, report);
  checkClaims(scenario, report);
  if (haveTexts && namesSourceFiles(scenario)) checkRecord(scenario, report);
}

export function namesSourceFiles(scenario: Scenario): boolean {
  return scenario.meta.sources.some((s) => s.file !== undefined);
}
