/**
 * The largest part of a scenario that passes the schema, so that the reference checks
 * can run even when some fields are wrong, and a file's reference mistakes are listed
 * together with its field mistakes.
 *
 * Each problem's place is set aside in the smallest way that removes it: an unknown
 * field, or an optional one with a wrong value, is dropped; a missing or wrong text is
 * replaced by a stand-in no check reads; anything else takes out the nearest list item
 * that holds it (an effect, an answer, an option). What that leaves is checked again,
 * since taking out an item may leave a list too short, until it passes or nothing
 * smaller than the whole file would do.
 *
 * A reference check could now see a gap where the file has an item; so every word of
 * what was set aside is kept, and a reference to one of them is not called unknown,
 * and a problem that touches a part set aside is not reported (see SetAside).
 */
import type { PathSegment } from './problems';
import { ScenarioSchema } from './schema';
import type { Scenario } from './schema';
import {
  branchOf,
  childSchema,
  defOf,
  isPlainObject,
  segments,
  unwrap,
  valueAt,
} from './schemaIssues';
import { addWord, SetAside } from './setAside';

export type Salvaged = { scenario: Scenario; setAside: SetAside; words: Set<string> };

type Action = { kind: 'remove' | 'drop' | 'stand-in'; path: PathSegment[] };

const MAX_ROUNDS = 10;
const STAND_IN = '?';

/** A deep copy that shares nothing, so that setting aside one place never changes another. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: copyOf(value[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The object schema that checks the value at `path`, unions resolved by the data. */
function schemaAt(data: unknown, path: readonly PathSegment[]): unknown {
  let schema: unknown = ScenarioSchema;
  for (let i = 0; i <= path.length; i++) {
    if (schema === undefined) return undefined;
    schema = unwrap(schema);
    if (defOf(schema).type === 'union') {
      const branch = branchOf(schema, valueAt(data, path.slice(0, i)));
      if (branch === undefined) return undefined;
      schema = unwrap(branch);
    }
    if (i < path.length) schema = childSchema(schema, path[i] as PathSegment);
  }
  return schema;
}

const OPTIONAL = new Set(['optional', 'default', 'prefault']);

/** A plain text field: any non-empty string will do, and no check reads it. */
function isPlainText(field: unknown): boolean {
  const def = defOf(unwrap(field));
  const checks = (def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? [];
  return def.type === 'string' && checks.every((c) => c._zod.def.check !== 'string_format');
}

/** The smallest way to set aside the problem at `path`, or undefined if none will do. */
function plan(data: unknown, path: readonly PathSegment[]): Action | undefined {
  const seg = path[path.length - 1];
  const holder = path.slice(0, -1);
  const parent = valueAt(data, holder);
  if (Array.isArray(parent) && typeof seg === 'number') return { kind: 'remove', path: [...path] };
  if (isPlainObject(parent) && typeof seg === 'string') {
    const schema = schemaAt(data, holder);
    const def = schema === undefined ? undefined : defOf(schema);
    if (def?.type === 'record') return { kind: 'drop', path: [...path] };
    if (def?.type === 'object') {
      const field = (def.shape as Record<string, unknown>)[seg];
      if (!Object.prototype.hasOwnProperty.call(def.shape, seg) || field === undefined) {
        return { kind: 'drop', path: [...path] };
      }
      if (OPTIONAL.has(defOf(field).type)) return { kind: 'drop', path: [...path] };
      if (isPlainText(field)) return { kind: 'stand-in', path: [...path] };
    }
  }
  for (let k = path.length - 1; k >= 1; k--) {
    if (typeof path[k] === 'number' && Array.isArray(valueAt(data, path.slice(0, k)))) {
      return { kind: 'remove', path: path.slice(0, k + 1) };
    }
  }
  return undefined;
}

/** Later and deeper places first, so that each path still names what it named. */
function compareDescending(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as PathSegment;
    const y = b[i] as PathSegment;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}

/** Every string and field name in `value`. */
function collectWords(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') addWord(value, into);
  else if (Array.isArray(value) || value instanceof Set)
    for (const item of value) collectWords(item, into);
  else if (value instanceof Map) for (const entry of value) collectWords(entry, into);
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      addWord(key, into);
      collectWords(value[key], into);
    }
  }
}

/** Drops a field or puts a stand-in in its place. */
function setField(data: unknown, action: Action, setAside: SetAside, words: Set<string>): void {
  const seg = action.path[action.path.length - 1];
  const parent = valueAt(data, action.path.slice(0, -1));
  if (!isPlainObject(parent) || typeof seg !== 'string') return;
  collectWords(parent[seg], words);
  if (action.kind === 'drop') delete parent[seg];
  else parent[seg] = STAND_IN;
  setAside.markField(action.path);
}

/** Takes items out of the list at `list` (all at once: one pass, whatever their number). */
function removeItems(
  data: unknown,
  list: PathSegment[],
  indices: Set<number>,
  setAside: SetAside,
  words: Set<string>,
): void {
  const items = valueAt(data, list);
  if (!Array.isArray(items)) return;
  for (const i of indices) collectWords(items[i], words);
  setAside.removeItems(list, [...indices]);
  const kept = items.filter((_, i) => !indices.has(i));
  items.length = 0;
  for (const item of kept) items.push(item);
}

/**
 * Carries out `actions`, deeper places first, so that each path still names what it
 * named when it was planned (an item holding other places goes after them). Items of
 * one list go together, in one pass over it.
 */
function apply(
  data: unknown,
  actions: readonly Action[],
  setAside: SetAside,
  words: Set<string>,
): void {
  const groups = new Map<string, { path: PathSegment[]; indices: Set<number> }>();
  const fields: Action[] = [];
  for (const action of actions) {
    if (action.kind !== 'remove') {
      fields.push(action);
      continue;
    }
    const list = action.path.slice(0, -1);
    const key = JSON.stringify(list);
    const group = groups.get(key) ?? { path: list, indices: new Set<number>() };
    group.indices.add(action.path[action.path.length - 1] as number);
    groups.set(key, group);
  }
  const steps: (Action | { path: PathSegment[]; indices: Set<number> })[] = [
    ...fields,
    ...groups.values(),
  ];
  steps.sort((a, b) => compareDescending(a.path, b.path));
  for (const step of steps) {
    if ('kind' in step) setField(data, step, setAside, words);
    else removeItems(data, step.path, step.indices, setAside, words);
  }
}

/**
 * What is left of `data` once the places of `problems` (paths found by the schema
 * check) are set aside, as a scenario; undefined when only the whole file would do.
 */
export function salvage(data: unknown, problems: readonly PathSegment[][]): Salvaged | undefined {
  const copy = copyOf(data);
  const setAside = new SetAside();
  const words = new Set<string>();
  let paths = problems;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const actions: Action[] = [];
    for (const path of paths) {
      const action = plan(copy, path);
      if (action === undefined) return undefined;
      actions.push(action);
    }
    apply(copy, actions, setAside, words);
    const result = ScenarioSchema.safeParse(copy);
    if (result.success) return { scenario: result.data, setAside, words };
    paths = result.error.issues.flatMap((issue) => {
      const at = segments(issue.path);
      return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...at, key]) : [at];
    });
  }
  return undefined;
}
