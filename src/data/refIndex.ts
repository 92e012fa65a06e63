/**
 * Lookup tables over a schema-valid scenario, shared by the cross-reference checks,
 * and the messages for ids that name nothing.
 */
import type { PathSegment } from './problems';
import type { Meter, Option, Role, Scenario } from './schema';
import { didYouMean } from './suggest';
import type { Anchor } from './yamlDocument';

/** Records one problem at a path; `at: 'key'` points at a field name. */
export type Report = (path: PathSegment[], message: string, at?: Anchor) => void;

export type RefIndex = {
  scenario: Scenario;
  meters: Map<string, Meter>;
  flags: Set<string>;
  roles: Map<string, Role>;
  options: Map<string, Option>;
  sources: Set<string>;
  evidence: Set<string>;
  events: Set<string>;
  rules: Set<string>;
  answers: Set<string>;
  /** Every tag carried by some option, with the roles whose options carry it. */
  tags: Map<string, Set<string>>;
  turns: number;
};

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Builds the lookup tables. Duplicate ids resolve to their first definition. */
export function buildIndex(scenario: Scenario): RefIndex {
  const tags = new Map<string, Set<string>>();
  for (const option of scenario.options) {
    for (const tag of option.tags) {
      const roles = tags.get(tag) ?? new Set<string>();
      roles.add(option.role);
      tags.set(tag, roles);
    }
  }
  return {
    scenario,
    meters: firstById(scenario.meters),
    flags: new Set(scenario.flags.map((f) => f.id)),
    roles: firstById(scenario.roles),
    options: firstById(scenario.options),
    sources: new Set(scenario.meta.sources.map((s) => s.id)),
    evidence: new Set(scenario.evidence.map((e) => e.id)),
    events: new Set(scenario.events.map((e) => e.id)),
    rules: new Set(scenario.responses.map((r) => r.id)),
    answers: new Set(scenario.responses.flatMap((r) => r.answers.map((a) => a.id))),
    tags,
    turns: scenario.calendar.turns.length,
  };
}

/**
 * "unknown meter 'cooperaton' (did you mean 'cooperation'?)", or, with no close
 * match, the declared ids when there are few enough to list.
 */
export function unknownId(
  noun: string,
  pluralNoun: string,
  id: string,
  known: Iterable<string>,
): string {
  const list = [...known];
  const hint = didYouMean(id, list);
  if (hint !== '') return `unknown ${noun} '${id}'${hint}`;
  if (list.length === 0) return `unknown ${noun} '${id}' (no ${pluralNoun} are declared)`;
  if (list.length <= 8)
    return `unknown ${noun} '${id}' (declared ${pluralNoun}: ${list.join(', ')})`;
  return `unknown ${noun} '${id}'`;
}

/** Checks that `id` names a meter; returns the meter when it does. */
export function checkMeter(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
  at?: Anchor,
): Meter | undefined {
  const meter = index.meters.get(id);
  if (meter === undefined) report(path, unknownId('meter', 'meters', id, index.meters.keys()), at);
  return meter;
}

/** Checks that `id` names a role; returns the role when it does. */
export function checkRole(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): Role | undefined {
  const role = index.roles.get(id);
  if (role === undefined) report(path, unknownId('role', 'roles', id, index.roles.keys()));
  return role;
}

export function checkOption(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): Option | undefined {
  const option = index.options.get(id);
  if (option === undefined) report(path, unknownId('option', 'options', id, index.options.keys()));
  return option;
}

export function checkFlag(index: RefIndex, report: Report, path: PathSegment[], id: string): void {
  if (!index.flags.has(id)) report(path, unknownId('flag', 'flags', id, index.flags));
}

export function checkSource(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): void {
  if (!index.sources.has(id)) {
    report(path, unknownId('source', 'sources in meta.sources', id, index.sources));
  }
}

export function checkEvidence(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): void {
  if (!index.evidence.has(id)) {
    report(path, unknownId('evidence card', 'evidence cards', id, index.evidence));
  }
}

/** Checks that `role` exists and has a resource `id`. */
export function checkResource(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  roleId: string,
  id: string,
  at?: Anchor,
): void {
  const role = index.roles.get(roleId);
  if (role === undefined) return;
  const ids = role.resources.map((r) => r.id);
  if (ids.includes(id)) return;
  const hint = didYouMean(id, ids);
  const known =
    hint !== ''
      ? hint
      : ids.length === 0
        ? ` (it declares no resources; add them under roles[].resources)`
        : ` (its resources: ${ids.join(', ')})`;
  report(path, `role '${roleId}' has no resource '${id}'${known}`, at);
}
