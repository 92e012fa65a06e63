// Builds assets/map.json: the outlines of the contiguous United States and Mexico and their
// shared land border, projected once at build time so the geo libraries stay out of the game.
// Usage: npx tsx scripts/build-map.ts [--check]
//   --check  exit 1 if the committed file differs from a fresh build (nothing is written)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoArea, geoConicEqualArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import type { MapCountry, MapData } from '../src/scenes/mapData';

/** Width of the output coordinate space; the height follows from the projection's aspect. */
export const MAP_WIDTH = 1000;

/** Where the generated file lives, relative to the repository root. */
export const MAP_PATH = fileURLToPath(new URL('../assets/map.json', import.meta.url));

/**
 * Natural Earth at 1:50m: the 1:110m Mexico is a single polygon and its Rio Grande has too few
 * bends to read as the border at 600 px; 1:10m only adds weight that simplification discards.
 */
const ATLAS_FILE = 'world-atlas/countries-50m.json';

type CountrySpec = {
  id: MapCountry['id'];
  name: string;
  /** ISO 3166-1 numeric code, the geometry id in world-atlas. */
  iso: string;
  /** [west, south, east, north] in degrees: polygons not wholly inside are dropped. */
  box: [number, number, number, number];
};

const COUNTRIES: CountrySpec[] = [
  // Contiguous 48 states: leaves out Alaska, Hawaii and the Aleutians that cross the antimeridian.
  { id: 'usa', name: 'United States', iso: '840', box: [-130, 23, -60, 50] },
  { id: 'mex', name: 'Mexico', iso: '484', box: [-120, 14, -86, 33] },
];

/** Islands smaller than this (km²) are dropped: at map scale they are a pixel or two of noise. */
const MIN_ISLAND_KM2 = 400;
const EARTH_RADIUS_KM = 6371;

/** Douglas–Peucker tolerance in output units (1 unit ≈ 1 px when drawn 1000 px wide). */
const SIMPLIFY_TOLERANCE = 0.5;

/** Rings whose simplified area falls below this (square units) are not worth drawing. */
const MIN_RING_AREA = 4;

type Topology = TopoJSON.Topology<{ countries: TopoJSON.GeometryCollection<{ name: string }> }>;
type PolygonArcs = TopoJSON.ArcIndexes[];

function loadTopology(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(ATLAS_FILE), 'utf8')) as Topology;
}

/** The polygons (as arc-index lists) of one country, in source order. */
function polygonsOf(topology: Topology, iso: string): PolygonArcs[] {
  const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === iso);
  if (geometry === undefined) throw new Error(`country ${iso} not found in ${ATLAS_FILE}`);
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  throw new Error(`country ${iso} has unexpected geometry type ${String(geometry.type)}`);
}

function polygonFeature(topology: Topology, arcs: PolygonArcs): Feature<Polygon> {
  return feature(topology, { type: 'Polygon', arcs }) as Feature<Polygon>;
}

