/**
 * Where the stage draws its visuals, computed from the canvas size alone. Pure (no Phaser,
 * no DOM) so it is unit-tested in Node; the scene asks it for every rectangle it draws in.
 *
 * The DOM panel sits above the canvas, so the visuals go where the panel usually is not:
 * a column on the right of a wide screen, a strip across the top of a narrow one. The
 * fractions are exported so that the panel's stylesheet can leave the same room.
 */
import type { MapData, Rect } from './mapData';

export type { Rect } from './mapData';

export type Size = { width: number; height: number };

/**
 * What the current view shows; absent parts give their room to the others. `mapAspect`
 * is the map's width over its height (when it shows one).
 */
export type StageContent = { map: boolean; mapAspect?: number; meters: number; plane: boolean };

export type StageLayout = {
  orientation: 'wide' | 'narrow';
  /** The whole area the visuals occupy (the rest of the canvas is plain background). */
  visuals: Rect;
  /** Present when the map shows the view's countries (see stageContent). */
  map?: Rect;
  /** Present when there is at least one meter to show: the bars. */
  meters?: Rect;
  /**
   * Present with `meters`: the column left of the bars where the DOM writes each meter's
   * name and value, one row per bar (rows share the bars' tracks, see meterTracks).
   */
  meterLabels?: Rect;
  /** A square, present when the view has a plane. */
  plane?: Rect;
};

/**
 * A canvas at least this wide (CSS px) and this much wider than tall gets the side column;
 * the same width is where styles.css moves the DOM panel into a left-hand column.
 */
export const WIDE_MIN_WIDTH = 1100;
export const WIDE_MIN_ASPECT = 1.1;
/** Share of a wide canvas's width taken by the right-hand column (560 of 1280, as in theme). */
export const WIDE_COLUMN_FRACTION = 0.4375;
/** Share of a narrow canvas's height taken by the top strip, and its cap as a share of width. */
export const NARROW_STRIP_FRACTION = 0.28;
export const NARROW_STRIP_MAX_WIDTH_FRACTION = 0.62;
/**
 * Share of the meters' area, on the left, kept for the DOM's names and values: about half,
 * and up to 62% when that is needed to reach 140 px (on phones, where names are squeezed).
 */
export function meterLabelWidth(width: number): number {
  return Math.floor(Math.min(width * 0.62, Math.max(width * 0.52, 140)));
}
/** A map's proportions when the content gives none. */
const DEFAULT_MAP_ASPECT = 1000 / 876;

/** Margin around and between the visuals: 2.5% of the shorter side, never under 8 px. */
export function gapFor(size: Size): number {
  return Math.max(8, Math.round(Math.min(size.width, size.height) * 0.025));
}

export function isWide(size: Size): boolean {
  return size.width >= WIDE_MIN_WIDTH && size.width / Math.max(1, size.height) >= WIDE_MIN_ASPECT;
}

/**
 * What a stage view shows, in the form stageLayout takes. The scene and the DOM labels
 * both derive their layout through this, so they always agree. The map is the scenario's
 * own (projected when it was compiled); a scenario without one gives its room to the
 * meters and the plane.
 */
export function stageContent(view: {
  map?: Pick<MapData, 'width' | 'height'>;
  meters: readonly unknown[];
  plane?: unknown;
}): StageContent {
  return {
    map: view.map !== undefined,
    ...(view.map ? { mapAspect: view.map.width / Math.max(1, view.map.height) } : {}),
    meters: view.meters.length,
    plane: view.plane !== undefined,
  };
}

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width: Math.max(0, width),
  height: Math.max(0, height),
});

/**
 * Rectangles for the map, the meter bars and the plane, each present when `content` shows
 * it. Invariants (tested): every rectangle lies inside the canvas and inside `visuals`;
 * map, meters and plane never overlap; the plane is square; sizes are never negative. A
 * degenerate canvas gives empty rectangles.
 */
