import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWide,
  meterFillWidth,
  meterTracks,
  planeAxisLabels,
  planeFrame,
  planePoint,
  planeRegion,
  stageContent,
  stageLayout,
  type Rect,
  type Size,
  type StageContent,
} from '../../src/scenes/layout';

const EPS = 1e-6;

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.width <= outer.x + outer.width + EPS &&
    inner.y + inner.height <= outer.y + outer.height + EPS
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width - EPS &&
    b.x < a.x + a.width - EPS &&
    a.y < b.y + b.height - EPS &&
    b.y < a.y + a.height - EPS
  );
}

function checkLayout(size: Size, content: StageContent): void {
  const canvas: Rect = { x: 0, y: 0, ...size };
  const layout = stageLayout(size, content);
  const parts = [layout.map, layout.meterLabels, layout.meters, layout.plane].filter(
    (r): r is Rect => !!r,
  );
  expect(inside(layout.visuals, canvas)).toBe(true);
  for (const part of parts) {
    expect(part.width).toBeGreaterThanOrEqual(0);
    expect(part.height).toBeGreaterThanOrEqual(0);
    expect(inside(part, canvas)).toBe(true);
    expect(inside(part, layout.visuals)).toBe(true);
  }
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) expect(overlaps(parts[i]!, parts[j]!)).toBe(false);
  }
  expect(layout.map !== undefined).toBe(content.map);
  // A strip shows the bars only when it shows neither map nor plane.
  const bars =
    content.meters > 0 && (layout.orientation === 'wide' || (!content.map && !content.plane));
  expect(layout.meters !== undefined).toBe(bars);
  expect(layout.meterLabels !== undefined).toBe(bars);
  if (layout.meters && layout.meterLabels) {
    // The names' column sits left of the bars, row for row.
    expect(layout.meterLabels.x + layout.meterLabels.width).toBeLessThanOrEqual(layout.meters.x);
    expect(layout.meterLabels.y).toBe(layout.meters.y);
    expect(layout.meterLabels.height).toBe(layout.meters.height);
  }
  expect(layout.plane !== undefined).toBe(content.plane);
  if (layout.plane) expect(layout.plane.width).toBe(layout.plane.height);
}

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const FULL: StageContent = { map: true, meters: 6, plane: true };

describe('stageLayout', () => {
  it.each([
    ['16:9 laptop', LAPTOP, 'wide'],
    ['1280×720 stage', { width: 1280, height: 720 }, 'wide'],
    ['phone portrait', PHONE, 'narrow'],
    ['tablet portrait', { width: 768, height: 1024 }, 'narrow'],
    ['laptop at 200% zoom', { width: 683, height: 384 }, 'narrow'],
  ] as const)('%s: parts inside the canvas, no overlaps, %s', (_, size, orientation) => {
    expect(stageLayout(size, FULL).orientation).toBe(orientation);
    for (const map of [true, false]) {
      checkLayout(size, { ...FULL, map });
      checkLayout(size, { map, meters: 2, plane: false });
      checkLayout(size, { map, meters: 0, plane: true });
      checkLayout(size, { map, meters: 0, plane: false });
    }
  });

  it('puts the visuals in a right-hand column of a wide canvas', () => {
    const layout = stageLayout(LAPTOP, FULL);
    expect(layout.visuals.x).toBeGreaterThan(LAPTOP.width * 0.55);
    expect(layout.plane!.y).toBeGreaterThan(layout.map!.y);
  });

  it('puts the visuals in a strip across the top of a phone', () => {
    const layout = stageLayout(PHONE, FULL);
    expect(layout.visuals.y + layout.visuals.height).toBeLessThan(PHONE.height * 0.3);
    expect(layout.plane!.x).toBeGreaterThan(layout.map!.x);
  });

  it('gives the map the whole area when nothing else is shown', () => {
    const wide = stageLayout(LAPTOP, { map: true, meters: 0, plane: false });
    expect(wide.map!.y).toBe(wide.visuals.y);
    expect(wide.map!.height).toBe(wide.visuals.height);
    const narrow = stageLayout(PHONE, { map: true, meters: 0, plane: false });
    expect(narrow.map).toEqual(narrow.visuals);
  });

  it('without a map, starts the meters at the top and lets the plane grow', () => {
    const withMap = stageLayout(LAPTOP, FULL);
    const wide = stageLayout(LAPTOP, { ...FULL, map: false });
    expect(wide.meters!.y).toBe(wide.visuals.y);
    expect(wide.plane!.width).toBeGreaterThan(withMap.plane!.width);
    const narrow = stageLayout(PHONE, { ...FULL, map: false, plane: false });
    expect(narrow.meterLabels!.x).toBe(narrow.visuals.x);
    expect(narrow.meters!.height).toBe(narrow.visuals.height);
  });

  it('on a phone, leaves the bars to the panel beside a map or a plane, so no name is cut', () => {
    for (const content of [FULL, { ...FULL, map: false }, { ...FULL, plane: false }]) {
      const layout = stageLayout(PHONE, content);
      expect(layout.meters).toBeUndefined();
      expect(layout.meterLabels).toBeUndefined();
    }
    const layout = stageLayout(PHONE, FULL);
    expect(layout.map!.x + layout.map!.width).toBeLessThanOrEqual(layout.plane!.x);
  });

  it('holds its invariants for any canvas from 240 px to 4K', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 3840 }),
        fc.integer({ min: 240, max: 2160 }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        (width, height, meters, plane, map) => {
          checkLayout({ width, height }, { map, meters, plane });
        },
      ),
    );
  });

  it('classifies wide and narrow canvases', () => {
    expect(isWide(LAPTOP)).toBe(true);
    expect(isWide(PHONE)).toBe(false);
    expect(isWide({ width: 1200, height: 1200 })).toBe(false);
    expect(isWide({ width: 1024, height: 600 })).toBe(false);
  });
});