function insideBox(
  poly: Feature<Polygon>,
  [west, south, east, north]: CountrySpec['box'],
): boolean {
  return poly.geometry.coordinates.every((ring) =>
    ring.every(([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north),
  );
}

/** Keeps the polygons of a country that lie in its box and are large enough to see. */
function selectPolygons(topology: Topology, spec: CountrySpec): PolygonArcs[] {
  const minSteradians = MIN_ISLAND_KM2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);
  return polygonsOf(topology, spec.iso).filter((arcs) => {
    const poly = polygonFeature(topology, arcs);
    return insideBox(poly, spec.box) && geoArea(poly) >= minSteradians;
  });
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
function decodeArc(topology: Topology, arc: TopoJSON.Arc): Position[] {
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

function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** Twice the signed area of a closed flat ring (shoelace). */
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

/**
 * Produces the map from the installed atlas. Pure apart from reading the atlas file: the same
 * package version always yields an equal object, and {@link serializeMap} of it equal bytes.
 */
export function buildMap(): MapData {
  const topology = loadTopology();
  const selected = COUNTRIES.map((spec) => ({ spec, polygons: selectPolygons(topology, spec) }));

  // An equal-area conic centred on the border; fitted to the kept polygons so the box is tight.
  const lonLat: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: selected.map(({ polygons }) => ({
      type: 'Feature',
      properties: {},
      geometry: feature(topology, { type: 'MultiPolygon', arcs: polygons })
        .geometry as MultiPolygon,
    })),
  };
  const projection = geoConicEqualArea()
    .parallels([20, 45])
    .rotate([100, 0])
    .fitWidth(MAP_WIDTH, lonLat);

  // Project and simplify each used arc once, so the two countries and the border share vertices.
  const used = new Set<number>();
  for (const { polygons } of selected) {
    for (const ref of polygons.flat(2)) used.add(arcIndex(ref));
  }
  const arcs: TopoJSON.Arc[] = topology.arcs.map((arc, i) => {
    if (!used.has(i)) return [];
    const projected = decodeArc(topology, arc).map((p) => {
      const xy = projection(p as [number, number]);
      if (xy === null) throw new Error(`arc ${i} does not project`);
      return xy;
    });
    return simplifyLine(projected, SIMPLIFY_TOLERANCE).map(([x = 0, y = 0]) => [
      Math.round(x),
      Math.round(y),
    ]);
  });
  const geometries: TopoJSON.MultiPolygon<{ id: string }>[] = selected.map(
    ({ spec, polygons }) => ({ type: 'MultiPolygon', arcs: polygons, properties: { id: spec.id } }),
  );
  const planar: TopoJSON.Topology<{ countries: TopoJSON.GeometryCollection<{ id: string }> }> = {
    type: 'Topology',
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };

  const countries: MapCountry[] = selected.map(({ spec }, i) => {
    const shape = feature(planar, geometries[i]!).geometry as MultiPolygon;
    const rings = shape.coordinates
      .flat()
      .map((ring) => flatten(ring, true))
      .filter((flat) => flat.length >= 6 && flatRingArea(flat) >= MIN_RING_AREA);
    return { id: spec.id, name: spec.name, rings };
  });

  const border = mesh(planar, planar.objects.countries, (a, b) => a !== b)
    .coordinates.map((line) => flatten(line, false))
    .filter((flat) => flat.length >= 4);

  let height = 0;
  for (const flat of [...countries.flatMap((c) => c.rings), ...border]) {
    for (let i = 1; i < flat.length; i += 2) height = Math.max(height, flat[i]!);
  }

  return {
    width: MAP_WIDTH,
    height,
    countries,
    border,
    attribution: 'Natural Earth (public domain), via world-atlas',
  };
}

/** The file's exact bytes: compact, one ring or polyline per line so diffs stay readable. */
export function serializeMap(map: MapData): string {
  const lines = (items: number[][]) => items.map((r) => JSON.stringify(r)).join(',\n');
  const countries = map.countries
    .map((c) => {
      const head = `{"id":${JSON.stringify(c.id)},"name":${JSON.stringify(c.name)},"rings":[\n`;
      return `${head}${lines(c.rings)}]}`;
    })
    .join(',\n');
  return (
    `{"width":${map.width},"height":${map.height},\n` +
    `"attribution":${JSON.stringify(map.attribution)},\n` +
    `"countries":[\n${countries}],\n` +
    `"border":[\n${lines(map.border)}]}\n`
  );
}

function main(argv: string[]): number {
  const text = serializeMap(buildMap());
  if (argv.includes('--check')) {
    const current = readFileSync(MAP_PATH, 'utf8');
    if (current === text) return 0;
    console.error(`${MAP_PATH} is out of date: run npx tsx scripts/build-map.ts`);
    return 1;
  }
  writeFileSync(MAP_PATH, text);
  console.log(`wrote ${MAP_PATH} (${Buffer.byteLength(text)} bytes)`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
