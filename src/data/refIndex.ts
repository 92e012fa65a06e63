/**
 * Lookup tables over a schema-valid scenario, shared by the cross-reference checks,
 * and the messages for ids that name nothing.
 */
import { formatPath } from './problems';
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
  /** Each role's resource ids, and every resource id some role holds. */
  resources: Map<string, Set<string>>;
  heldResources: Set<string>;
  turns: number;
  /**
   * Words of the parts of the file set aside because of other problems: an id among
   * them may be declared there, so it is not reported as unknown.
   */
  setAside: ReadonlySet<string>;
  /** Writes a path as the file has it (items set aside move later ones up). */
  pathName: (path: PathSegment[]) => string;
};

/** What the checks need to know of the parts of a file set aside; nothing by default. */
export type SetAsideParts = {
  words: ReadonlySet<string>;
  pathName: (path: PathSegment[]) => string;
};

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Builds the lookup tables. Duplicate ids resolve to their first definition. */
export function buildIndex(scenario: Scenario, setAside?: SetAsideParts): RefIndex {
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
    resources: new Map(scenario.roles.map((r) => [r.id, new Set(r.resources.map((x) => x.id))])),
    heldResources: new Set(scenario.roles.flatMap((r) => r.resources.map((x) => x.id))),
    turns: scenario.calendar.turns.length,
    setAside: setAside?.words ?? new Set(),
    pathName: setAside?.pathName ?? formatPath,
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
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
): string {
  const hint = didYouMean(id, known.keys());
  if (hint !== '') return `unknown ${noun} '${id}'${hint}`;
  if (known.size === 0) return `unknown ${noun} '${id}' (no ${pluralNoun} are declared)`;
  if (known.size <= 8)
    return `unknown ${noun} '${id}' (declared ${pluralNoun}: ${[...known.keys()].join(', ')})`;
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
  if (meter === undefined && !index.setAside.has(id))
    report(path, unknownId('meter', 'meters', id, index.meters), at);
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
  if (role === undefined && !index.setAside.has(id))
    report(path, unknownId('role', 'roles', id, index.roles));
  return role;
}

export function checkOption(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): Option | undefined {
  const option = index.options.get(id);
  if (option === undefined && !index.setAside.has(id))
    report(path, unknownId('option', 'options', id, index.options));
  return option;
}

export function checkFlag(index: RefIndex, report: Report, path: PathSegment[], id: string): void {
  if (!index.flags.has(id) && !index.setAside.has(id))
    report(path, unknownId('flag', 'flags', id, index.flags));
}

export function checkSource(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): void {
  if (!index.sources.has(id) && !index.setAside.has(id)) {
    report(path, unknownId('source', 'sources in meta.sources', id, index.sources));
  }
}

export function checkEvidence(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  id: string,
): void {
  if (!index.evidence.has(id) && !index.setAside.has(id)) {
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
  const ids = index.resources.get(roleId);
  if (ids === undefined || ids.has(id) || index.setAside.has(id)) return;
  const hint = didYouMean(id, ids);
  const known =
    hint !== ''
      ? hint
      : ids.size === 0
        ? ` (it declares no resources; add them under roles[].resources)`
        : ` (its resources: ${[...ids].join(', ')})`;
  report(path, `role '${roleId}' has no resource '${id}'${known}`, at);
}
