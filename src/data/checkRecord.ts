/**
 * The record check: what a scenario presents as having happened is backed by a source.
 *
 * - An option is on the record (one of its `cites` is marked `record: true` and quotes
 *   the passage that reports the move taken) or `hypothetical: true`, never both.
 * - An answer is on the record the same way or `assumption: true`, never both.
 * - An answer in a rule that answers only hypothetical options must be an assumption:
 *   no source can report an answer to a move that was never made.
 * - `record: true` marks citations of options and answers only, and always with a quote.
 *
 * It runs when a scenario is checked against its source texts (`npm run validate`),
 * since it is about faithfulness to them.
 */
import type { PathSegment } from './problems';
import type { Report } from './refIndex';
import type { Citation, Scenario } from './schema';

const onRecord = (cites: readonly Citation[]) => cites.some((c) => c.record === true);

/** Reports record citations without the quote that would show what they report. */
function checkRecordQuotes(report: Report, cites: readonly Citation[], path: PathSegment[]) {
  cites.forEach((c, i) => {
    if (c.record === true && c.quote === undefined) {
      report(
        [...path, i, 'record'],
        'a citation marked record needs the quote that reports the move or answer',
      );
    }
  });
}

/** Reports `record: true` where it has no meaning (events, outcomes, glossary, …). */
function checkMisplaced(report: Report, cites: readonly Citation[], path: PathSegment[]) {
  cites.forEach((c, i) => {
    if (c.record === true) {
      report(
        [...path, i, 'record'],
        'record marks the passage that reports an option taken or an answer given; it has no meaning here',
      );
    }
  });
}

export function checkRecord(scenario: Scenario, report: Report): void {
  const hypothetical = new Set(scenario.options.filter((o) => o.hypothetical).map((o) => o.id));

  scenario.options.forEach((option, i) => {
    const path: PathSegment[] = ['options', i];
    checkRecordQuotes(report, option.cites, [...path, 'cites']);
    const recorded = onRecord(option.cites);
    if (option.hypothetical && recorded) {
      report(
        [...path, 'hypothetical'],
        `option '${option.id}' is marked hypothetical, but a citation is marked as reporting it taken: keep one or the other`,
      );
    } else if (!option.hypothetical && !recorded) {
      report(
        path,
        `option '${option.id}' is not on the record: mark the citation that reports it taken 'record: true', or mark the option 'hypothetical: true'`,
      );
    }
  });

  scenario.responses.forEach((rule, i) => {
    const named = rule.to.options ?? [];
    const answersOnlyHypothetical =
      (rule.to.tags ?? []).length === 0 &&
      named.length > 0 &&
      named.every((id) => hypothetical.has(id));
    rule.answers.forEach((answer, j) => {
      const path: PathSegment[] = ['responses', i, 'answers', j];
      checkRecordQuotes(report, answer.cites, [...path, 'cites']);
      const recorded = onRecord(answer.cites);
      if (answersOnlyHypothetical && !answer.assumption) {
        report(
          path,
          `answer '${answer.id}' answers only hypothetical moves (${named.join(', ')}), so no source can report it: mark it 'assumption: true'`,
        );
      } else if (answer.assumption && recorded) {
        report(
          [...path, 'assumption'],
          `answer '${answer.id}' is marked as an assumption, but a citation is marked as reporting it: keep one or the other`,
        );
      } else if (!answer.assumption && !recorded) {
        report(
          path,
          `answer '${answer.id}' is not on the record: mark the citation that reports this answer 'record: true', or mark the answer 'assumption: true'`,
        );
      }
    });
  });

  scenario.events.forEach((e, i) => checkMisplaced(report, e.cites, ['events', i, 'cites']));
  scenario.outcomes.forEach((o, i) => checkMisplaced(report, o.cites, ['outcomes', i, 'cites']));
  scenario.disputes.forEach((d, i) => checkMisplaced(report, d.cites, ['disputes', i, 'cites']));
  scenario.glossary.forEach((g, i) => checkMisplaced(report, g.cites, ['glossary', i, 'cites']));
  scenario.debrief.record.forEach((r, i) =>
    checkMisplaced(report, r.cites, ['debrief', 'record', i, 'cites']),
  );
}
