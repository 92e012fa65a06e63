/**
 * Cross-reference checks of the scenario's sections: options, response rules,
 * events, evidence, advisors, disputes, the debrief and model notes.
 */
import { formatPath } from './problems';
import type { PathSegment } from './problems';
import { checkCondition, checkEffects } from './checkRules';
import { checkEvidence, checkOption, checkResource, checkRole, checkSource } from './refIndex';
import type { RefIndex, Report } from './refIndex';
import type { Citation, Statement } from './schema';
import { didYouMean } from './suggest';

/**
 * Reports every id that appears more than once in a list of items with ids. `name`
 * writes the earlier item's path as the file has it.
 */
export function checkDuplicates(
  report: Report,
  items: readonly { id: string }[],
  path: PathSegment[],
  noun: string,
  name: (path: PathSegment[]) => string = formatPath,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      report(
        [...path, i, 'id'],
        `duplicate ${noun} id '${item.id}' (already used by ${name([...path, earlier])})`,
      );
    }
  });
}

export function checkCites(
  index: RefIndex,
  report: Report,
  cites: readonly Citation[],
  path: PathSegment[],
): void {
  cites.forEach((cite, i) => checkSource(index, report, [...path, i, 'source'], cite.source));
}

function checkStatement(
  index: RefIndex,
  report: Report,
  statement: Statement,
  path: PathSegment[],
): void {
  if (statement.source !== undefined) {
    checkSource(index, report, [...path, 'source'], statement.source);
  } else if (statement.quote !== undefined) {
    report(
      [...path, 'quote'],
      "a quote needs its source: add 'source:' with the id of an entry in meta.sources",
    );
  }
}

export function checkOptions(index: RefIndex, report: Report): void {
  index.scenario.options.forEach((option, i) => {
    const path: PathSegment[] = ['options', i];
    const role = checkRole(index, report, [...path, 'role'], option.role);
    if (option.requires) checkCondition(index, report, option.requires, [...path, 'requires']);
    if (role) {
      for (const resource of Object.keys(option.cost)) {
        checkResource(index, report, [...path, 'cost', resource], role.id, resource, 'key');
      }
    }
    checkEffects(index, report, option.effects, [...path, 'effects'], role?.id);
    checkCites(index, report, option.cites, [...path, 'cites']);
  });
}

export function checkResponses(index: RefIndex, report: Report): void {
  // Tags carried by options of other roles than each rule's, found once per role.
  const tagsOfOthers = new Map<string, string[]>();
  const otherTagsThan = (role: string): string[] => {
    let tags = tagsOfOthers.get(role);
    if (tags === undefined) {
      tags = [...index.tags].filter(([, rs]) => [...rs].some((r) => r !== role)).map(([t]) => t);
      tagsOfOthers.set(role, tags);
    }
    return tags;
  };
  index.scenario.responses.forEach((rule, i) => {
    const path: PathSegment[] = ['responses', i];
    const role = checkRole(index, report, [...path, 'role'], rule.role);
    (rule.to.options ?? []).forEach((optionId, j) => {
      const at = [...path, 'to', 'options', j];
      const option = checkOption(index, report, at, optionId);
      if (option && role && option.role === role.id) {
        report(
          at,
          `'${optionId}' is an option of '${role.id}' itself; a response rule answers the other side's moves`,
        );
      }
    });
    (rule.to.tags ?? []).forEach((tag, j) => {
      const roles = index.tags.get(tag);
      const others = [...(roles ?? [])].filter((r) => r !== rule.role);
      if (others.length === 0 && !index.setAside.has(tag)) {
        report(
          [...path, 'to', 'tags', j],
          roles === undefined
            ? `no option carries the tag '${tag}'${didYouMean(tag, otherTagsThan(rule.role))}`
            : `only options of '${rule.role}' itself carry the tag '${tag}'; a response rule answers the other side's moves`,
        );
      }
    });
    if (rule.when) checkCondition(index, report, rule.when, [...path, 'when']);
    checkDuplicates(report, rule.answers, [...path, 'answers'], 'answer', index.pathName);
    rule.answers.forEach((answer, j) => {
      const at: PathSegment[] = [...path, 'answers', j];
      checkStatement(index, report, answer.statement, [...at, 'statement']);
      if (answer.when) checkCondition(index, report, answer.when, [...at, 'when']);
      answer.weightIf.forEach((w, k) =>
        checkCondition(index, report, w.when, [...at, 'weightIf', k, 'when']),
      );
      checkEffects(index, report, answer.effects, [...at, 'effects'], role?.id);
      checkCites(index, report, answer.cites, [...at, 'cites']);
    });
  });
}

