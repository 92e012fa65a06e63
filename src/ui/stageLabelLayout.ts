/**
 * Where the DOM writes the stage's names, as pure geometry (no DOM, no Phaser). Every box
 * is derived from the same layout the scene draws with (src/scenes/layout.ts, mapData.ts),
 * so a name always sits on the shape it names. Text widths come from a `measure` function:
 * a canvas in the browser, a stub in unit tests.
 */
import {
  meterTracks,
  planeAxisLabels,
  planeFrame,
  planeDotRadius,
  planeMarkerRadius,
  planePoint,
  planeRegion,
  stageContent,
  stageLayout,
  type Rect,
  type Size,
} from '../scenes/layout';
import { countryAnchor, mapFit } from '../scenes/mapData';
import type { MarkerIcon } from '../data';
import type { StageView } from '../store/selectors';

/** Width in CSS px of `text` set at `font` px, bold or regular. */
export type Measure = (text: string, font: number, bold: boolean) => number;

/** Line height of every label, as a multiple of its font size (styles.css uses the same). */
export const LINE_HEIGHT = 1.2;
/** The smallest font, in CSS px, any label is set in; below it a label is left out. */
export const MIN_FONT = 8;
/** Room kept between a region's edge and its name. */
const REGION_PADDING = 3;
/** Fewest letters kept before an ellipsis; a shorter stub is no help to the reader. */
const MIN_PREFIX = 3;
const ELLIPSIS = '…';

export type MeterLabel = {
  id: string;
  name: string;
  value: number;
  primary: boolean;
  /** The row beside the meter's bar: as tall as the bar's slot, centred on the bar. */
  box: Rect;
  font: number;
};
export type AxisLabel = { axis: 'x' | 'y'; name: string; box: Rect; font: number };
export type RegionLabel = {
  id: string;
  lines: string[];
  /** Written bottom to top: no longer chosen (a name is never set sideways). */
  vertical: boolean;
  /** The text block itself, inside the region's rectangle. */
  box: Rect;
  font: number;
  /** Some words were shortened with an ellipsis to fit. */
  truncated: boolean;
};
export type CountryLabel = {
  /** The scenario role the name comes from. */
  id: string;
  name: string;
  focused: boolean;
  box: Rect;
  font: number;
};
export type MarkerLabel = {
  id: string;
  kind: 'move' | 'event';
  icon: MarkerIcon;
  label: string;
  /** The icon's square, at the row's left. */
  iconBox: Rect;
  /** The words, right of the icon (shortened with an ellipsis when they do not fit). */
  box: Rect;
  font: number;
};
export type StageLabelSet = {
  meters: MeterLabel[];
  axes: AxisLabel[];
  regions: RegionLabel[];
  countries: CountryLabel[];
  markers: MarkerLabel[];
};