describe('stageContent', () => {
  const map = { width: 1000, height: 800 };

  it('shows the map the scenario carries, and none without one', () => {
    expect(stageContent({ meters: [], map }).map).toBe(true);
    expect(stageContent({ meters: [] }).map).toBe(false);
  });

  it('gives the map’s proportions to the layout', () => {
    expect(stageContent({ meters: [], map }).mapAspect).toBeCloseTo(1.25, 6);
  });

  it('counts the meters and notes the plane', () => {
    expect(stageContent({ meters: [1, 2, 3], plane: {}, map })).toEqual({
      map: true,
      mapAspect: 1.25,
      meters: 3,
      plane: true,
    });
  });
});

describe('meter tracks and fills', () => {
  const area: Rect = { x: 10, y: 20, width: 200, height: 100 };

  it('stacks non-overlapping tracks inside the area', () => {
    const tracks = meterTracks(area, 5);
    expect(tracks).toHaveLength(5);
    tracks.forEach((track, i) => {
      expect(inside(track, area)).toBe(true);
      if (i > 0) expect(track.y).toBeGreaterThanOrEqual(tracks[i - 1]!.y + tracks[i - 1]!.height);
    });
    expect(meterTracks(area, 0)).toEqual([]);
  });

  it.each([
    [50, 0, 100, 100],
    [0, 0, 100, 0],
    [100, 0, 100, 200],
    [150, 0, 100, 200],
    [-5, 0, 100, 0],
    [0, -10, 10, 100],
    [5, 5, 5, 0],
  ])('value %d on [%d, %d] fills %d px of 200', (value, min, max, expected) => {
    expect(meterFillWidth({ ...area, width: 200 }, value, min, max)).toBeCloseTo(expected);
  });
});

describe('the plane', () => {
  const frame: Rect = { x: 100, y: 50, width: 200, height: 200 };
  const scale = { xMin: 0, xMax: 100, yMin: 0, yMax: 100 };

  it('maps values with y upwards and clamps outside values', () => {
    expect(planePoint(frame, scale, 0, 0)).toEqual({ x: 100, y: 250 });
    expect(planePoint(frame, scale, 100, 100)).toEqual({ x: 300, y: 50 });
    expect(planePoint(frame, scale, 50, 25)).toEqual({ x: 200, y: 200 });
    expect(planePoint(frame, scale, 200, -50)).toEqual({ x: 300, y: 250 });
  });

  it('turns a region into a rectangle in the frame', () => {
    expect(planeRegion(frame, scale, { min: 50, max: 100 }, { min: 50, max: 100 })).toEqual({
      x: 200,
      y: 50,
      width: 100,
      height: 100,
    });
  });

  it('insets a square frame inside any area', () => {
    const area: Rect = { x: 0, y: 0, width: 300, height: 200 };
    const inner = planeFrame(area);
    expect(inner.width).toBe(inner.height);
    expect(inside(inner, area)).toBe(true);
  });

  it('keeps bands for the axis names above and below the frame, for any plane size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 900 }), (side) => {
        const area = { x: 10, y: 20, width: side, height: side };
        const frame = planeFrame(area);
        const bands = planeAxisLabels(area);
        expect(inside(bands.x, area)).toBe(true);
        expect(inside(bands.y, area)).toBe(true);
        expect(overlaps(bands.x, frame)).toBe(false);
        expect(overlaps(bands.y, frame)).toBe(false);
        expect(bands.x.height).toBeGreaterThanOrEqual(14);
        expect(bands.y.height).toBeGreaterThanOrEqual(14);
        expect(bands.x.y).toBeCloseTo(frame.y + frame.height, 6);
      }),
    );
  });
});