/** Each game length fits the calendar. */
export function checkLengths(index: RefIndex, report: Report): void {
  index.scenario.calendar.lengths.forEach((length, i) => {
    if (length.turns > index.turns) {
      report(
        ['calendar', 'lengths', i, 'turns'],
        `${length.turns} turns is longer than the calendar, which has ${index.turns} turns`,
      );
    }
  });
}

export function checkEvents(index: RefIndex, report: Report): void {
  index.scenario.events.forEach((event, i) => {
    const path: PathSegment[] = ['events', i];
    if (event.turn !== undefined && event.turn > index.turns) {
      report(
        [...path, 'turn'],
        `turn ${event.turn} is beyond the calendar, which has ${index.turns} turns`,
      );
    }
    if (event.when) checkCondition(index, report, event.when, [...path, 'when']);
    checkEffects(index, report, event.effects, [...path, 'effects'], undefined);
    checkCites(index, report, event.cites, [...path, 'cites']);
  });
}

export function checkEvidenceAndAdvisors(index: RefIndex, report: Report): void {
  const { scenario } = index;
  scenario.evidence.forEach((card, i) => {
    checkSource(index, report, ['evidence', i, 'source'], card.source);
    card.bearsOn.forEach((b, j) =>
      checkOption(index, report, ['evidence', i, 'bearsOn', j, 'option'], b.option),
    );
  });
  scenario.advisors.forEach((advisor, i) => {
    checkRole(index, report, ['advisors', i, 'role'], advisor.role);
    advisor.arguments.forEach((arg, j) => {
      const path: PathSegment[] = ['advisors', i, 'arguments', j];
      checkOption(index, report, [...path, 'option'], arg.option);
      arg.evidence.forEach((id, k) => checkEvidence(index, report, [...path, 'evidence', k], id));
    });
  });
}

export function checkNotesAndDebrief(index: RefIndex, report: Report): void {
  const { scenario } = index;
  scenario.outcomes.forEach((o, i) => checkCites(index, report, o.cites, ['outcomes', i, 'cites']));
  scenario.glossary.forEach((g, i) => checkCites(index, report, g.cites, ['glossary', i, 'cites']));
  scenario.debrief.record.forEach((r, i) =>
    checkCites(index, report, r.cites, ['debrief', 'record', i, 'cites']),
  );
  scenario.debrief.assessments.forEach((a, i) => {
    const path: PathSegment[] = ['debrief', 'assessments', i];
    checkEvidence(index, report, [...path, 'evidence'], a.evidence);
    a.options.forEach((id, j) => checkOption(index, report, [...path, 'options', j], id));
  });

  const disputable = new Set([...index.options.keys(), ...index.events, ...index.evidence]);
  scenario.disputes.forEach((d, i) => {
    d.about.forEach((id, j) => {
      if (!disputable.has(id) && !index.setAside.has(id)) {
        report(
          ['disputes', i, 'about', j],
          `'${id}' is not the id of an option, event or evidence card${didYouMean(id, disputable)}`,
        );
      }
    });
    checkCites(index, report, d.cites, ['disputes', i, 'cites']);
  });

  const explainable = new Set([
    ...index.options.keys(),
    ...index.answers,
    ...index.events,
    ...index.rules,
  ]);
  scenario.modelNotes.forEach((note, i) => {
    note.about.forEach((id, j) => {
      if (!explainable.has(id) && !index.setAside.has(id)) {
        report(
          ['modelNotes', i, 'about', j],
          `'${id}' is not the id of an option, answer, event or response rule${didYouMean(id, explainable)}`,
        );
      }
    });
  });
}
