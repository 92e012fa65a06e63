/**
 * Checks that need the whole scenario: ids are unique, every id referenced exists,
 * numbers fit the meters and calendar, and the outcome plane is fully covered. Run
 * only on a scenario that already passed the schema.
 */
import {
  checkDuplicates,
  checkEvents,
  checkEvidenceAndAdvisors,
  checkLengths,
  checkNotesAndDebrief,
  checkOptions,
  checkResponses,
} from './checkParts';
import { checkContent } from './checkContent';
import { checkFeatures } from './checkFeatures';
import { checkObjectives, checkPlane } from './checkPlane';
import { checkQuotes } from './checkQuotes';
import type { SourceLookup } from './checkQuotes';
import { buildIndex } from './refIndex';
import type { Report } from './refIndex';
import type { Scenario } from './schema';

export type CrossRefOptions = {
  /**
   * Returns the text of a source file named in meta.sources[].file, or undefined
   * when it cannot be found. When given, every quotation is checked against it.
   */
  sourceText?: SourceLookup;
};

/** Reports every cross-reference problem of a schema-valid scenario. */
export function checkCrossRefs(
  scenario: Scenario,
  report: Report,
  options: CrossRefOptions = {},
): void {
  checkDuplicates(report, scenario.meta.sources, ['meta', 'sources'], 'source');
  checkDuplicates(report, scenario.meters, ['meters'], 'meter');
  checkDuplicates(report, scenario.flags, ['flags'], 'flag');
  checkDuplicates(report, scenario.roles, ['roles'], 'role');
  scenario.roles.forEach((role, i) =>
    checkDuplicates(report, role.resources, ['roles', i, 'resources'], 'resource'),
  );
  checkDuplicates(report, scenario.options, ['options'], 'option');
  checkDuplicates(report, scenario.responses, ['responses'], 'response rule');
  checkDuplicates(report, scenario.events, ['events'], 'event');
  checkDuplicates(report, scenario.outcomes, ['outcomes'], 'outcome');
  checkDuplicates(report, scenario.evidence, ['evidence'], 'evidence card');
  checkDuplicates(report, scenario.advisors, ['advisors'], 'advisor');
  checkDuplicates(report, scenario.modelNotes, ['modelNotes'], 'model note');
  checkDuplicates(report, scenario.disputes, ['disputes'], 'dispute');
  checkDuplicates(report, scenario.calendar.lengths, ['calendar', 'lengths'], 'game length');
  checkDuplicates(report, scenario.endings, ['endings'], 'ending');

  const index = buildIndex(scenario);
  checkPlane(index, report);
  checkObjectives(index, report);
  checkOptions(index, report);
  checkResponses(index, report);
  checkEvents(index, report);
  checkLengths(index, report);
  checkFeatures(index, report);
  checkEvidenceAndAdvisors(index, report);
  checkNotesAndDebrief(index, report);
  if (options.sourceText) checkQuotes(scenario, report, options.sourceText);
  checkContent(scenario, report, options.sourceText !== undefined);
}
