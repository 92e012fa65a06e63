/** The flat map a scenario carries: projected when it is compiled (projectMap.ts), drawn by the stage. */

/**
 * One country: its ISO 3166-1 alpha-3 code, the name written on it, the role whose
 * government it is (if any), and its rings, each a flat [x0,y0,x1,y1,…] list, implicitly
 * closed (last ≠ first).
 */
export type MapCountry = { code: string; name: string; role?: string; rings: number[][] };

/**
 * A scenario's map. Coordinates are integers in 0..width × 0..height with y pointing down
 * (screen orientation); `border` holds the land borders between its countries as open
 * polylines.
 */
export type MapData = {
  width: number;
  height: number;
  countries: MapCountry[];
  border: number[][];
  attribution: string;
};
