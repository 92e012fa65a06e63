import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  meterTracks,
  planeDotRadius,
  planeFrame,
  planeMarkerRadius,
  planePoint,
  planeRegion,
  stageContent,
  stageLayout,
  type Rect,
  type Size,
} from '../../src/scenes/layout';
import { countryAnchor } from '../../src/scenes/mapData';
import { usMexico } from '../scenes/maps';
import type { StageView } from '../../src/store/selectors';
import {
  fitText,
  LINE_HEIGHT,
  MIN_FONT,
  placeRect,
  stageLabels,
  stagePlacement,
  trailCircles,
  type Measure,
} from '../../src/ui/stageLabelLayout';
import { stageLabelPalette, stagePalette, theme } from '../../src/ui/theme';

/** A stand-in for the browser's text measure: every character as wide as 0.6 em. */
const measure: Measure = (text, font, bold) => text.length * font * (bold ? 0.64 : 0.6);

const EPS = 1e-6;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - EPS &&
  inner.y >= outer.y - EPS &&
  inner.x + inner.width <= outer.x + outer.width + EPS &&
  inner.y + inner.height <= outer.y + outer.height + EPS;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - EPS &&
  b.x < a.x + a.width - EPS &&
  a.y < b.y + b.height - EPS &&
  b.y < a.y + a.height - EPS;

function view(point = { x: 50, y: 75 }, meters = 7): StageView {
  const names = [
    'Cooperation',
    'Sovereignty',
    'Pressure on cartel operations',
    'Intelligence picture',
    'US domestic support',
    'Mexican domestic support',
    'Trade relationship',
    'Escalation risk',
    'Cartel violence',
  ];
  return {
    screen: 'decide',
    countries: [
      { id: 'us', name: 'United States' },
      { id: 'mx', name: 'Mexico' },
    ],
    map: usMexico,
    focusRole: 'us',
    meters: names.slice(0, meters).map((label, i) => ({
      id: `m${i}`,
      label,
      value: 10 * i,
      min: 0,
      max: 100,
      primary: i < 2,
    })),
    plane: {
      xLabel: 'Cooperation',
      yLabel: 'Sovereignty',
      xMin: 0,
      xMax: 100,
      yMin: 0,
      yMax: 100,
      path: [
        { x: 50, y: 75, turn: 0 },
        { ...point, turn: 1 },
      ],
      regions: [
        {
          id: 'partnership',
          label: 'Partnership',
          x: { min: 65, max: 100 },
          y: { min: 65, max: 100 },
        },
        {
          id: 'subordination',
          label: 'Subordination',
          x: { min: 65, max: 100 },
          y: { min: 0, max: 65 },
        },
        {
          id: 'uneasy',
          label: 'Uneasy coordination',
          x: { min: 40, max: 65 },
          y: { min: 40, max: 100 },
        },
        { id: 'standoff', label: 'Standoff', x: { min: 0, max: 40 }, y: { min: 40, max: 100 } },
        { id: 'tailspin', label: 'Tailspin', x: { min: 0, max: 65 }, y: { min: 0, max: 40 } },
      ],
    },
    reducedMotion: false,
    phaseKey: 'decide:1',
  };
}

const SIZES: [string, Size][] = [
  ['laptop 1366×768', { width: 1366, height: 768 }],
  ['1280×720', { width: 1280, height: 720 }],
  ['phone 390×844', { width: 390, height: 844 }],
  ['200% zoom 683×384', { width: 683, height: 384 }],
  ['tablet 768×1024', { width: 768, height: 1024 }],
];

