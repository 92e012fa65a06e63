/**
 * Property tests: whatever it is given, loadScenario answers (never throws), and every
 * problem it reports has a real position, a path and a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/data';
import type { LoadResult } from '../../src/data';
import { expectWellFormed, minimalText } from './helpers';

const FILE = 'fuzz.yaml';

function check(text: string): LoadResult {
  const result = loadScenario(text, FILE);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expectWellFormed(result.problems, FILE, text);
  }
  return result;
}

/** Writes a value as YAML, or undefined for values YAML cannot hold. */
function toYaml(value: unknown): string | undefined {
  try {
    return stringify(value);
  } catch {
    return undefined;
  }
}

type Path = (string | number)[];

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsOf(item, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown };

function mutate(doc: unknown, path: Path, mutation: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = mutation.value;
  }
  return copy;
}

const minimalDoc: unknown = parse(minimalText);
const minimalPaths = pathsOf(minimalDoc);

/** Values of every YAML type, so a mutation usually changes a field's type. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('cooperation', 'strike', 'paper', 'north', 'kinetic', 'Not An Id'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

// Every run reads, checks and (for broken files) salvages a whole file: allow the time.
describe('loadScenario never throws', { timeout: 60_000 }, () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        check(text);
      }),
      { numRuns: 200 },
    );
  });

  it('on random bytes read as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        check(new TextDecoder().decode(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('on random YAML-looking text', () => {
    const token = fc.constantFrom(
      'a',
      ':',
      ': ',
      '- ',
      '\n',
      '  ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '&x ',
      '*x',
      '#',
      '? ',
      '|',
      '>',
      '!!str ',
      '---\n',
      '...\n',
      '\t',
      'schemaVersion: 1\n',
      'meta:\n',
      '  id: x\n',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        check(tokens.join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('on YAML of random values (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        const text = toYaml(value);
        if (text !== undefined) check(text);
      }),
      { numRuns: 150 },
    );
  });

  it('on YAML of random JSON values (fc.jsonValue)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = toYaml(value);
        if (text !== undefined) check(text);
      }),
      { numRuns: 150 },
    );
  });

  it('on the minimal scenario with one part deleted or retyped', () => {
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.constant<Mutation>({ kind: 'delete' }),
      anyValue.map((value): Mutation => ({ kind: 'replace', value })),
    );
    fc.assert(
      fc.property(fc.nat({ max: minimalPaths.length - 1 }), mutation, (index, m) => {
        const path = minimalPaths[index] as Path;
        const text = toYaml(mutate(minimalDoc, path, m));
        if (text !== undefined) check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('on the minimal scenario with random fields added anywhere', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: minimalPaths.length - 1 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        anyValue,
        (index, key, value) => {
          const path = minimalPaths[index] as Path;
          const doc = structuredClone(minimalDoc) as Record<string, unknown>;
          let target: unknown = doc;
          for (const seg of path) target = (target as Record<string | number, unknown>)[seg];
          if (typeof target !== 'object' || target === null || Array.isArray(target)) return;
          (target as Record<string, unknown>)[key] = value;
          const text = toYaml(doc);
          if (text !== undefined) check(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on the minimal text cut off at any point', () => {
    fc.assert(
      fc.property(fc.nat({ max: minimalText.length }), (n) => {
        check(minimalText.slice(0, n));
      }),
      { numRuns: 150 },
    );
  });
});
