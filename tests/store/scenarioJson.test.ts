/**
 * A scenario travels as JSON (compiled into the build, or sent back by the checking
 * worker) and must come back exactly as the loader returned it: same values, deeply
 * frozen, its ids listed.
 */
import { readFileSync } from 'node:fs';
import { scenarioMap } from '../../src/data/scenarioMap';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, loadScenario } from '../../src/data';
import { readableCitations } from '../../src/store/citations';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import { scenarioFromJson } from '../../src/store/scenarioJson';
import { listingOf } from '../../src/store/scenarios';

const files = ['scenarios/cartel-strikes-2025/scenario.yaml', 'tests/fixtures/ui-dev.yaml'];

function everyValue(value: unknown, visit: (v: unknown) => void): void {
  visit(value);
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) everyValue(child, visit);
  }
}

describe.each(files)('%s compiled and read back', (file) => {
  const text = readFileSync(file, 'utf8');
  const loaded = loadScenario(text, file);
  const compiled = checkScenarioFile(text, file);
  if (!loaded.ok || !compiled.ok) throw new Error(`${file} does not load`);

  it('is the loader’s scenario, value for value, its text citing sources by name', () => {
    expect(scenarioFromJson(compiled)).toStrictEqual(readableCitations(loaded.scenario));
  });

  it('is deeply frozen', () => {
    let objects = 0;
    everyValue(scenarioFromJson(compiled), (v) => {
      if (typeof v !== 'object' || v === null) return;
      objects += 1;
      expect(Object.isFrozen(v)).toBe(true);
    });
    expect(objects).toBeGreaterThan(10);
  });

  it('lists every id-shaped string once, and nothing else', () => {
    const expected = new Set<string>();
    everyValue(loaded.scenario, (v) => {
      if (typeof v === 'string' && ID_PATTERN.test(v)) expected.add(v);
    });
    expect(new Set(compiled.ids)).toEqual(expected);
    expect(compiled.ids).toHaveLength(expected.size);
  });

  it('carries the list entry of the scenario, with its map projected', () => {
    expect(compiled.listing).toEqual({
      ...listingOf(loaded.scenario),
      map: scenarioMap(loaded.scenario),
    });
    expect(compiled.listing.roles.map((r) => r.id)).toEqual(loaded.scenario.roles.map((r) => r.id));
  });
});

describe('checkScenarioFile', () => {
  it('gives a broken file’s problems exactly as the loader does', () => {
    const text = 'schemaVersion: 1\nmeta: {}\n';
    const loaded = loadScenario(text, 'mine.yaml');
    expect(checkScenarioFile(text, 'mine.yaml')).toEqual(loaded);
  });
});