describe('stageLabels', () => {
  describe.each(SIZES)('%s', (_, size) => {
    const v = view();
    const layout = stageLayout(size, stageContent(v));

    it.each([1, 1.25, 1.5])('text size %d: each meter row is centred on its bar', (textScale) => {
      const labels = stageLabels(size, v, { textScale, measure });
      if (layout.orientation === 'narrow') {
        // A strip beside the map and plane leaves the meters to the panel.
        expect(layout.meters).toBeUndefined();
        expect(labels.meters).toEqual([]);
        return;
      }
      const tracks = meterTracks(layout.meters!, v.meters.length);
      expect(labels.meters.map((m) => m.name)).toEqual(v.meters.map((m) => m.label));
      labels.meters.forEach((label, i) => {
        const track = tracks[i]!;
        const centre = label.box.y + label.box.height / 2;
        expect(centre).toBeCloseTo(track.y + track.height / 2, 6);
        expect(inside(label.box, layout.meterLabels!)).toBe(true);
        expect(overlaps(label.box, layout.meters!)).toBe(false);
        expect(label.font * LINE_HEIGHT).toBeLessThanOrEqual(label.box.height + EPS);
        expect(label.font).toBeGreaterThanOrEqual(MIN_FONT);
      });
      for (let i = 1; i < labels.meters.length; i++) {
        expect(overlaps(labels.meters[i - 1]!.box, labels.meters[i]!.box)).toBe(false);
      }
    });

    it('writes the axis names outside the frame, inside the plane’s area', () => {
      const labels = stageLabels(size, v, { textScale: 1, measure });
      const frame = planeFrame(layout.plane!);
      expect(labels.axes.map((a) => [a.axis, a.name])).toEqual([
        ['x', 'Cooperation'],
        ['y', 'Sovereignty'],
      ]);
      for (const axis of labels.axes) {
        expect(inside(axis.box, layout.plane!)).toBe(true);
        expect(overlaps(axis.box, frame)).toBe(false);
        expect(axis.font * LINE_HEIGHT).toBeLessThanOrEqual(axis.box.height + EPS);
      }
      const [x, y] = labels.axes;
      expect(x!.box.y).toBeCloseTo(frame.y + frame.height, 6);
      expect(y!.box.y + y!.box.height).toBeCloseTo(frame.y, 6);
    });

    it.each([1, 1.5])('text size %d: region names lie inside their regions', (textScale) => {
      const labels = stageLabels(size, v, { textScale, measure });
      const plane = v.plane!;
      const frame = planeFrame(layout.plane!);
      for (const label of labels.regions) {
        const region = plane.regions.find((r) => r.id === label.id)!;
        expect(inside(label.box, planeRegion(frame, plane, region.x, region.y))).toBe(true);
        expect(label.font).toBeGreaterThanOrEqual(MIN_FONT);
        for (const line of label.lines) {
          expect(measure(line, label.font, false)).toBeLessThanOrEqual(
            (label.vertical ? label.box.height : label.box.width) + EPS,
          );
        }
      }
    });

    it('names both countries inside the map, the played one marked', () => {
      const labels = stageLabels(size, v, { textScale: 1, measure });
      expect(labels.countries.map((c) => [c.name, c.focused])).toEqual([
        ['United States', true],
        ['Mexico', false],
      ]);
      for (const c of labels.countries) expect(inside(c.box, layout.map!)).toBe(true);
      expect(overlaps(labels.countries[0]!.box, labels.countries[1]!.box)).toBe(false);
    });

    it('names no country for a scenario without a map, and still labels the rest', () => {
      const elsewhere: StageView = { ...v, countries: [{ id: 'us', name: 'United States' }] };
      delete elsewhere.map;
      const labels = stageLabels(size, elsewhere, { textScale: 1, measure });
      expect(labels.countries).toEqual([]);
      if (layout.orientation === 'narrow') return;
      expect(labels.meters.map((m) => m.name)).toEqual(v.meters.map((m) => m.label));
      const bars = stageLayout(size, stageContent(elsewhere)).meters!;
      const tracks = meterTracks(bars, v.meters.length);
      labels.meters.forEach((label, i) => {
        const centre = tracks[i]!.y + tracks[i]!.height / 2;
        expect(label.box.y + label.box.height / 2).toBeCloseTo(centre, 6);
      });
    });

    it('keeps every box inside the visuals', () => {
      const labels = stageLabels(size, v, { textScale: 1.5, measure });
      const boxes = [
        ...labels.meters.map((l) => l.box),
        ...labels.axes.map((l) => l.box),
        ...labels.regions.map((l) => l.box),
        ...labels.countries.map((l) => l.box),
      ];
      for (const box of boxes) expect(inside(box, layout.visuals)).toBe(true);
    });
  });

  it('sets every region name whole on a laptop, and none on top of the marker anywhere', () => {
    const size = { width: 1366, height: 768 };
    const whole = stageLabels(size, view(), { textScale: 1, measure });
    expect(whole.regions.map((r) => r.lines.join(' '))).toEqual([
      'Partnership',
      'Subordination',
      'Uneasy coordination',
      'Standoff',
      'Tailspin',
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...SIZES.map(([, s]) => s)),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(1, 1.25, 1.5),
        (s, x, y, textScale) => {
          const v = view({ x, y });
          const layout = stageLayout(s, stageContent(v));
          const frame = planeFrame(layout.plane!);
          const marker = planePoint(frame, v.plane!, x, y);
          const r = planeMarkerRadius(frame);
          for (const label of stageLabels(s, v, { textScale, measure }).regions) {
            const b = label.box;
            const dx = Math.max(b.x - marker.x, 0, marker.x - (b.x + b.width));
            const dy = Math.max(b.y - marker.y, 0, marker.y - (b.y + b.height));
            expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(r);
          }
        },
      ),
    );
  });

  it('grows a little with the text-size setting, never past the rows', () => {
    const size = { width: 1366, height: 768 };
    const small = stageLabels(size, view(), { textScale: 1, measure });
    const large = stageLabels(size, view(), { textScale: 1.5, measure });
    const a = small.meters[0]!.font;
    const b = large.meters[0]!.font;
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThanOrEqual(a * 1.5);
    expect(b * LINE_HEIGHT).toBeLessThanOrEqual(large.meters[0]!.box.height);
  });

  it('writes nothing but the countries without a game, and nothing without a scenario', () => {
    const size = { width: 1366, height: 768 };
    const title = { ...view(), meters: [], plane: undefined, focusRole: undefined };
    delete title.plane;
    delete title.focusRole;
    const labels = stageLabels(size, title, { textScale: 1, measure });
    expect(labels.meters).toEqual([]);
    expect(labels.axes).toEqual([]);
    expect(labels.regions).toEqual([]);
    expect(labels.countries.map((c) => c.focused)).toEqual([false, false]);
    const empty = stageLabels(
      size,
      { ...title, countries: [], map: undefined },
      { textScale: 1, measure },
    );
    expect(empty.countries).toEqual([]);
  });
});