export type LabelOptions = {
  /** The text-size setting (1, 1.25, 1.5): labels follow it at half strength. */
  textScale: number;
  measure: Measure;
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Font sizes in half pixels, so that small changes of size do not re-set the text. */
const halfPx = (v: number) => Math.floor(v * 2) / 2;

/** How much the labels grow with the text-size setting: half as much as the panel's text. */
export function labelScale(textScale: number): number {
  return 1 + (Math.max(0.5, textScale) - 1) / 2;
}

/**
 * The names to write for `view` on a canvas of `size` (layout coordinates): one row per
 * shown meter beside its bar, the two axis names outside the plane's frame, each region's
 * name inside its rectangle (clear of the current-position marker when there is room),
 * and each role's name on its country. Invariants (tested): meter rows are centred on
 * their bars; region blocks lie inside their regions; every box lies inside the layout's
 * visuals; no font is below MIN_FONT.
 */
export function stageLabels(size: Size, view: StageView, options: LabelOptions): StageLabelSet {
  const map = view.map;
  const layout = stageLayout(size, stageContent(view));
  const factor = labelScale(options.textScale);
  const measure = options.measure;
  const result: StageLabelSet = { meters: [], axes: [], regions: [], countries: [], markers: [] };

  if (layout.meterLabels && layout.meters && view.meters.length > 0) {
    const area = layout.meterLabels;
    const tracks = meterTracks(layout.meters, view.meters.length);
    const pitch = area.height / view.meters.length;
    const font = halfPx(Math.min(pitch / LINE_HEIGHT, clamp(pitch * 0.7, 10, 13) * factor));
    if (font >= MIN_FONT) {
      view.meters.forEach((meter, i) => {
        const track = tracks[i];
        if (!track) return;
        const centre = track.y + track.height / 2;
        result.meters.push({
          id: meter.id,
          name: meter.label,
          value: meter.value,
          primary: meter.primary,
          box: { x: area.x, y: centre - pitch / 2, width: area.width, height: pitch },
          font,
        });
      });
    }
  }

  if (layout.plane && view.plane) {
    const plane = view.plane;
    const frame = planeFrame(layout.plane);
    const bands = planeAxisLabels(layout.plane);
    const font = halfPx(
      Math.min(
        bands.x.height * 0.8,
        bands.y.height * 0.8,
        clamp(frame.width * 0.045, 10, 13) * factor,
      ),
    );
    if (font >= MIN_FONT) {
      // The y label starts with an arrow: shift it left so the arrow sits over the axis.
      const shift = Math.min(font * 0.3, frame.x - layout.plane.x);
      result.axes.push(
        { axis: 'x', name: plane.xLabel, box: bands.x, font },
        {
          axis: 'y',
          name: plane.yLabel,
          box: { ...bands.y, x: bands.y.x - shift, width: bands.y.width + shift },
          font,
        },
      );
    }
    const last = plane.path[plane.path.length - 1];
    const trail = trailCircles(
      plane.path.map((p) => planePoint(frame, plane, p.x, p.y)),
      planeDotRadius(frame) + 1,
    );
    const marker = last
      ? { ...planePoint(frame, plane, last.x, last.y), r: planeMarkerRadius(frame) }
      : undefined;
    const maxFont = clamp(frame.width * 0.042, 9, 12) * factor;
    for (const region of plane.regions) {
      const area = planeRegion(frame, plane, region.x, region.y);
      const label = regionLabel(region.id, region.label, area, maxFont, measure, marker, trail);
      if (label) result.regions.push(label);
    }
  }

  if (!layout.map || !map) return result;
  const fit = mapFit(map, layout.map);
  const font = halfPx(clamp(map.height * fit.scale * 0.055, 10, 14) * factor);
  const markerFont = halfPx(clamp(map.height * fit.scale * 0.045, 9, 12) * factor);
  const anchors = map.countries.map((country) => {
    const anchor = countryAnchor(country);
    const at = { x: fit.offsetX + anchor.x * fit.scale, y: fit.offsetY + anchor.y * fit.scale };
    const label = countryLabel(
      country.code,
      country.name,
      country.role !== undefined && view.focusRole === country.role,
      at,
      layout.map!,
      font,
      measure,
    );
    if (label) result.countries.push(label);
    return { code: country.code, at, label };
  });
  // Markers go under their country's name, each row where it covers no name or other row.
  const taken: Rect[] = result.countries.map((c) => c.box);
  for (const { code, at, label } of anchors) {
    const here = (view.markers ?? []).filter((m) => m.country === code);
    const below = label ? label.box.y + label.box.height : at.y;
    const rows = markerRows(here, at.x, below, layout.map, markerFont, measure, taken);
    result.markers.push(...rows);
  }
  return result;
}

/** Room between a marker's icon and its words, and between rows, as shares of the font. */
const MARKER_GAP = 0.35;

const overlapping = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A country's markers, one row each (icon, then words), centred under its name and kept
 * inside the map: each row takes the first free line going down from the name, then
 * going up from it, that covers nothing in `taken` (which it then joins). A row that
 * finds no free line is left out; words too long for the map are shortened.
 */
function markerRows(
  markers: NonNullable<StageView['markers']>,
  centreX: number,
  top: number,
  area: Rect,
  font: number,
  measure: Measure,
  taken: Rect[],
): MarkerLabel[] {
  if (markers.length === 0 || font < MIN_FONT) return [];
  const rowHeight = Math.ceil(font * LINE_HEIGHT + 4);
  const gap = Math.round(font * MARKER_GAP);
  const pitch = rowHeight + gap;
  const icon = rowHeight;
  const maxText = Math.max(0, area.width - icon - gap - 2);
  const bottom = area.y + area.height - rowHeight;
  const start = clamp(top + 2, area.y, bottom);
  const lines: number[] = [];
  for (let y = start; y <= bottom; y += pitch) lines.push(y);
  for (let y = start - pitch; y >= area.y; y -= pitch) lines.push(y);
  const rows: MarkerLabel[] = [];
  for (const marker of markers) {
    const text =
      measure(marker.label, font, true) <= maxText
        ? marker.label
        : shorten(marker.label, maxText, (t) => measure(t, font, true));
    if (text === undefined) continue;
    const textWidth = Math.ceil(measure(text, font, true)) + 2;
    const width = icon + gap + textWidth;
    const x = clamp(centreX - width / 2, area.x, area.x + area.width - width);
    const y = lines.find((line) => {
      const row = { x, y: line, width, height: rowHeight };
      return !taken.some((r) => overlapping(r, row));
    });
    if (y === undefined) continue;
    taken.push({ x, y, width, height: rowHeight });
    rows.push({
      id: marker.id,
      kind: marker.kind,
      icon: marker.icon,
      label: text,
      iconBox: { x, y, width: icon, height: rowHeight },
      box: { x: x + icon + gap, y, width: textWidth, height: rowHeight },
      font,
    });
  }
  return rows;
}

/** A country's name centred on `at`, shrunk if wider than the map and kept inside it. */
function countryLabel(
  id: string,
  name: string,
  focused: boolean,
  at: { x: number; y: number },
  area: Rect,
  preferred: number,
  measure: Measure,
): CountryLabel | undefined {
  let font = preferred;
  let width = measure(name, font, true);
  if (width + 2 > area.width) {
    font = halfPx((font * (area.width - 2)) / Math.max(1, width));
    width = measure(name, font, true);
  }
  const height = font * LINE_HEIGHT;
  const w = Math.ceil(width) + 2;
  if (font < MIN_FONT || w > area.width || height > area.height) return undefined;
  return {
    id,
    name,
    focused,
    box: {
      x: clamp(at.x - w / 2, area.x, area.x + area.width - w),
      y: clamp(at.y - height / 2, area.y, area.y + area.height - height),
      width: w,
      height,
    },
    font,
  };
}

/** A text set in lines at one font size, and the block it takes. */
export type TextFit = {
  lines: string[];
  font: number;
  width: number;
  height: number;
  /** Some words were shortened with an ellipsis. */
  truncated: boolean;
};

/**
 * Sets `text` in a `width` × `height` box: the largest font from `maxFont` down to
 * `minFont` (in half pixels) at which the words wrap into the box whole; failing that, at
 * `minFont` with over-long words and the last line shortened with an ellipsis (never to
 * fewer than three letters). Returns undefined when not even that fits. Every returned
 * line measures at most `width`, and the lines' total height is at most `height`.
 */
export function fitText(
  text: string,
  width: number,
  height: number,
  maxFont: number,
  minFont: number,
  measure: Measure,
): TextFit | undefined {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || width <= 0 || height <= 0 || maxFont < minFont) return undefined;
  for (let font = halfPx(maxFont); font >= minFont; font -= 0.5) {
    const m = (s: string) => measure(s, font, false);
    const lines = wrap(words, width, m);
    if (lines && lines.length * font * LINE_HEIGHT <= height) return block(lines, font, m, false);
  }
  const font = minFont;
  const m = (s: string) => measure(s, font, false);
  const maxLines = Math.floor(height / (font * LINE_HEIGHT));
  if (maxLines < 1) return undefined;
  // A word too long for the line is broken with a hyphen rather than cut, if that fits.
  const broken = words.flatMap((word) => (m(word) <= width ? [word] : hyphenate(word, width, m)));
  const hyphenated = broken.every((piece) => m(piece) <= width) ? wrapPieces(broken, width, m) : [];
  if (hyphenated.length > 0 && hyphenated.length <= maxLines) {
    return block(hyphenated, font, m, false);
  }
  const shortened: string[] = [];
  for (const word of words) {
    const fitted = m(word) <= width ? word : shorten(word, width, m);
    if (fitted === undefined) return undefined;
    shortened.push(fitted);
  }
  const lines = wrap(shortened, width, m) ?? [];
  if (lines.length > maxLines) {
    const lastLine = shorten(`${lines[maxLines - 1] ?? ''}${ELLIPSIS}`, width, m, true);
    if (lastLine === undefined) return undefined;
    lines.length = maxLines;
    lines[maxLines - 1] = lastLine;
  }
  return block(lines, font, m, true);
}

