/**
 * internIds swaps ids for the engine's single copy of their text: whatever it is given,
 * every value reads exactly as before (strings, numbers, nesting, keys), ids included.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { internIds } from '../../src/data/internIds';
import { loadScenario } from '../../src/data';

const ids = fc.constantFrom('us', 'mx', 'cooperation', 'r-mx-talks', '2025', 'a-1-b', 'x');
const texts = fc.constantFrom('Not An Id', 'we coordinate', '-lead', 'trail-', 'a--b', '');

describe('internIds', () => {
  it('leaves every value of any JSON-like tree as it was', () => {
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        ids,
        texts,
        fc.string({ maxLength: 8 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(ids, fc.string({ maxLength: 4 })).filter((k) => k !== '__proto__'),
          tie('node'),
          { maxKeys: 4, noNullPrototype: true },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const copy = structuredClone(value);
        expect(internIds(copy)).toStrictEqual(value);
      }),
    );
  });

  it('returns the very object it was given, changed in place', () => {
    const scenario = { roles: [{ id: 'us' }], meta: { title: 'The river dispute' } };
    expect(internIds(scenario)).toBe(scenario);
    expect(scenario).toStrictEqual({
      roles: [{ id: 'us' }],
      meta: { title: 'The river dispute' },
    });
  });

  it('gives the loader a scenario equal, value for value, to what the schema read', () => {
    const path = 'tests/fixtures/large.yaml';
    const text = readFileSync(path, 'utf8');
    const loaded = loadScenario(text, path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const raw = parse(text) as { options: { id: string; role: string }[] };
    expect(loaded.scenario.options.map((o) => [o.id, o.role])).toStrictEqual(
      raw.options.map((o) => [o.id, o.role]),
    );
  });
});