describe('markers', () => {
  const markers: NonNullable<StageView['markers']> = [
    { id: 'event:a', kind: 'event', icon: 'trade', country: 'USA', label: '25% tariff order' },
    { id: 'event:b', kind: 'event', icon: 'alert', country: 'USA', label: 'Cartels designated' },
    {
      id: 'move:c',
      kind: 'move',
      icon: 'ships',
      country: 'MEX',
      label: 'US warships off the coast',
    },
    {
      id: 'move:d',
      kind: 'move',
      icon: 'aircraft',
      country: 'MEX',
      label: 'Surveillance flights asked',
    },
  ];

  it.each(SIZES)(
    '%s: each marker sits on the map, clear of the names and of each other',
    (_, size) => {
      const v = { ...view(), markers };
      const layout = stageLayout(size, stageContent(v));
      const labels = stageLabels(size, v, { textScale: 1.5, measure });
      const ids = labels.markers.map((m) => m.id);
      // A tiny map keeps the rows it has room for; the others show every one.
      if (size.height >= 700) expect(ids).toEqual(markers.map((m) => m.id));
      else expect(ids.length).toBeGreaterThan(0);
      const boxes = [
        ...labels.countries.map((c) => c.box),
        ...labels.markers.map((m) => ({
          ...m.iconBox,
          width: m.box.x + m.box.width - m.iconBox.x,
        })),
      ];
      for (const box of boxes) expect(inside(box, layout.map!)).toBe(true);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      }
      for (const m of labels.markers) {
        expect(measure(m.label, m.font, true)).toBeLessThanOrEqual(m.box.width);
      }
    },
  );

  it('draws none without a map, and none for a country the map lacks', () => {
    const v = { ...view(), markers: [{ ...markers[0]!, country: 'CAN' }] };
    expect(stageLabels({ width: 1366, height: 768 }, v, { textScale: 1, measure }).markers).toEqual(
      [],
    );
  });
});