/** Fewest letters on either side of a hyphen. */
const MIN_PIECE = 3;

/**
 * `word` in pieces that each fit `width`, every piece but the last ending in a hyphen,
 * none shorter than MIN_PIECE letters; the whole word when it cannot be broken so.
 */
function hyphenate(word: string, width: number, m: (s: string) => number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (m(rest) > width) {
    let cut = rest.length - MIN_PIECE;
    while (cut >= MIN_PIECE && m(`${rest.slice(0, cut)}-`) > width) cut--;
    if (cut < MIN_PIECE) return [word];
    pieces.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/** Greedy wrap of words and hyphenated pieces: a piece ending in a hyphen ends its line. */
function wrapPieces(pieces: string[], width: number, m: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (line && m(candidate) > width) {
      lines.push(line);
      line = piece;
    } else line = candidate;
    if (line.endsWith('-')) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

function block(
  lines: string[],
  font: number,
  m: (s: string) => number,
  truncated: boolean,
): TextFit {
  return {
    lines,
    font,
    width: Math.max(...lines.map(m)),
    height: lines.length * font * LINE_HEIGHT,
    truncated,
  };
}

/** Greedy word wrap; undefined when a single word is wider than `width`. */
function wrap(words: string[], width: number, m: (s: string) => number): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (m(word) > width) return undefined;
    const candidate = line ? `${line} ${word}` : word;
    if (m(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The longest start of `text` that fits `width` with an ellipsis after it. With `marked`
 * the text already ends in one and it is kept when the whole fits. Undefined when fewer
 * than three letters would remain.
 */
function shorten(
  text: string,
  width: number,
  m: (s: string) => number,
  marked = false,
): string | undefined {
  if (marked && m(text) <= width) return text;
  const body = marked ? text.slice(0, -ELLIPSIS.length) : text;
  for (let n = body.length - 1; n >= MIN_PREFIX; n--) {
    const candidate = `${body.slice(0, n).trimEnd()}${ELLIPSIS}`;
    if (m(candidate) <= width) return candidate;
  }
  return undefined;
}

type Circle = { x: number; y: number; r: number };

/** Positions tried across a region, per side, when its name must move off the trail. */
const SLIDE_STEPS = 8;

/**
 * The trail on the plane as circles: one on each month's dot and, along each segment,
 * one every `r` so that a name kept clear of them is kept clear of the line.
 */
export function trailCircles(points: readonly { x: number; y: number }[], r: number): Circle[] {
  const circles: Circle[] = points.map((p) => ({ ...p, r }));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / Math.max(1, r));
    for (let k = 1; k < steps; k++) {
      circles.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps, r });
    }
  }
  return circles;
}

/** Distance from a circle's edge to a rectangle (negative when they overlap). */
function clearance(rect: Rect, c: { x: number; y: number; r: number }): number {
  const dx = Math.max(rect.x - c.x, 0, c.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - c.y, 0, c.y - (rect.y + rect.height));
  return Math.hypot(dx, dy) - c.r;
}

/**
 * `text` set across `box` (never sideways: a name is read across, wrapped or shortened
 * to fit), scored for choosing among boxes: whole words first, then (when shortened) the
 * most letters kept, then the larger font.
 */
function bestFit(
  text: string,
  box: Rect,
  maxFont: number,
  measure: Measure,
): { fit: TextFit; vertical: boolean; score: number } | undefined {
  const across = fitText(text, box.width, box.height, maxFont, MIN_FONT, measure);
  if (!across) return undefined;
  const letters = text.replace(/\s+/g, '').length;
  const kept = across.lines.join('').replace(/\s+|…/g, '').length / letters;
  const score = (across.truncated ? 100 * kept : 1000) + across.font;
  return { fit: across, vertical: false, score };
}

/** The block a fitted text takes: whole pixels plus one, so the browser never wraps it. */
function blockSize(fit: TextFit, vertical: boolean, room: Rect): { w: number; h: number } {
  return {
    w: Math.min(room.width, Math.ceil(vertical ? fit.height : fit.width) + 1),
    h: Math.min(room.height, Math.ceil(vertical ? fit.width : fit.height) + 1),
  };
}

function centred(room: Rect, w: number, h: number): Rect {
  return {
    x: room.x + (room.width - w) / 2,
    y: room.y + (room.height - h) / 2,
    width: w,
    height: h,
  };
}

/** The parts of `area` above, below, left and right of a circle's bounding square. */
function aroundCircle(area: Rect, c: { x: number; y: number; r: number }): Rect[] {
  const top = c.y - c.r - 1;
  const bottom = c.y + c.r + 1;
  const left = c.x - c.r - 1;
  const right = c.x + c.r + 1;
  const parts: Rect[] = [
    { ...area, height: top - area.y },
    { ...area, y: bottom, height: area.y + area.height - bottom },
    { ...area, width: left - area.x },
    { ...area, x: right, width: area.x + area.width - right },
  ];
  return parts.filter((p) => p.width > 0 && p.height > 0);
}

/**
 * A region's name inside its rectangle, always across. Centred, unless that would cover
 * the trail of the months or the current-position marker: then at the free spot of the
 * region nearest its centre; failing that, clear of the marker alone (moved to a side of
 * the region, or set again in the part beside the marker). Left out when it can only be
 * written over the marker.
 */
function regionLabel(
  id: string,
  text: string,
  region: Rect,
  maxFont: number,
  measure: Measure,
  marker: { x: number; y: number; r: number } | undefined,
  trail: readonly Circle[] = [],
): RegionLabel | undefined {
  const inner = {
    x: region.x + REGION_PADDING,
    y: region.y + REGION_PADDING,
    width: region.width - 2 * REGION_PADDING,
    height: region.height - 2 * REGION_PADDING,
  };
  if (inner.width <= 0 || inner.height <= 0) return undefined;
  const whole = bestFit(text, inner, maxFont, measure);
  if (!whole) return undefined;
  const label = (box: Rect, found: { fit: TextFit; vertical: boolean }): RegionLabel => ({
    id,
    lines: found.fit.lines,
    vertical: found.vertical,
    box,
    font: found.fit.font,
    truncated: found.fit.truncated,
  });
  const { w, h } = blockSize(whole.fit, whole.vertical, inner);
  const centre = centred(inner, w, h);
  // Clear of the trail and the marker: the free spot nearest the centre, if any.
  const obstacles = marker ? [marker, ...trail] : trail;
  const free = (box: Rect) => obstacles.every((c) => clearance(box, c) >= 1);
  if (free(centre)) return label(centre, whole);
  const spots: Rect[] = [];
  for (let i = 0; i <= SLIDE_STEPS; i++) {
    for (let j = 0; j <= SLIDE_STEPS; j++) {
      const x = inner.x + ((inner.width - w) * i) / SLIDE_STEPS;
      const y = inner.y + ((inner.height - h) * j) / SLIDE_STEPS;
      spots.push({ x, y, width: w, height: h });
    }
  }
  const distance = (r: Rect) => Math.hypot(r.x - centre.x, r.y - centre.y);
  const spot = spots.sort((a, b) => distance(a) - distance(b)).find(free);
  if (spot) return label(spot, whole);
  if (!marker || clearance(centre, marker) >= 1) return label(centre, whole);
  const moved = [
    { ...centre, y: inner.y },
    { ...centre, y: inner.y + inner.height - h },
    { ...centre, x: inner.x },
    { ...centre, x: inner.x + inner.width - w },
  ].find((c) => clearance(c, marker) >= 1);
  if (moved) return label(moved, whole);
  let best: RegionLabel | undefined;
  let bestScore = -1;
  for (const room of aroundCircle(inner, marker)) {
    const found = bestFit(text, room, maxFont, measure);
    if (!found || found.score <= bestScore) continue;
    const size = blockSize(found.fit, found.vertical, room);
    best = label(centred(room, size.w, size.h), found);
    bestScore = found.score;
  }
  return best;
}

/** How a canvas's drawing maps onto the page: `page = offset + scale × layout`. */
export type Placement = { scale: number; x: number; y: number };

/**
 * The layout size the scene drew with and how it maps onto the stage's box. In RESIZE
 * mode the canvas matches its box and the mapping is the identity at the box's size;
 * while the canvas still has an older size (it catches up within a frame), its drawing
 * is stretched by CSS `object-fit: cover`, centred, and the labels follow that.
 */
export function stagePlacement(box: Size, canvas: Size): { size: Size; placement: Placement } {
  if (Math.abs(box.width - canvas.width) < 1 && Math.abs(box.height - canvas.height) < 1) {
    return { size: box, placement: { scale: 1, x: 0, y: 0 } };
  }
  const scale = Math.max(
    box.width / Math.max(1, canvas.width),
    box.height / Math.max(1, canvas.height),
  );
  return {
    size: canvas,
    placement: {
      scale,
      x: (box.width - canvas.width * scale) / 2,
      y: (box.height - canvas.height * scale) / 2,
    },
  };
}

/** A layout rectangle in page coordinates, relative to the stage's top left corner. */
export function placeRect(rect: Rect, p: Placement): Rect {
  return {
    x: p.x + rect.x * p.scale,
    y: p.y + rect.y * p.scale,
    width: rect.width * p.scale,
    height: rect.height * p.scale,
  };
}
