// The pre-projected outline map (assets/map.json, built by scripts/build-map.ts) and a pure
// helper to place it on screen. Kept free of Phaser so it can be unit-tested in Node.
import mapJson from '../../assets/map.json';

/** Map-file identifiers of the two countries drawn; unrelated to scenario role ids. */
export type MapCountryId = 'usa' | 'mex';

/** One country: each ring is a flat [x0,y0,x1,y1,…] list, implicitly closed (last ≠ first). */
export type MapCountry = { id: MapCountryId; name: string; rings: number[][] };

/**
 * The file's shape. Coordinates are integers in 0..width × 0..height with y pointing down
 * (screen orientation); `border` holds the shared land border as open polylines.
 */
export type MapData = {
  width: number;
  height: number;
  countries: MapCountry[];
  border: number[][];
  attribution: string;
};

export type Rect = { x: number; y: number; width: number; height: number };

/** Outlines in screen coordinates, ready to draw. */
export type FittedMap = { countries: MapCountry[]; border: number[][] };

/** The committed map. The JSON's ids are plain strings to TypeScript; the asset test pins them. */
export const mapData: MapData = mapJson as MapData;

/**
 * Scales `map` uniformly to the largest size that fits `rect` and centres it there.
 * Every returned point lies inside `rect` (edges included); aspect ratio is preserved; the input
 * is not modified. A rect with zero or negative size collapses the map to the rect's centre.
 */
export function fitMap(map: MapData, rect: Rect): FittedMap {
  const scale = Math.max(0, Math.min(rect.width / map.width, rect.height / map.height));
  const offsetX = rect.x + (rect.width - map.width * scale) / 2;
  const offsetY = rect.y + (rect.height - map.height * scale) / 2;
  const place = (flat: number[]): number[] =>
    flat.map((v, i) => (i % 2 === 0 ? offsetX + v * scale : offsetY + v * scale));
  return {
    countries: map.countries.map((c) => ({ id: c.id, name: c.name, rings: c.rings.map(place) })),
    border: map.border.map(place),
  };
}
