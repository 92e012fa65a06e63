/**
 * The stage's names (DOM over the canvas): each meter's name and value beside its bar,
 * the axis names, the regions' names inside the regions and the countries' names, placed
 * by the same layout the scene draws with — at a laptop's and a phone's size, after the
 * window is resized and at 200% zoom — clear of the panel, hidden from screen readers.
 */
import { scenarioMap } from '../../src/data/scenarioMap';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  meterTracks,
  planeFrame,
  planeRegion,
  stageContent,
  stageLayout,
  type Rect,
} from '../../src/scenes/layout';
import { placeRect, stagePlacement } from '../../src/ui/stageLabelLayout';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
  type BrowserTest,
  type Viewport,
} from './harness';
import { freshStart, heading, shippedScenario, startGame } from './play';

/** The shipped scenario's map, as the build projects it. */
const shippedMap = scenarioMap(shippedScenario());

type Box = { x: number; y: number; width: number; height: number };
type Shown = {
  hidden: boolean;
  ariaHidden: string | null;
  pointerEvents: string;
  stage: Box;
  canvas: { width: number; height: number };
  app: Box;
  firstPanel: Box | null;
  meters: Raw[];
  axes: Raw[];
  regions: Raw[];
  countries: Raw[];
  markers: Raw[];
  panelMeters: number;
};

type Raw = {
  kind: string;
  id: string;
  text: string;
  name: string;
  value: string;
  box: Box;
  overflows: boolean;
};

/** Every visible label with its page box, read in one round trip. */
async function readLabels(page: Page): Promise<Shown> {
  // No named functions inside: the test runner's transform would reference a helper
  // that does not exist in the page.
  const raw = await page.evaluate(() => {
    const layer = document.getElementById('stage-labels')!;
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
    const [stage, app, panel] = [
      document.getElementById('stage')!,
      document.getElementById('app')!,
      document.querySelector('#app .game-bar, #app .panel'),
    ].map((el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const labels = Array.from(layer.querySelectorAll<HTMLElement>('.stage-label'))
      .filter((el) => !el.hidden)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const kind = [
          'stage-meter',
          'stage-axis',
          'stage-region',
          'stage-country',
          'stage-marker',
        ].find((c) => el.classList.contains(c));
        return {
          kind: kind ?? '',
          id: el.dataset.id ?? '',
          text: el.textContent ?? '',
          name: el.querySelector('.stage-meter-name')?.textContent ?? '',
          value: el.querySelector('.stage-meter-value')?.textContent ?? '',
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
          overflows: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        };
      });
    return {
      hidden: layer.hidden === true,
      ariaHidden: layer.getAttribute('aria-hidden'),
      pointerEvents: getComputedStyle(layer).pointerEvents,
      stage: stage!,
      canvas: { width: canvas.width, height: canvas.height },
      app: app!,
      firstPanel: panel ?? null,
      labels,
      panelMeters: document.querySelectorAll('.meters-panel .meter').length,
    };
  });
  const of = (kind: string): Raw[] => raw.labels.filter((l) => l.kind === kind);
  return {
    ...raw,
    meters: of('stage-meter'),
    axes: of('stage-axis'),
    regions: of('stage-region'),
    countries: of('stage-country'),
    markers: of('stage-marker'),
  };
}

/** Waits until the canvas has the stage's size and the labels have had a frame to follow. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    const stage = document.getElementById('stage')!.getBoundingClientRect();
    const layer = document.getElementById('stage-labels');
    return (
      !!canvas &&
      !!layer &&
      !layer.hidden &&
      Math.abs(canvas.width - stage.width) < 1 &&
      Math.abs(canvas.height - stage.height) < 1
    );
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

const within = (inner: Box, outer: Box, slack = 1) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Checks the labels on screen against the layout the scene draws with. `whole`: every
 * region's name must be written whole (a strip at 200% zoom may have to shorten one).
 */
