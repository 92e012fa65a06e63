/**
 * Turns zod's validation issues into problems a scenario author can act on.
 *
 * zod reports a failed union (a condition or an effect) as one issue holding every
 * branch's complaints, or sometimes silently picks a branch. Neither helps an author
 * who wrote `{ meter: cooperation, atleast: 60 }`. So wherever an issue passes
 * through a union, the value there is re-checked against the branch its identifying
 * key names (`meter` → the meter condition), and only that branch's problems are
 * reported; when no identifying key is present, the author is told which keys are.
 */
import type { z } from 'zod';
import type { PathSegment } from './problems';
import { conditionBranches, effectBranches } from './schema';
import { closest, didYouMean } from './suggest';
import type { Anchor } from './yamlDocument';

/** A problem found by the schema, before it is given a position. */
export type SchemaProblem = {
  path: PathSegment[];
  message: string;
  at?: Anchor;
  /** For an unknown field: the field it is probably a misspelling of. */
  meant?: string;
  /** For a missing field. */
  missing?: true;
};

type Def = { type: string } & Record<string, unknown>;
type Schema = z.ZodType;
type Issue = z.core.$ZodIssue;

/** Which condition or effect branch is being checked, for messages about mixed keys. */
type BranchContext = { kind: 'condition' | 'effect'; key: string };

const MAX_DEPTH = 200;

export function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** Strips optional/default/lazy wrappers down to the schema that checks the value. */
export function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 50; i++) {
    const def = defOf(current);
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        current = def.innerType;
        break;
      case 'lazy':
        current = (def.getter as () => unknown)();
        break;
      case 'pipe':
        current = def.in;
        break;
      default:
        return current;
    }
  }
  return current;
}