export function stageLayout(size: Size, content: StageContent): StageLayout {
  const gap = gapFor(size);
  const width = Math.max(0, size.width);
  const height = Math.max(0, size.height);
  const hasMeters = content.meters > 0;
  if (isWide(size)) {
    const columnWidth = Math.floor(width * WIDE_COLUMN_FRACTION) - gap;
    const visuals = rect(width - gap - columnWidth, gap, columnWidth, height - 2 * gap);
    return { orientation: 'wide', visuals, ...stackVertically(visuals, gap, hasMeters, content) };
  }
  const stripHeight = Math.floor(
    Math.min(height * NARROW_STRIP_FRACTION, width * NARROW_STRIP_MAX_WIDTH_FRACTION),
  );
  const visuals = rect(gap, gap, width - 2 * gap, stripHeight - gap);
  // In a strip the bars would leave their names a few letters beside a map or a plane:
  // there the panel's own meters show the values, and the strip keeps the bars only alone.
  const stripMeters = hasMeters && !content.map && !content.plane;
  return { orientation: 'narrow', visuals, ...arrangeStrip(visuals, gap, stripMeters, content) };
}

type Parts = Pick<StageLayout, 'map' | 'meters' | 'meterLabels' | 'plane'>;

/** The meters' area split into the labels' column (left) and the bars (right). */
function splitMeters(area: Rect, gap: number): Pick<Parts, 'meters' | 'meterLabels'> {
  const inner = Math.max(4, Math.round(gap / 2));
  const labelWidth = meterLabelWidth(area.width);
  return {
    meterLabels: rect(area.x, area.y, labelWidth, area.height),
    meters: rect(area.x + labelWidth + inner, area.y, area.width - labelWidth - inner, area.height),
  };
}

/**
 * Wide column: map on top, meters under it, the plane at the bottom, centred in a band no
 * wider than 60% of the column's height so that the three line up on a very wide screen.
 * Without a map the meters start at the top and the plane may grow into the room left.
 */
function stackVertically(
  column: Rect,
  gap: number,
  hasMeters: boolean,
  content: StageContent,
): Parts {
  const bandWidth = Math.floor(Math.min(column.width, column.height * 0.6));
  const area = rect(
    column.x + Math.floor((column.width - bandWidth) / 2),
    column.y,
    bandWidth,
    column.height,
  );
  const metersHeight = hasMeters ? meterStackHeight(area.height * 0.2, content.meters) : 0;
  const metersBlock = metersHeight > 0 ? metersHeight + gap : 0;
  // Without the map the plane may take the height the map would have had.
  const planeShare = content.map ? area.height * 0.44 : area.height - metersBlock;
  const planeSide = content.plane ? Math.floor(Math.max(0, Math.min(area.width, planeShare))) : 0;
  const parts: Parts = {};
  let y = area.y;
  if (content.map) {
    const used = (planeSide > 0 ? planeSide + gap : 0) + metersBlock;
    parts.map = rect(area.x, area.y, area.width, area.height - used);
    y += parts.map.height + gap;
  }
  if (metersHeight > 0) {
    Object.assign(parts, splitMeters(rect(area.x, y, area.width, metersHeight), gap));
    y += metersHeight + gap;
  }
  if (planeSide > 0) {
    parts.plane = rect(area.x + Math.floor((area.width - planeSide) / 2), y, planeSide, planeSide);
  }
  return parts;
}

/**
 * Narrow strip: the plane as a square on the right; to its left the map and the meters,
 * side by side when the strip is long enough, otherwise the map above the meters (or the
 * meters alone, without a map).
 */
function arrangeStrip(area: Rect, gap: number, hasMeters: boolean, content: StageContent): Parts {
  const planeSide = content.plane ? Math.floor(Math.min(area.height, area.width * 0.5)) : 0;
  const restWidth = area.width - (planeSide > 0 ? planeSide + gap : 0);
  const rest = rect(area.x, area.y, restWidth, area.height);
  const parts: Parts = {};
  if (planeSide > 0) {
    parts.plane = rect(area.x + area.width - planeSide, area.y, planeSide, planeSide);
  }
  if (!content.map) {
    if (hasMeters) Object.assign(parts, splitMeters(rest, gap));
    return parts;
  }
  parts.map = rest;
  if (!hasMeters) return parts;
  const mapWidthSideBySide = Math.floor(area.height * (content.mapAspect ?? DEFAULT_MAP_ASPECT));
  if (restWidth - mapWidthSideBySide - gap >= area.height) {
    parts.map = rect(rest.x, rest.y, mapWidthSideBySide, rest.height);
    const metersX = rest.x + mapWidthSideBySide + gap;
    Object.assign(
      parts,
      splitMeters(rect(metersX, rest.y, rest.x + restWidth - metersX, rest.height), gap),
    );
  } else {
    // Half the height: each row needs room for a legible name beside its bar.
    const metersHeight = meterStackHeight(rest.height * 0.5, content.meters);
    parts.map = rect(rest.x, rest.y, restWidth, rest.height - metersHeight - gap);
    Object.assign(
      parts,
      splitMeters(rect(rest.x, rest.y + rest.height - metersHeight, restWidth, metersHeight), gap),
    );
  }
  return parts;
}