async function checkLabels(page: Page, where: string, wide: boolean, whole = true): Promise<Shown> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  const shown = await readLabels(page);
  assert(!shown.hidden, `${where}: the labels are shown`);
  assert(shown.ariaHidden === 'true', `${where}: the labels are hidden from screen readers`);
  assert(shown.pointerEvents === 'none', `${where}: the labels never take the pointer`);
  const scenario = shippedScenario();
  const visibleMeters = scenario.meters.filter((m) => !m.hidden);
  const view = { meters: visibleMeters, plane: true, map: shippedMap };
  const { size, placement } = stagePlacement(shown.stage, shown.canvas);
  const layout = stageLayout(size, stageContent(view));
  const toPage = (r: Rect): Box => {
    const p = placeRect(r, placement);
    return { ...p, x: p.x + shown.stage.x, y: p.y + shown.stage.y };
  };

  // Meters: one row per visible meter, in order, each centred on its own bar; a phone's
  // strip leaves them to the panel, so that no name is cut.
  if (!layout.meters) {
    assert(shown.meters.length === 0, `${where}: no meter names in the strip`);
  } else {
    assert(
      JSON.stringify(shown.meters.map((m) => m.name)) ===
        JSON.stringify(visibleMeters.map((m) => m.label)),
      `${where}: meter names ${JSON.stringify(shown.meters.map((m) => m.name))}`,
    );
    assert(
      shown.meters.length === shown.panelMeters,
      `${where}: as many meter labels (${shown.meters.length}) as meters in the panel (${shown.panelMeters})`,
    );
    const tracks = meterTracks(layout.meters!, visibleMeters.length).map(toPage);
    shown.meters.forEach((meter, i) => {
      const bar = tracks[i]!;
      const centre = meter.box.y + meter.box.height / 2;
      assert(
        centre >= bar.y && centre <= bar.y + bar.height,
        `${where}: ${meter.name}'s label (centre ${centre.toFixed(1)}) beside its bar (${bar.y.toFixed(1)}–${(bar.y + bar.height).toFixed(1)})`,
      );
      assert(
        meter.box.x + meter.box.width <= bar.x + 0.5,
        `${where}: ${meter.name}'s label ends before its bar`,
      );
      assert(/^\d+$/.test(meter.value), `${where}: ${meter.name} shows its value (${meter.value})`);
    });
  }

  // Axes: under the frame and above it, with their direction.
  const x = scenario.meters.find((m) => m.id === scenario.plane.x)!.label;
  const y = scenario.meters.find((m) => m.id === scenario.plane.y)!.label;
  const frame = planeFrame(layout.plane!);
  const framePage = toPage(frame);
  const axisX = shown.axes.find((a) => a.text === `${x} →`);
  const axisY = shown.axes.find((a) => a.text === `↑ ${y}`);
  assert(axisX && axisY, `${where}: axis labels ${JSON.stringify(shown.axes.map((a) => a.text))}`);
  assert(
    axisX.box.y >= framePage.y + framePage.height - 1,
    `${where}: the x label is under the plane`,
  );
  assert(axisY.box.y + axisY.box.height <= framePage.y + 1, `${where}: the y label is above it`);
  assert(!axisX.overflows && !axisY.overflows, `${where}: the axis labels fit their bands`);

  // Regions: each name inside its own rectangle, whole lines only.
  const plane = {
    xMin: scenario.meters.find((m) => m.id === scenario.plane.x)!.min,
    xMax: scenario.meters.find((m) => m.id === scenario.plane.x)!.max,
    yMin: scenario.meters.find((m) => m.id === scenario.plane.y)!.min,
    yMax: scenario.meters.find((m) => m.id === scenario.plane.y)!.max,
  };
  assert(shown.regions.length > 0, `${where}: region names are shown`);
  for (const region of shown.regions) {
    const outcome = scenario.outcomes.find((o) => o.id === region.id);
    assert(outcome, `${where}: region label for an outcome (${region.id})`);
    const rect = toPage(planeRegion(frame, plane, outcome.x, outcome.y));
    assert(
      within(region.box, rect),
      `${where}: "${region.text}" ${JSON.stringify(region.box)} inside its region ${JSON.stringify(rect)}`,
    );
    assert(!region.overflows, `${where}: "${region.text}" fits its box`);
  }
  if (whole) {
    // Whole: a long word may be broken with a hyphen, never cut short.
    const names = shown.regions.map((r) => r.text.replace(/-\n/g, '').replace(/\n/g, ' ')).sort();
    const expected = scenario.outcomes.map((o) => o.label).sort();
    assert(
      JSON.stringify(names) === JSON.stringify(expected),
      `${where}: every region named in full (${JSON.stringify(names)})`,
    );
  }

  // Countries: both names, on the map.
  assert(layout.map !== undefined, `${where}: the shipped scenario's countries are on the map`);
  const map = toPage(layout.map);
  assert(
    JSON.stringify(shown.countries.map((c) => c.text)) ===
      JSON.stringify(scenario.roles.map((r) => r.name)),
    `${where}: country names ${JSON.stringify(shown.countries.map((c) => c.text))}`,
  );
  for (const c of shown.countries) assert(within(c.box, map), `${where}: ${c.text} on the map`);

  // Markers: the month's placed events, on the map, whole, clear of the names.
  assert(shown.markers.length > 0, `${where}: the month's events are marked on the map`);
  for (const m of shown.markers) {
    assert(within(m.box, map), `${where}: marker "${m.text}" on the map`);
    assert(!m.overflows, `${where}: marker "${m.text}" fits its box`);
    for (const c of shown.countries) {
      assert(!overlap(m.box, c.box), `${where}: marker "${m.text}" clear of ${c.text}`);
    }
  }

  // Never under the panel: right of #app on a wide screen, above the first panel otherwise.
  const all = [
    ...shown.meters,
    ...shown.axes,
    ...shown.regions,
    ...shown.countries,
    ...shown.markers,
  ];
  const viewport = { x: 0, y: 0, width: shown.stage.width, height: shown.stage.height };
  for (const label of all) {
    assert(within(label.box, viewport), `${where}: a label is off screen`);
    if (wide) {
      assert(
        label.box.x >= shown.app.x + shown.app.width,
        `${where}: a label overlaps the panel column`,
      );
    } else if (shown.firstPanel) {
      assert(!overlap(label.box, shown.firstPanel), `${where}: a label is under the panel`);
    }
  }
  return shown;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** From a fresh start to the first decision of a solo game, with the text size given. */
