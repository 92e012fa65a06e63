import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAP_PATH, buildMap, serializeMap } from '../../scripts/build-map';
import { fitMap, mapData } from '../../src/scenes/mapData';
import type { MapData } from '../../src/scenes/mapData';

const country = (id: string) => {
  const found = mapData.countries.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no country ${id}`);
  return found;
};

/** Mean of the odd (y) entries over all rings. */
function meanY(rings: number[][]): number {
  let sum = 0;
  let n = 0;
  for (const flat of rings) {
    for (let i = 1; i < flat.length; i += 2) {
      sum += flat[i]!;
      n++;
    }
  }
  return sum / n;
}

function allLines(map: Pick<MapData, 'countries' | 'border'>): number[][] {
  return [...map.countries.flatMap((c) => c.rings), ...map.border];
}

describe('assets/map.json', () => {
  it('holds the two countries with substantial outlines', () => {
    expect(mapData.countries.map((c) => c.id)).toEqual(['usa', 'mex']);
    for (const c of mapData.countries) {
      expect(c.name.length).toBeGreaterThan(0);
      const largest = Math.max(...c.rings.map((r) => r.length / 2));
      expect(largest).toBeGreaterThan(150);
      for (const ring of c.rings) {
        expect(ring.length % 2).toBe(0);
        expect(ring.length).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('keeps every coordinate an integer inside width × height', () => {
    expect(mapData.width).toBe(1000);
    expect(mapData.height).toBeGreaterThan(500);
    expect(mapData.height).toBeLessThan(1000);
    for (const flat of allLines(mapData)) {
      for (let i = 0; i < flat.length; i++) {
        const v = flat[i]!;
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(i % 2 === 0 ? mapData.width : mapData.height);
      }
    }
  });

  it('puts Mexico south of the United States', () => {
    expect(meanY(country('mex').rings)).toBeGreaterThan(meanY(country('usa').rings) + 100);
  });

  it('has a shared land border whose vertices belong to both countries', () => {
    expect(mapData.border.length).toBeGreaterThan(0);
    const points = mapData.border.reduce((n, line) => n + line.length / 2, 0);
    expect(points).toBeGreaterThan(20);
    const vertexSet = (id: string) => {
      const set = new Set<string>();
      for (const flat of country(id).rings) {
        for (let i = 0; i < flat.length; i += 2) set.add(`${flat[i]},${flat[i + 1]}`);
      }
      return set;
    };
    const usa = vertexSet('usa');
    const mex = vertexSet('mex');
    for (const line of mapData.border) {
      for (let i = 0; i < line.length; i += 2) {
        const key = `${line[i]},${line[i + 1]}`;
        expect(usa.has(key) && mex.has(key), key).toBe(true);
      }
    }
  });

  it('credits Natural Earth and stays under 40 kB', () => {
    expect(mapData.attribution).toContain('Natural Earth');
    expect(statSync(MAP_PATH).size).toBeLessThan(40_000);
  });

  it('is exactly what the builder produces, every time', () => {
    const first = serializeMap(buildMap());
    expect(serializeMap(buildMap())).toBe(first);
    expect(readFileSync(MAP_PATH, 'utf8')).toBe(first);
    expect(JSON.parse(first)).toEqual(mapData);
  });
});

describe('fitMap', () => {
  it('places every point inside the rect and preserves the aspect ratio', () => {
    const rect = fc.record({
      x: fc.integer({ min: -500, max: 2000 }),
      y: fc.integer({ min: -500, max: 2000 }),
      width: fc.integer({ min: 1, max: 3000 }),
      height: fc.integer({ min: 1, max: 3000 }),
    });
    fc.assert(
      fc.property(rect, (r) => {
        const fitted = fitMap(mapData, r);
        const eps = 1e-9 * (1 + Math.abs(r.x) + Math.abs(r.y) + r.width + r.height);
        let minX = Infinity;
        let maxX = -Infinity;
        let minY = Infinity;
        let maxY = -Infinity;
        for (const flat of allLines(fitted)) {
          for (let i = 0; i < flat.length; i += 2) {
            const x = flat[i]!;
            const y = flat[i + 1]!;
            if (x < r.x - eps || x > r.x + r.width + eps) return false;
            if (y < r.y - eps || y > r.y + r.height + eps) return false;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
        // The map touches the rect on the constrained axis and is centred on the other.
        const scale = Math.min(r.width / mapData.width, r.height / mapData.height);
        const tol = 1e-6 * (1 + r.width + r.height);
        return (
          Math.abs(maxX - minX - mapData.width * scale) <= tol + scale &&
          Math.abs(maxY - minY - mapData.height * scale) <= tol + scale &&
          Math.abs((minX + maxX) / 2 - (r.x + r.width / 2)) <= tol + scale &&
          Math.abs((minY + maxY) / 2 - (r.y + r.height / 2)) <= tol + scale
        );
      }),
      { numRuns: 50 },
    );
  });

  it('keeps country ids and ring counts and leaves its input alone', () => {
    const before = JSON.stringify(mapData);
    const fitted = fitMap(mapData, { x: 10, y: 20, width: 600, height: 400 });
    expect(JSON.stringify(mapData)).toBe(before);
    expect(fitted.countries.map((c) => [c.id, c.rings.length])).toEqual(
      mapData.countries.map((c) => [c.id, c.rings.length]),
    );
    expect(fitted.border.length).toBe(mapData.border.length);
  });
});
