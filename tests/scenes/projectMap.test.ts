import { readFileSync } from 'node:fs';
import { all } from 'iso-3166-1';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { countryCode, WITHOUT_OUTLINE } from '../../src/data/countryCodes';
import { scenarioMap } from '../../src/data/scenarioMap';
import type { MapData } from '../../src/data/mapTypes';
import { countryAnchor, fitMap } from '../../src/scenes/mapData';
import { mapOf, usMexico, world } from './maps';

const points = (map: MapData) =>
  [...map.countries.flatMap((c) => c.rings), ...map.border].flatMap((flat) =>
    flat.flatMap((v, i) => (i % 2 === 0 ? [[v, flat[i + 1]!] as const] : [])),
  );

function inRing(ring: number[], x: number, y: number): boolean {
  let within = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [xi, yi, xj, yj] = [ring[2 * i]!, ring[2 * i + 1]!, ring[2 * j]!, ring[2 * j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

function load(file: string) {
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

describe('country codes', () => {
  it('know which ISO codes Natural Earth draws no outline for', () => {
    const ids = new Set(world.objects.countries.geometries.map((g) => String(g.id)));
    const missing = all()
      .filter((c) => !ids.has(c.numeric))
      .map((c) => c.alpha3);
    expect(new Set(missing)).toEqual(WITHOUT_OUTLINE);
    expect(countryCode('MEX')).toEqual({ alpha3: 'MEX', numeric: '484', name: 'Mexico' });
    expect(countryCode('mex')).toBeUndefined();
  });
});

describe('projectMap', () => {
  it('fits the countries into 1000 units on the longer side, whole numbers only', () => {
    for (const map of [usMexico, mapOf(['CHL']), mapOf(['RUS', 'JPN']), mapOf(['FJI', 'NZL'])]) {
      expect(Math.max(map.width, map.height)).toBeGreaterThanOrEqual(990);
      expect(Math.max(map.width, map.height)).toBeLessThanOrEqual(1000);
      for (const [x, y] of points(map)) {
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('draws the contiguous United States and Mexico, wider than tall, with their border', () => {
    expect(usMexico.countries.map((c) => [c.code, c.name, c.role])).toEqual([
      ['USA', 'United States', 'us'],
      ['MEX', 'Mexico', 'mx'],
    ]);
    expect(usMexico.width / usMexico.height).toBeGreaterThan(1);
    // Alaska and Hawaii are left out: the mainland spans most of the width.
    const mainland = usMexico.countries[0]!.rings.reduce((a, b) => (b.length > a.length ? b : a));
    const xs = mainland.filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(800);
    expect(usMexico.border.length).toBeGreaterThan(0);
    const borderPoints = usMexico.border.reduce((n, line) => n + line.length / 2, 0);
    expect(borderPoints).toBeGreaterThan(30);
    for (const country of usMexico.countries) {
      const a = countryAnchor(country);
      expect(country.rings.some((ring) => inRing(ring, a.x, a.y))).toBe(true);
    }
  });

  it('keeps France’s Corsica and leaves out its overseas departments', () => {
    const france = mapOf(['FRA']);
    expect(france.countries[0]!.rings.length).toBeGreaterThanOrEqual(2);
    expect(france.width / france.height).toBeGreaterThan(0.8);
    expect(france.width / france.height).toBeLessThan(1.25);
  });

  it('fits into any rectangle without changing the map', () => {
    const before = JSON.stringify(usMexico);
    const fitted = fitMap(usMexico, { x: 10, y: 20, width: 600, height: 400 });
    expect(JSON.stringify(usMexico)).toBe(before);
    for (const c of fitted.countries) {
      for (const ring of c.rings) {
        ring.forEach((v, i) => {
          if (i % 2 === 0) expect(v).toBeGreaterThanOrEqual(10 - 1e-9);
          else expect(v).toBeLessThanOrEqual(420 + 1e-9);
        });
      }
    }
  });
});

describe('scenarioMap', () => {
  it('draws the shipped scenario’s roles on their countries', () => {
    const map = scenarioMap(load('scenarios/cartel-strikes-2025/scenario.yaml'))!;
    expect(map.countries.map((c) => [c.code, c.role])).toEqual([
      ['USA', 'us'],
      ['MEX', 'mx'],
    ]);
    expect(map).toEqual(usMexico);
  });

  it('draws the three-government fixture’s own countries, and the one more it names', () => {
    const map = scenarioMap(load('tests/fixtures/delta-accord.yaml'))!;
    expect(map.countries.map((c) => [c.code, c.name, c.role])).toEqual([
      ['ETH', 'Highland Republic', 'highland'],
      ['SDN', 'Central Union', 'central'],
      ['EGY', 'Delta Kingdom', 'delta'],
      ['SSD', 'S. Sudan', undefined],
    ]);
    expect(map.border.length).toBeGreaterThan(0);
  });

  it('draws nothing for `map: false`, or without any country', () => {
    const delta = load('tests/fixtures/delta-accord.yaml');
    expect(scenarioMap({ ...delta, map: false })).toBeUndefined();
    const noCountries = {
      ...delta,
      map: { countries: [] },
      roles: delta.roles.map(({ country: _country, ...role }) => role),
    };
    expect(scenarioMap(noCountries)).toBeUndefined();
  });
});