async function toDecision(page: Page, baseUrl: string, textScale = 1): Promise<void> {
  await freshStart(page, baseUrl, true);
  if (textScale !== 1) {
    await page.evaluate(
      (scale) =>
        localStorage.setItem(
          'bilateral.settings.v1',
          JSON.stringify({ textScale: scale, reducedMotion: true, language: 'en' }),
        ),
      textScale,
    );
    await page.reload({ waitUntil: 'load' });
    await heading(page, 'Bilateral');
  }
  await startGame(page, 'us', 7);
  await page.getByRole('button', { name: /^Begin/ }).click();
  await page.waitForFunction(() =>
    /decides$/.test(document.querySelector('h1')?.textContent ?? ''),
  );
}

const sizeName = (v: Viewport) => `${v.width}x${v.height}`;

export const tests: BrowserTest[] = [
  {
    name: 'names sit on the bars, axes, regions and countries at laptop and phone size',
    async run({ browser, baseUrl }) {
      for (const viewport of [LAPTOP, PHONE]) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await toDecision(page, baseUrl);
        const wide = viewport.width >= 1100;
        await checkLabels(page, sizeName(viewport), wide);
        await shoot(page, `stage-labels-${sizeName(viewport)}`);
        await checkAccessibility(page, `decide with stage labels (${sizeName(viewport)})`);
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'names follow the stage when the window is resized, down to 200% zoom',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, LAPTOP);
      const { page } = tracked;
      await toDecision(page, baseUrl);
      await checkLabels(page, 'before resizing', true);
      const sizes: [Viewport, boolean][] = [
        [{ width: 1280, height: 720 }, true],
        [{ width: 683, height: 384 }, false],
        [{ width: 1024, height: 768 }, false],
        [LAPTOP, true],
      ];
      for (const [viewport, wide] of sizes) {
        await page.setViewportSize(viewport);
        await checkLabels(page, `resized to ${sizeName(viewport)}`, wide, viewport.height > 400);
      }
      // Browser zoom at 200% on a 1366×768 screen: half the CSS pixels, twice the density.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 683,
        height: 384,
        deviceScaleFactor: 2,
        mobile: false,
      });
      await checkLabels(page, '200% zoom', false, false);
      // Through the same session: Playwright's own screenshot would undo the emulation.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path.join(SCREENSHOT_DIR, 'stage-labels-zoom200.png'), data, 'base64');
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      checkPage(tracked);
    },
  },
  {
    name: 'at the largest text size the names grow a little and still fit',
    async run({ browser, baseUrl }) {
      for (const viewport of [LAPTOP, PHONE]) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await toDecision(page, baseUrl, 1.5);
        await checkLabels(page, `${sizeName(viewport)}, text 150%`, viewport.width >= 1100);
        await shoot(page, `stage-labels-${sizeName(viewport)}-text150`);
        checkPage(tracked);
        await page.close();
      }
    },
  },
];
