/**
 * Projects the countries a scenario shows from a world topology (Natural Earth, as the
 * `world-atlas` package ships it) into the flat map the stage draws: each country's rings
 * and the land borders between the countries shown, in integer coordinates 0..width ×
 * 0..height with y pointing down. Runs where a scenario is compiled (the build, and the
 * worker that checks an author's file), never on the stage: the stage draws the result.
 *
 * The projection is an equal-area conic centred on the countries and fitted to them, so
 * that any part of the world is drawn without the distortion of a world map. A country's
 * far-off parts (Alaska and Hawaii beside the contiguous United States, overseas
 * departments beside France) are left out: they would shrink the mainland to a corner.
 */
import { geoArea, geoBounds, geoCentroid, geoConicEqualArea, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import type { MapCountry, MapData } from './mapTypes';

/** The longer side of the output coordinate space; the other follows from the projection. */
export const MAP_SIZE = 1000;

/** Islands smaller than this (km²) are dropped: at map scale they are a pixel or two of noise. */
const MIN_ISLAND_KM2 = 400;
const EARTH_RADIUS_KM = 6371;
/** Douglas–Peucker tolerance in output units (1 unit ≈ 1 px when drawn 1000 px wide). */
const SIMPLIFY_TOLERANCE = 0.5;
/** Rings whose simplified area falls below this (square units) are not worth drawing. */
const MIN_RING_AREA = 4;
/**
 * A country's mainland is its largest polygon; a part at least LARGE_PART of its size is
 * kept too. Then, in turn, every part whose centre lies within NEAR of the box of a part
 * already kept (NEAR: a quarter of the mainland's reach, at least MIN_NEAR degrees), so
 * that a chain of islands off a coast stays and a far-off territory goes.
 */
const LARGE_PART = 0.5;
const NEAR_SHARE = 0.25;
const MIN_NEAR = 4;

export type WorldTopology = TopoJSON.Topology<{
  countries: TopoJSON.GeometryCollection<{ name: string }>;
}>;

/** A country to draw: its ISO numeric code (the atlas's geometry id), and what it stands for. */
export type WantedCountry = { code: string; numeric: string; role?: string };

type PolygonArcs = TopoJSON.ArcIndexes[];

/** The polygons (as arc-index lists) of one country, or undefined when the atlas has none. */
function polygonsOf(topology: WorldTopology, numeric: string): PolygonArcs[] | undefined {
  const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === numeric);
  if (geometry?.type === 'Polygon') return [geometry.arcs];
  if (geometry?.type === 'MultiPolygon') return geometry.arcs;
  return undefined;
}

/** The atlas's own name of a country (e.g. "Mexico"), or undefined. */
export function atlasName(topology: WorldTopology, numeric: string): string | undefined {
  const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === numeric);
  const properties: { name?: string } | undefined = geometry?.properties;
  return properties?.name;
}

function polygonFeature(topology: WorldTopology, arcs: PolygonArcs): Feature<Polygon> {
  return feature(topology, { type: 'Polygon', arcs }) as Feature<Polygon>;
}

type Box = { west: number; south: number; east: number; north: number };

/** Degrees from `point` to `box` (longitude differences taken the short way round). */
function boxDistance([lon, lat]: [number, number], box: Box): number {
  const dLat = Math.max(box.south - lat, 0, lat - box.north);
  const toLon = (target: number) => Math.abs(((lon - target + 540) % 360) - 180);
  const inside = box.west <= box.east ? lon >= box.west && lon <= box.east : false;
  const dLon = inside ? 0 : Math.min(toLon(box.west), toLon(box.east));
  return Math.hypot(dLon * Math.cos((lat * Math.PI) / 180), dLat);
}

/** The mainland and the parts near it (see NEAR_SHARE), large enough to see. */
function selectPolygons(topology: WorldTopology, all: PolygonArcs[]): PolygonArcs[] {
  const minSteradians = MIN_ISLAND_KM2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);
  const parts = all.map((arcs) => {
    const shape = polygonFeature(topology, arcs);
    const [[west, south], [east, north]] = geoBounds(shape);
    return {
      arcs,
      shape,
      area: geoArea(shape),
      centre: geoCentroid(shape),
      box: { west, south, east, north },
    };
  });
  const main = parts.reduce((a, b) => (b.area > a.area ? b : a));
  let reach = 0;
  for (const ring of main.shape.geometry.coordinates) {
    for (const p of ring) reach = Math.max(reach, geoDistance(main.centre, p as [number, number]));
  }
  const near = Math.max(MIN_NEAR, ((reach * 180) / Math.PI) * NEAR_SHARE);
  const kept = new Set(parts.filter((p) => p === main || p.area >= main.area * LARGE_PART));
  const candidates = parts.filter((p) => !kept.has(p) && p.area >= minSteradians);
  for (let added = true; added;) {
    added = false;
    for (const part of candidates) {
      if (kept.has(part)) continue;
      if ([...kept].some((k) => boxDistance(part.centre, k.box) <= near)) {
        kept.add(part);
        added = true;
      }
    }
  }
  return parts.filter((p) => kept.has(p)).map((p) => p.arcs);
}

