// The flat map a scenario carries (projected from Natural Earth when the scenario is
// compiled, see src/data/projectMap.ts) and pure helpers to place it on screen. Kept free of Phaser
// and of the atlas so it can be unit-tested in Node and loaded with the stage.

import type { MapCountry, MapData } from '../data/mapTypes';

export type { MapCountry, MapData } from '../data/mapTypes';

export type Rect = { x: number; y: number; width: number; height: number };

/** Outlines in screen coordinates, ready to draw. */
export type FittedMap = { countries: MapCountry[]; border: number[][] };

/** Map coordinates to screen: `screen = offset + scale × map`, the same on both axes. */
export type MapFit = { scale: number; offsetX: number; offsetY: number };

/**
 * The uniform scale and offset that fit a `width` × `height` map as large as possible
 * inside `rect`, centred. A rect with zero or negative size gives scale 0 at its centre.
 */
export function mapFit(map: { width: number; height: number }, rect: Rect): MapFit {
  const scale = Math.max(0, Math.min(rect.width / map.width, rect.height / map.height));
  return {
    scale,
    offsetX: rect.x + (rect.width - map.width * scale) / 2,
    offsetY: rect.y + (rect.height - map.height * scale) / 2,
  };
}

/**
 * Scales `map` uniformly to the largest size that fits `rect` and centres it there.
 * Every returned point lies inside `rect` (edges included); aspect ratio is preserved; the input
 * is not modified. A rect with zero or negative size collapses the map to the rect's centre.
 */
export function fitMap(map: MapData, rect: Rect): FittedMap {
  const { scale, offsetX, offsetY } = mapFit(map, rect);
  const place = (flat: number[]): number[] =>
    flat.map((v, i) => (i % 2 === 0 ? offsetX + v * scale : offsetY + v * scale));
  return {
    countries: map.countries.map((c) => ({ ...c, rings: c.rings.map(place) })),
    border: map.border.map(place),
  };
}

/** Signed area and centroid of a closed ring (shoelace formula), in map coordinates. */
function ringCentroid(flat: number[]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  const n = flat.length / 2;
  for (let i = 0; i < n; i++) {
    const x0 = flat[2 * i] ?? 0;
    const y0 = flat[2 * i + 1] ?? 0;
    const x1 = flat[2 * ((i + 1) % n)] ?? 0;
    const y1 = flat[2 * ((i + 1) % n) + 1] ?? 0;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { area, x: flat[0] ?? 0, y: flat[1] ?? 0 }
    : { area, x: cx / (6 * area), y: cy / (6 * area) };
}

/**
 * Where to write a country's name, in map coordinates: the centroid of its largest ring
 * (the mainland, not an island).
 */
export function countryAnchor(country: MapCountry): { x: number; y: number } {
  let best = { area: 0, x: 0, y: 0 };
  for (const ring of country.rings) {
    const c = ringCentroid(ring);
    if (Math.abs(c.area) > Math.abs(best.area)) best = c;
  }
  return { x: best.x, y: best.y };
}