describe('fitText', () => {
  it('uses the largest font at which whole words fit, wrapping as needed', () => {
    const fit = fitText('Uneasy coordination', 80, 40, 12, 8, measure)!;
    expect(fit.truncated).toBe(false);
    expect(fit.lines).toEqual(['Uneasy', 'coordination']);
    expect(fit.font).toBe(11);
    const wide = fitText('Uneasy coordination', 400, 40, 12, 8, measure)!;
    expect(wide).toMatchObject({ lines: ['Uneasy coordination'], font: 12 });
  });

  it('breaks a long word with a hyphen at the smallest font when the lines fit', () => {
    const fit = fitText('Uneasy coordination', 30, 40, 12, 8, measure)!;
    expect(fit.truncated).toBe(false);
    expect(fit.lines).toEqual(['Uneasy', 'coord-', 'inat-', 'ion']);
    for (const line of fit.lines) expect(measure(line, 8, false)).toBeLessThanOrEqual(30);
  });

  it('shortens long words with an ellipsis at the smallest font, keeping three letters', () => {
    const fit = fitText('Uneasy coordination', 30, 20, 12, 8, measure)!;
    expect(fit.truncated).toBe(true);
    expect(fit.font).toBe(8);
    expect(fit.lines).toEqual(['Uneasy', 'coord…']);
    for (const line of fit.lines) expect(measure(line, 8, false)).toBeLessThanOrEqual(30);
    expect(fitText('Uneasy coordination', 15, 20, 12, 8, measure)).toBeUndefined();
  });

  it('ends the last line that fits with an ellipsis', () => {
    const fit = fitText('one two three four five', 60, 10, 12, 8, measure)!;
    expect(fit.lines).toHaveLength(1);
    expect(fit.lines[0]!.endsWith('…')).toBe(true);
    expect(fit.height).toBeLessThanOrEqual(10);
  });

  it('cuts a last line after a one-letter word to that letter and an ellipsis', () => {
    // Found by the property below: "a a" in a 10 × 10 box at the 8 px minimum font.
    const fit = fitText('a a', 10, 10, 12, 8, measure);
    expect(fit?.lines).toEqual(['a…']);
  });

  it('holds for any text and box: lines within the width, block within the height', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (words, width, height) => {
          const fit = fitText(words.join(' '), width, height, 12, 8, measure);
          if (!fit) return;
          expect(fit.font).toBeGreaterThanOrEqual(8);
          expect(fit.height).toBeLessThanOrEqual(height + EPS);
          for (const line of fit.lines) {
            expect(measure(line, fit.font, false)).toBeLessThanOrEqual(width + EPS);
            // A shortened line keeps at least three characters of text, unless the whole
            // line is shorter than that (e.g. "a…", the last line cut after a one-letter word).
            const kept = line.replace('…', '').length;
            expect(kept).toBeGreaterThanOrEqual(
              Math.min(3, line.length - (line.endsWith('…') ? 1 : 0)),
            );
          }
        },
      ),
    );
  });
});

