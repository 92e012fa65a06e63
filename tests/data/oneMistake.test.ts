/**
 * One mistake, one report: whatever plain value of the minimal scenario is made
 * wrong, every problem the loader reports is at that value (or at the mapping that
 * holds it, for rules between its fields such as min below max). Since the loader checks
 * references even when some fields are wrong (setting the wrong parts aside), this
 * guards against it reporting echoes of the part it set aside elsewhere in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatPath, loadScenario } from '../../src/data';
import { ID_PATTERN } from '../../src/data/schema';
import { minimalText } from './helpers';

type Path = (string | number)[];

/** Paths of every number, boolean and non-id text in `value`. */
function plainLeaves(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((item, i) => plainLeaves(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) plainLeaves(item, [...prefix, key], out);
  } else if (!(typeof value === 'string' && ID_PATTERN.test(value))) out.push(prefix);
  return out;
}

const minimalDoc: unknown = parse(minimalText);
const leaves = plainLeaves(minimalDoc);

function withValue(path: Path, value: unknown): string {
  const copy = structuredClone(minimalDoc) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  return stringify(copy);
}

describe('one wrong value', () => {
  it('is reported at its own place, and nowhere else', { timeout: 60_000 }, () => {
    expect(leaves.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.constantFrom<unknown>({ x: 1 }, [[1]], -2e9),
        (path, value) => {
          const result = loadScenario(withValue(path, value), 'one.yaml');
          const where = formatPath(path);
          const holder = formatPath(path.slice(0, -1));
          expect(result.ok).toBe(false);
          for (const p of result.ok ? [] : result.problems) {
            const at = p.path === where || p.path === holder || p.path.startsWith(`${where}.`);
            expect(at, `${p.path}: ${p.message}`).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