/** Perpendicular distance from p to segment a–b (to a itself when a and b coincide). */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker, iterative; always keeps both endpoints so adjoining arcs still meet. */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    const [first, last] = span;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Absolute decoded arcs: world-atlas arcs are quantized and delta-encoded. */
function decodeArc(topology: WorldTopology, arc: TopoJSON.Arc): Position[] {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const quantized = topology.transform !== undefined;
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => {
    x = quantized ? x + dx : dx;
    y = quantized ? y + dy : dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
}

const arcIndex = (ref: number): number => (ref < 0 ? ~ref : ref);

/** Twice the signed area of a closed flat ring (shoelace), made positive. */
function flatRingArea(flat: number[]): number {
  let sum = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const j = (i + 2) % flat.length;
    sum += flat[i]! * flat[j + 1]! - flat[j]! * flat[i + 1]!;
  }
  return Math.abs(sum) / 2;
}

/** Integer points as [x0,y0,x1,y1,…], without repeats or the closing point of a ring. */
function flatten(line: Position[], closed: boolean): number[] {
  const flat: number[] = [];
  for (const [x = 0, y = 0] of line) {
    const n = flat.length;
    if (n > 0 && flat[n - 2] === x && flat[n - 1] === y) continue;
    flat.push(x, y);
  }
  if (closed && flat.length >= 4 && flat[0] === flat.at(-2) && flat[1] === flat.at(-1)) {
    flat.length -= 2;
  }
  return flat;
}

/** An equal-area conic centred on `shapes`, its standard parallels inside their latitudes. */
function projectionFor(shapes: FeatureCollection<MultiPolygon>) {
  const [[west, south], [east, north]] = geoBounds(shapes);
  // Bounds that cross the antimeridian come back with west > east.
  const centreLon = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
  const span = north - south;
  return geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-centreLon, 0])
    .fitSize([MAP_SIZE, MAP_SIZE], shapes);
}

/**
 * The flat map of `wanted` (in that order), or undefined when none has an outline in
 * `topology`. Pure: the same atlas and list always give an equal object.
 */
export function projectMap(
  topology: WorldTopology,
  wanted: readonly WantedCountry[],
  names: (country: WantedCountry) => string,
): MapData | undefined {
  const selected = wanted.flatMap((country) => {
    const all = polygonsOf(topology, country.numeric);
    return all ? [{ country, polygons: selectPolygons(topology, all) }] : [];
  });
  if (selected.length === 0) return undefined;
  const lonLat: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: selected.map(({ polygons }) => ({
      type: 'Feature',
      properties: {},
      geometry: feature(topology, { type: 'MultiPolygon', arcs: polygons })
        .geometry as MultiPolygon,
    })),
  };
  const projection = projectionFor(lonLat);

  // Project and simplify each used arc once, so that neighbours and borders share vertices.
  const used = new Set<number>();
  for (const { polygons } of selected) {
    for (const ref of polygons.flat(2)) used.add(arcIndex(ref));
  }
  const arcs: TopoJSON.Arc[] = topology.arcs.map((arc, i) => {
    if (!used.has(i)) return [];
    const projected = decodeArc(topology, arc).map((p) => {
      const xy = projection(p as [number, number]);
      return xy ?? [0, 0];
    });
    return simplifyLine(projected, SIMPLIFY_TOLERANCE).map(([x = 0, y = 0]) => [
      Math.round(x),
      Math.round(y),
    ]);
  });
  const geometries: TopoJSON.MultiPolygon<{ code: string }>[] = selected.map(
    ({ country, polygons }) => ({
      type: 'MultiPolygon',
      arcs: polygons,
      properties: { code: country.code },
    }),
  );
  const planar: TopoJSON.Topology<{ countries: TopoJSON.GeometryCollection<{ code: string }> }> = {
    type: 'Topology',
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };

  const countries: MapCountry[] = selected.map(({ country }, i) => {
    const shape = feature(planar, geometries[i]!).geometry as MultiPolygon;
    const rings = shape.coordinates
      .flat()
      .map((ring) => flatten(ring, true))
      .filter((flat) => flat.length >= 6 && flatRingArea(flat) >= MIN_RING_AREA);
    return {
      code: country.code,
      name: names(country),
      ...(country.role !== undefined ? { role: country.role } : {}),
      rings,
    };
  });

  const border = mesh(planar, planar.objects.countries, (a, b) => a !== b)
    .coordinates.map((line) => flatten(line, false))
    .filter((flat) => flat.length >= 4);

  let width = 0;
  let height = 0;
  for (const flat of [...countries.flatMap((c) => c.rings), ...border]) {
    for (let i = 0; i + 1 < flat.length; i += 2) {
      width = Math.max(width, flat[i]!);
      height = Math.max(height, flat[i + 1]!);
    }
  }
  return {
    width: Math.max(1, width),
    height: Math.max(1, height),
    countries,
    border,
    attribution: 'Natural Earth (public domain), via world-atlas',
  };
}