describe('stagePlacement', () => {
  it('is the identity when the canvas matches its box', () => {
    const box = { width: 1366, height: 768 };
    expect(stagePlacement(box, { width: 1366, height: 768 })).toEqual({
      size: box,
      placement: { scale: 1, x: 0, y: 0 },
    });
    // A fractional box (browser zoom) against its whole-pixel canvas: the box's size.
    expect(
      stagePlacement({ width: 1241.6, height: 698.4 }, { width: 1241, height: 698 }).size,
    ).toEqual({ width: 1241.6, height: 698.4 });
  });

  it('follows object-fit: cover while the canvas still has an older size', () => {
    const { size, placement } = stagePlacement(
      { width: 1351, height: 768 },
      { width: 1366, height: 768 },
    );
    expect(size).toEqual({ width: 1366, height: 768 });
    expect(placement.scale).toBe(1);
    expect(placement.x).toBeCloseTo(-7.5);
    const placed = placeRect({ x: 100, y: 50, width: 10, height: 20 }, placement);
    expect(placed).toEqual({ x: 92.5, y: 50, width: 10, height: 20 });
    const grown = stagePlacement({ width: 800, height: 600 }, { width: 400, height: 200 });
    expect(grown.placement.scale).toBe(3);
    expect(grown.placement.y).toBe(0);
    expect(grown.placement.x).toBe(-200);
  });
});

describe('country anchors', () => {
  /** Even-odd test of a point against a ring of [x0, y0, x1, y1, …]. */
  function inRing(ring: number[], x: number, y: number): boolean {
    let within = false;
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[2 * i]!;
      const yi = ring[2 * i + 1]!;
      const xj = ring[2 * j]!;
      const yj = ring[2 * j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
    }
    return within;
  }

  it.each(usMexico.countries.map((c) => [c.name, c] as const))(
    '%s: the name’s anchor lies on its land',
    (_, country) => {
      const a = countryAnchor(country);
      expect(country.rings.some((ring) => inRing(ring, a.x, a.y))).toBe(true);
    },
  );
});

describe('label colours', () => {
  const channels = (c: number) => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff];
  const blend = (top: number, alpha: number, under: number) => {
    const t = channels(top);
    const u = channels(under);
    return t.reduce((acc, v, i) => (acc << 8) | Math.round(v * alpha + u[i]! * (1 - alpha)), 0);
  };
  const luminance = (c: number) => {
    const [r, g, b] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: number, b: number) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const bg = theme.colors.background;
  const planeBg = blend(stagePalette.panel, 0.85, bg);
  const land = stagePalette.land.flatMap((c) => [c, blend(c, stagePalette.landDimmed, bg)]);
  const regions = stagePalette.regions.map((c) => blend(c, stagePalette.regionAlpha, planeBg));

  it.each([
    ['meter names and values on the background', stageLabelPalette.text, [bg]],
    ['axis names on the background and the plane', stageLabelPalette.text, [bg, planeBg]],
    ['country names on the land, plain or dimmed', stageLabelPalette.text, land],
    ['region names on every region', stageLabelPalette.muted, regions],
    ['any name on its halo', stageLabelPalette.text, [stageLabelPalette.halo]],
    ['region names on their halo', stageLabelPalette.muted, [stageLabelPalette.halo]],
  ] as const)('%s: at least 4.5:1', (_, text, grounds) => {
    for (const ground of grounds) expect(contrast(text, ground)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('region names and the trail', () => {
  it.each(SIZES)('%s: names are set across and kept off a trail when there is room', (_, size) => {
    const v = view({ x: 45, y: 70 });
    v.plane!.path = [
      { x: 50, y: 75, turn: 0 },
      { x: 30, y: 70, turn: 1 },
      { x: 45, y: 70, turn: 2 },
    ];
    const labels = stageLabels(size, v, { textScale: 1, measure });
    const layout = stageLayout(size, stageContent(v));
    const frame = planeFrame(layout.plane!);
    const points = v.plane!.path.map((p) => planePoint(frame, v.plane!, p.x, p.y));
    const trail = trailCircles(points, planeDotRadius(frame));
    for (const region of labels.regions) {
      expect(region.vertical).toBe(false);
      const box = region.box;
      const hit = trail.some((c) => {
        const dx = Math.max(box.x - c.x, 0, c.x - (box.x + box.width));
        const dy = Math.max(box.y - c.y, 0, c.y - (box.y + box.height));
        return Math.hypot(dx, dy) < c.r;
      });
      expect(hit, `${region.id} clear of the trail`).toBe(false);
    }
  });
});