/** Room for `count` bars: 14 px each plus gaps, capped by `available`. */
function meterStackHeight(available: number, count: number): number {
  return Math.floor(Math.min(available, count * 22));
}

/**
 * Tracks for `count` horizontal bars stacked in `area`, top to bottom, each at most 14 px
 * thick and separated by at least a third of that. Tracks never overlap and stay inside `area`.
 */
export function meterTracks(area: Rect, count: number): Rect[] {
  if (count <= 0) return [];
  const pitch = area.height / count;
  const thickness = Math.max(1, Math.min(14, pitch * 0.66));
  return Array.from({ length: count }, (_, i) =>
    rect(area.x, area.y + i * pitch + (pitch - thickness) / 2, area.width, thickness),
  );
}

/** Where a bar's fill ends: `value` clamped to [min, max], as a share of the track's width. */
export function meterFillWidth(track: Rect, value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  const share = (Math.min(max, Math.max(min, value)) - min) / (max - min);
  return track.width * share;
}

export type PlaneScale = { xMin: number; xMax: number; yMin: number; yMax: number };

/** Height of the bands above and below the plane's frame that hold its axis labels. */
export function planeLabelBand(area: Rect): number {
  return Math.max(14, Math.round(Math.min(area.width, area.height) * 0.075));
}

/**
 * The plane's plotting square inside its rectangle: inset at the sides so dots at the edge
 * are not cut, and with a band above and below for the axis labels (planeAxisLabels).
 */
export function planeFrame(area: Rect): Rect {
  const inset = Math.max(4, Math.round(Math.min(area.width, area.height) * 0.05));
  const band = planeLabelBand(area);
  const side = Math.max(0, Math.min(area.width - 2 * inset, area.height - 2 * band));
  return rect(area.x + (area.width - side) / 2, area.y + (area.height - side) / 2, side, side);
}

/**
 * Where the DOM writes the plane's axis names: `x` is the band under the frame (the x
 * axis), across the whole area and so centred on the frame; `y` is the band above it,
 * starting at the frame's left edge (the top of the y axis). Both lie inside `area` and
 * outside the frame.
 */
export function planeAxisLabels(area: Rect): { x: Rect; y: Rect } {
  const frame = planeFrame(area);
  const bottom = frame.y + frame.height;
  return {
    x: rect(area.x, bottom, area.width, area.y + area.height - bottom),
    y: rect(frame.x, area.y, frame.width, frame.y - area.y),
  };
}

/** Radius of the dots marking the path's months on the plane. */
export function planeDotRadius(frame: Rect): number {
  return Math.max(2.5, frame.width * 0.012);
}

/** Outer radius of the ringed marker at the current position (ring plus half its line). */
export function planeMarkerRadius(frame: Rect): number {
  return planeDotRadius(frame) * 3.6 + 1;
}

/**
 * Screen position of a point on the plane: x grows to the right, y grows upwards. Values
 * outside the scale are clamped, so the point stays inside `frame`.
 */
export function planePoint(
  frame: Rect,
  scale: PlaneScale,
  x: number,
  y: number,
): { x: number; y: number } {
  const share = (v: number, lo: number, hi: number) =>
    hi > lo ? (Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo) : 0.5;
  return {
    x: frame.x + share(x, scale.xMin, scale.xMax) * frame.width,
    y: frame.y + (1 - share(y, scale.yMin, scale.yMax)) * frame.height,
  };
}

/** A region's rectangle on screen, from its ranges on the two meters (clamped to the frame). */
export function planeRegion(
  frame: Rect,
  scale: PlaneScale,
  x: { min: number; max: number },
  y: { min: number; max: number },
): Rect {
  const a = planePoint(frame, scale, x.min, y.max);
  const b = planePoint(frame, scale, x.max, y.min);
  return rect(a.x, a.y, b.x - a.x, b.y - a.y);
}