export function childSchema(schema: unknown, seg: PathSegment): unknown {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && typeof seg === 'string') {
    const shape = def.shape as Record<string, unknown>;
    return Object.prototype.hasOwnProperty.call(shape, seg) ? shape[seg] : undefined;
  }
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** Field names an object schema accepts, in declaration order. */
function fieldsOf(schema: unknown): string[] {
  if (schema === undefined) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

function schemaAt(schema: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = schema;
  for (const seg of path) {
    if (current === undefined) return undefined;
    current = childSchema(current, seg);
  }
  return current;
}

/** A mapping read from YAML: an object, not a list, date, set or binary data. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const seg of path) {
    if (Array.isArray(current) && typeof seg === 'number') current = current[seg];
    else if (isPlainObject(current) && typeof seg === 'string') {
      current = Object.prototype.hasOwnProperty.call(current, seg) ? current[seg] : undefined;
    } else return undefined;
  }
  return current;
}

/** The first union met along `path` (the root included), with the path leading to it. */
function firstUnion(
  schema: unknown,
  path: readonly PathSegment[],
): { path: PathSegment[]; union: unknown } | undefined {
  let current: unknown = schema;
  for (let i = 0; i <= path.length; i++) {
    if (current === undefined) return undefined;
    const inner = unwrap(current);
    if (defOf(inner).type === 'union') return { path: path.slice(0, i), union: inner };
    if (i === path.length) return undefined;
    current = childSchema(inner, path[i] as PathSegment);
  }
  return undefined;
}

/** How a value looks to the author, for "found …" clauses. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a mapping';
  // Values YAML makes from explicit tags, named by the tag that made them.
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  // Named by its tag: this layer never touches the clock's Date.
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a date (!!timestamp)';
  if (value instanceof Set) return 'a set (!!set)';
  if (value instanceof Map) return 'an ordered mapping (!!omap)';
  return typeof value;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'record':
      return 'a mapping';
    default:
      return `a value of type ${expected}`;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));
}

const UNION_NOUNS = {
  condition: { noun: 'a condition', branches: conditionBranches as Record<string, unknown> },
  effect: { noun: 'an effect', branches: effectBranches as Record<string, unknown> },
};

function unionKind(union: unknown): 'condition' | 'effect' | 'chance' | 'other' {
  const options = defOf(union).options as unknown[];
  if (options.includes(conditionBranches.all)) return 'condition';
  if (options.includes(effectBranches.meter)) return 'effect';
  const types = options.map((o) => defOf(unwrap(o)).type);
  if (types.includes('number') && fieldsOf(options[types.indexOf('object')]).includes('base')) {
    return 'chance';
  }
  return 'other';
}

function missing(path: PathSegment[], what: string): SchemaProblem {
  const key = path[path.length - 1];
  return {
    path,
    missing: true,
    message:
      typeof key === 'string' ? `missing required field '${key}' (${what})` : `missing ${what}`,
  };
}

/**
 * The branch of a union that `value` is meant for: a condition or effect by the key
 * that identifies it, a probability by its type. Undefined when nothing tells.
 */
export function branchOf(union: unknown, value: unknown): Schema | undefined {
  const kind = unionKind(union);
  if (kind === 'condition' || kind === 'effect') {
    if (!isPlainObject(value)) return undefined;
    const { branches } = UNION_NOUNS[kind];
    const present = Object.keys(value).find((k) =>
      Object.prototype.hasOwnProperty.call(branches, k),
    );
    return present === undefined ? undefined : (branches[present] as Schema);
  }
  if (kind === 'chance') {
    const options = defOf(union).options as Schema[];
    const wanted = typeof value === 'number' ? 'number' : isPlainObject(value) ? 'object' : '';
    return options.find((o) => defOf(unwrap(o)).type === wanted);
  }
  return undefined;
}

function unionProblems(
  union: unknown,
  value: unknown,
  path: PathSegment[],
  depth: number,
): SchemaProblem[] {
  const kind = unionKind(union);
  if (kind === 'condition' || kind === 'effect') {
    const { noun, branches } = UNION_NOUNS[kind];
    const keys = Object.keys(branches);
    const expected = `expected ${noun} with one of: ${keys.join(', ')}`;
    if (value === undefined) return [missing(path, noun)];
    if (!isPlainObject(value)) {
      const hint =
        Array.isArray(value) && kind === 'condition'
          ? ' (to require several things at once, write all: [ … ])'
          : '';
      return [{ path, message: `${expected}; found ${describeValue(value)}${hint}` }];
    }
    const present = Object.keys(value).find((k) => keys.includes(k));
    if (present !== undefined) {
      return collect(branches[present] as Schema, value, path, depth + 1, { kind, key: present });
    }
    const typos: SchemaProblem[] = [];
    for (const key of Object.keys(value)) {
      const match = closest(key, keys);
      if (match !== undefined) {
        typos.push({
          path: [...path, key],
          at: 'key',
          meant: match,
          message: `unknown field '${key}' (did you mean '${match}'?)`,
        });
      }
    }
    if (typos.length > 0) return typos;
    const found = Object.keys(value);
    const suffix = found.length > 0 ? ` (found: ${found.join(', ')})` : '';
    return [{ path, message: `${expected}${suffix}` }];
  }
  const options = defOf(union).options as Schema[];
  if (kind === 'chance') {
    const numberBranch = options.find((o) => defOf(unwrap(o)).type === 'number');
    const objectBranch = options.find((o) => defOf(unwrap(o)).type === 'object');
    if (value === undefined) return [missing(path, 'a probability')];
    if (typeof value === 'number' && numberBranch) {
      return collect(numberBranch, value, path, depth + 1);
    }
    if (isPlainObject(value) && objectBranch) return collect(objectBranch, value, path, depth + 1);
    return [
      {
        path,
        message: `expected a probability from 0 to 1 (such as 0.4), or base and scale; found ${describeValue(value)}`,
      },
    ];
  }
  if (value === undefined) return [missing(path, 'a value')];
  return [{ path, message: `${describeValue(value)} does not match any allowed form here` }];
}

function describeIssue(
  schema: Schema,
  value: unknown,
  issue: Issue,
  base: PathSegment[],
  context: BranchContext | undefined,
): SchemaProblem[] {
  const rel = segments(issue.path);
  const path = [...base, ...rel];
  const actual = valueAt(value, rel);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedName(issue.expected);
      if (actual === undefined) return [missing(path, expected)];
      return [{ path, message: `expected ${expected}, found ${describeValue(actual)}` }];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [
          { path, message: min <= 1 ? 'must not be empty' : `needs at least ${min} characters` },
        ];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(actual) ? actual.length : 0;
        return [
          {
            path,
            message:
              min <= 1
                ? 'needs at least one entry'
                : `needs at least ${plural(min, 'entry', 'entries')} (found ${count})`,
          },
        ];
      }
      const bound = issue.inclusive ? `at least ${min}` : `greater than ${min}`;
      return [{ path, message: `must be ${bound} (found ${describeValue(actual)})` }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return [{ path, message: `may have at most ${max} characters` }];
      if (issue.origin === 'array') {
        const count = Array.isArray(actual) ? actual.length : 0;
        return [
          { path, message: `may have at most ${plural(max, 'entry', 'entries')} (found ${count})` },
        ];
      }
      const bound = issue.inclusive ? `at most ${max}` : `less than ${max}`;
      return [{ path, message: `must be ${bound} (found ${describeValue(actual)})` }];
    }
    case 'invalid_format': {
      const custom = !issue.message.startsWith('Invalid');
      const what = custom ? issue.message : `expected a ${issue.format}`;
      return [{ path, message: `${what}; found ${describeValue(actual)}` }];
    }
    case 'not_multiple_of':
      return [{ path, message: `must be a multiple of ${String(issue.divisor)}` }];
    case 'unrecognized_keys': {
      const allowed = fieldsOf(schemaAt(schema, rel));
      return issue.keys.map((key) => {
        const meant = closest(key, allowed);
        const problem: SchemaProblem = {
          path: [...path, key],
          at: 'key',
          message: unknownFieldMessage(key, meant, allowed, rel.length === 0 ? context : undefined),
        };
        return meant === undefined ? problem : { ...problem, meant };
      });
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const reason =
        inner !== undefined && !inner.message.startsWith('Invalid')
          ? inner.message
          : 'this name is not allowed here';
      const key = rel[rel.length - 1];
      return [{ path, at: 'key', message: `field name '${String(key)}': ${reason}` }];
    }
    case 'invalid_value': {
      if (actual === undefined) {
        return [missing(path, `one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}`)];
      }
      const values = issue.values.map((v) => `'${String(v)}'`).join(', ');
      const hint =
        typeof actual === 'string'
          ? didYouMean(
              actual,
              issue.values.map((v) => String(v)),
            )
          : '';
      return [
        { path, message: `expected one of ${values}; found ${describeValue(actual)}${hint}` },
      ];
    }
    case 'invalid_union':
      return [{ path, message: `${describeValue(actual)} does not match any allowed form here` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function unknownFieldMessage(
  key: string,
  meant: string | undefined,
  allowed: string[],
  context: BranchContext | undefined,
): string {
  if (context !== undefined) {
    const others = Object.keys(UNION_NOUNS[context.kind].branches);
    if (others.includes(key)) {
      return context.kind === 'condition'
        ? `'${key}' cannot be combined with '${context.key}' in one condition (to test both, write all: [ … ] with one condition each)`
        : `'${key}' cannot be combined with '${context.key}' in one effect (write them as two effects)`;
    }
  }
  if (meant !== undefined) return `unknown field '${key}' (did you mean '${meant}'?)`;
  return allowed.length > 0
    ? `unknown field '${key}' (allowed here: ${allowed.join(', ')})`
    : `unknown field '${key}'`;
}

/**
 * Checks `value` against `schema` and returns every problem, with paths prefixed by
 * `base`. Problems under a condition or effect come from the branch the author meant.
 */
export function collect(
  schema: Schema,
  value: unknown,
  base: PathSegment[] = [],
  depth = 0,
  context?: BranchContext,
): SchemaProblem[] {
  if (depth > MAX_DEPTH) return [{ path: base, message: 'nested too deeply to check' }];
  const result = schema.safeParse(value);
  if (result.success) return [];
  const out: SchemaProblem[] = [];
  const unions = new Map<string, { path: PathSegment[]; union: unknown }>();
  // zod still runs length checks on a value of the wrong type ("expected a list" and
  // "needs at least 2 characters" for the same text); the type problem says it all.
  // (Built only when some issue is not about a type: a file can have 100,000 of those.)
  let wrongType: Set<string> | undefined;
  const isWrongType = (rel: PathSegment[]) => {
    wrongType ??= new Set(
      result.error.issues
        .filter((i) => i.code === 'invalid_type')
        .map((i) => JSON.stringify(segments(i.path))),
    );
    return wrongType.has(JSON.stringify(rel));
  };
  for (const issue of result.error.issues) {
    const rel = segments(issue.path);
    if (issue.code !== 'invalid_type' && isWrongType(rel)) continue;
    const found = firstUnion(schema, rel);
    if (found !== undefined) {
      const key = JSON.stringify(found.path);
      if (!unions.has(key)) unions.set(key, found);
      continue;
    }
    for (const problem of describeIssue(schema, value, issue, base, context)) out.push(problem);
  }
  for (const { path, union } of unions.values()) {
    for (const problem of unionProblems(union, valueAt(value, path), [...base, ...path], depth)) {
      out.push(problem);
    }
  }
  return withoutExplainedGaps(out);
}

/**
 * `sumary:` gives both "unknown field 'sumary' (did you mean 'summary'?)" and
 * "missing required field 'summary'". One mistake deserves one message, so the
 * missing field that a suggestion already explains is dropped.
 */
function withoutExplainedGaps(problems: SchemaProblem[]): SchemaProblem[] {
  if (!problems.some((p) => p.meant !== undefined)) return problems;
  const explained = new Set(
    problems
      .filter((p) => p.meant !== undefined)
      .map((p) => JSON.stringify([...p.path.slice(0, -1), p.meant])),
  );
  return problems.filter((p) => !(p.missing && explained.has(JSON.stringify(p.path))));
}
