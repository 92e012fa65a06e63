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
import { checkMap } from './checkMap';
import { checkObjectives, checkPlane } from './checkPlane';
import { checkQuotes } from './checkQuotes';
import type { SourceLookup } from './checkQuotes';
import { buildIndex } from './refIndex';
import type { Report, SetAsideParts } from './refIndex';
import type { Scenario } from './schema';

export type CrossRefOptions = {
  /**
   * Returns the text of a source file named in meta.sources[].file, or undefined
   * when it cannot be found. When given, every quotation is checked against it.
   */
  sourceText?: SourceLookup;
};

/**
 * Reports every cross-reference problem of a schema-valid scenario. `setAside` tells
 * of the parts of the file left out of `scenario` because of other problems.
 */
export function checkCrossRefs(
  scenario: Scenario,
  report: Report,
  options: CrossRefOptions = {},
  setAside?: SetAsideParts,
): void {
  const index = buildIndex(scenario, setAside);
  const unique = (items: readonly { id: string }[], path: (string | number)[], noun: string) =>
    checkDuplicates(report, items, path, noun, index.pathName);
  unique(scenario.meta.sources, ['meta', 'sources'], 'source');
  unique(scenario.meters, ['meters'], 'meter');
  unique(scenario.flags, ['flags'], 'flag');
  unique(scenario.roles, ['roles'], 'role');
  scenario.roles.forEach((role, i) =>
    unique(role.resources, ['roles', i, 'resources'], 'resource'),
  );
  unique(scenario.options, ['options'], 'option');
  unique(scenario.responses, ['responses'], 'response rule');
  unique(scenario.events, ['events'], 'event');
  unique(scenario.outcomes, ['outcomes'], 'outcome');
  unique(scenario.evidence, ['evidence'], 'evidence card');
  unique(scenario.advisors, ['advisors'], 'advisor');
  unique(scenario.modelNotes, ['modelNotes'], 'model note');
  unique(scenario.disputes, ['disputes'], 'dispute');
  unique(scenario.calendar.lengths, ['calendar', 'lengths'], 'game length');
  unique(scenario.endings, ['endings'], 'ending');

  checkPlane(index, report);
  checkObjectives(index, report);
  checkOptions(index, report);
  checkResponses(index, report);
  checkEvents(index, report);
  checkLengths(index, report);
  checkFeatures(index, report);
  checkMap(index, report);
  checkEvidenceAndAdvisors(index, report);
  checkNotesAndDebrief(index, report);
  if (options.sourceText) checkQuotes(scenario, report, options.sourceText);
  checkContent(scenario, report, options.sourceText !== undefined);
}
