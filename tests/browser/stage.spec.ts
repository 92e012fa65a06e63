/**
 * The Phaser stage, driven through the real UI: it draws the map where the layout puts
 * it, redraws when the game changes, holds still under reduced motion, animates
 * otherwise, and lets the game loop sleep when nothing changes.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { stageLayout, type Rect } from '../../src/scenes/layout';
import { stagePalette } from '../../src/ui/theme';
import { assert, checkPage, LAPTOP, openPage, PHONE, type BrowserTest } from './harness';
import {
  decideByMouse,
  freshStart,
  h1Text,
  heading,
  nextScreen,
  respondByMouse,
  startGame,
  turnScreen,
} from './play';

/** The stage's background, theme.colors.background. */
const BACKGROUND = [0x10, 0x18, 0x20] as const;

/** The canvas alone: the DOM layer is hidden while the screenshot is taken. */
async function canvasShot(page: Page): Promise<Buffer> {
  await page.evaluate(() =>
    document.getElementById('app')?.style.setProperty('visibility', 'hidden'),
  );
  try {
    return await page.locator('#stage canvas').screenshot({ animations: 'allow' });
  } finally {
    await page.evaluate(() => document.getElementById('app')?.style.removeProperty('visibility'));
  }
}

/**
 * Share of pixels in each rectangle that differ clearly from the background, or with
 * `colours` given, that are one of those colours (0xRRGGBB, within a rounding error).
 */
async function pixelShare(
  page: Page,
  png: Buffer,
  rects: Rect[],
  colours: readonly number[] = [],
): Promise<number[]> {
  return page.evaluate(
    async ({ base64, rects, bg, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const surface = document.createElement('canvas');
      surface.width = image.width;
      surface.height = image.height;
      const context = surface.getContext('2d');
      if (!context) return rects.map(() => 0);
      context.drawImage(image, 0, 0);
      // The reference colours as flat RGB triples: the background, or the wanted colours.
      // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
      const refs =
        colours.length === 0
          ? [...bg]
          : colours.flatMap((c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255]);
      return rects.map((r) => {
        const x = Math.max(0, Math.floor(r.x));
        const y = Math.max(0, Math.floor(r.y));
        const w = Math.max(1, Math.min(image.width - x, Math.floor(r.width)));
        const h = Math.max(1, Math.min(image.height - y, Math.floor(r.height)));
        const { data } = context.getImageData(x, y, w, h);
        let hits = 0;
        for (let i = 0; i < data.length; i += 4) {
          let near = false;
          for (let k = 0; k < refs.length && !near; k += 3) {
            const d =
              Math.abs(data[i]! - refs[k]!) +
              Math.abs(data[i + 1]! - refs[k + 1]!) +
              Math.abs(data[i + 2]! - refs[k + 2]!);
            near = colours.length === 0 ? d <= 24 : d <= 3;
          }
          // Drawn: far from the background; otherwise: near one of the colours.
          if (colours.length === 0 ? !near : near) hits += 1;
        }
        return hits / (w * h);
      });
    },
    { base64: png.toString('base64'), rects, bg: BACKGROUND, colours: [...colours] },
  );
}

/** Share of pixels in each rectangle that differ clearly from the background. */
function drawnShare(page: Page, png: Buffer, rects: Rect[]): Promise<number[]> {
  return pixelShare(page, png, rects);
}

/** Share of the whole canvas in one of the map's land colours (as drawn, not dimmed). */
async function landShare(page: Page, png: Buffer): Promise<number> {
  const size = await canvasSize(page);
  const [share] = await pixelShare(page, png, [{ x: 0, y: 0, ...size }], stagePalette.land);
  return share ?? 0;
}

async function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  await page.locator('#stage canvas').waitFor();
  return page.evaluate(() => {
    const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
    return { width: canvas.width, height: canvas.height };
  });
}

/** Counts animation frames the page requests, to see whether the game loop sleeps. */
async function countFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { frames_requested: number };
    w.frames_requested = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      w.frames_requested += 1;
      return original(callback);
    };
  });
}

const framesRequested = (page: Page) =>
  page.evaluate(() => (window as unknown as { frames_requested: number }).frames_requested);

type Shots = { before: Buffer; first: Buffer; second: Buffer };

/**
 * From the briefing, plays the first month until its report is on screen. Before each
 * step the stage is left `settleMs` to come to rest; right after each step's click the
 * canvas is photographed twice, 50 ms apart. Returns those of the last step, with the
 * canvas as it was before that step's click.
 */
async function toFirstReport(page: Page, settleMs = 0): Promise<Shots> {
  await page.getByRole('button', { name: /^Begin/ }).click();
  await page.waitForFunction(() =>
    /decides$/.test(document.querySelector('h1')?.textContent ?? ''),
  );
  for (let step = 0; step < 6; step++) {
    const screen = await turnScreen(page);
    if (screen !== 'decide' && screen !== 'respond') {
      throw new Error(`unexpected screen ${screen} before the first report`);
    }
    await page.waitForTimeout(settleMs);
    const still = await canvasShot(page);
    const before = await h1Text(page);
    if (screen === 'decide') await decideByMouse(page, 2);
    else await respondByMouse(page);
    const first = await canvasShot(page);
    await page.waitForTimeout(50);
    const second = await canvasShot(page);
    await nextScreen(page, before);
    if ((await turnScreen(page)) === 'report') return { before: still, first, second };
  }
  throw new Error('no report after six steps');
}

export const tests: BrowserTest[] = [
  {
    name: 'the map is drawn where the layout puts it, laptop and phone',
    async run({ browser, baseUrl }) {
      for (const viewport of [LAPTOP, PHONE]) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await freshStart(page, baseUrl);
        const size = await canvasSize(page);
        assert(
          size.width === viewport.width && size.height === viewport.height,
          `the canvas fills the window: ${JSON.stringify(size)}`,
        );
        await page.waitForTimeout(500);
        const layout = stageLayout(size, { map: true, meters: 0, plane: false });
        const outside: Rect =
          layout.orientation === 'wide'
            ? { x: 0, y: 0, width: layout.visuals.x - 1, height: size.height }
            : {
                x: 0,
                y: layout.visuals.y + layout.visuals.height + 2,
                width: size.width,
                height: size.height / 2,
              };
        const [inMap, elsewhere] = await drawnShare(page, await canvasShot(page), [
          layout.map!,
          outside,
        ]);
        assert(inMap! > 0.25, `${viewport.width}px: the map covers its box (${inMap})`);
        assert(
          elsewhere! < 0.001,
          `${viewport.width}px: nothing drawn outside the visuals (${elsewhere})`,
        );
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'a game adds meters and the plane, and a month’s result redraws them',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl);
      await page.waitForTimeout(400);
      const title = await canvasShot(page);
      await startGame(page, 'us', 7);
      await page.waitForTimeout(1200);
      const briefing = await canvasShot(page);
      assert(!title.equals(briefing), 'the canvas changes when the game starts');
      const size = await canvasSize(page);
      const meters = await page.evaluate(
        () => document.querySelectorAll('.meters-panel .meter').length,
      );
      const layout = stageLayout(size, { map: true, meters: Math.max(1, meters), plane: true });
      const [plane, bars] = await drawnShare(page, briefing, [layout.plane!, layout.meters!]);
      assert(plane! > 0.5, `the plane is drawn (${plane})`);
      assert(bars! > 0.2, `the meter bars are drawn (${bars})`);
      await toFirstReport(page);
      await page.waitForTimeout(1200);
      const report = await canvasShot(page);
      assert(!report.equals(briefing), 'the canvas changes after a month is resolved');
      checkPage(tracked);
    },
  },
  {
    name: 'a crisis between countries the map does not show gets no map; the shipped one does',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await startGame(page, 'us', 7);
      await page.waitForTimeout(600);
      const shipped = await landShare(page, await canvasShot(page));
      assert(shipped > 0.01, `the shipped crisis shows its countries (${shipped})`);

      await freshStart(page, baseUrl, true);
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Choose a scenario');
      const other = readFileSync('tests/fixtures/ui-dev.yaml', 'utf8');
      await page.getByLabel('Or paste the text of a scenario file').fill(other);
      await page.getByRole('button', { name: 'Check and load the pasted text' }).click();
      await page.getByRole('button', { name: 'Play The river dispute' }).click();
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await page.getByRole('button', { name: 'Begin: March 2025' }).click();
      await heading(page, 'March 2025: Upland decides');
      await page.waitForTimeout(600);
      const shot = await canvasShot(page);
      const none = await landShare(page, shot);
      assert(none === 0, `no map for Upland and Lowland (${none} of the canvas in land colours)`);
      const size = await canvasSize(page);
      const meters = await page.evaluate(
        () => document.querySelectorAll('.meters-panel .meter').length,
      );
      const layout = stageLayout(size, { map: false, meters: Math.max(1, meters), plane: true });
      const [plane, bars] = await drawnShare(page, shot, [layout.plane!, layout.meters!]);
      assert(plane! > 0.5, `the plane takes the room instead (${plane})`);
      assert(bars! > 0.2, `the meter bars start at the top (${bars})`);
      checkPage(tracked);
    },
  },
  {
    name: 'under reduced motion the stage shows final values at once; otherwise it animates',
    async run({ browser, baseUrl }) {
      for (const reduced of [true, false]) {
        const tracked = await openPage(browser, baseUrl);
        const { page } = tracked;
        await freshStart(page, baseUrl);
        await page.getByRole('button', { name: 'Settings', exact: true }).click();
        await heading(page, 'Settings');
        const box = page.getByLabel('Reduce motion', { exact: false });
        if (reduced) await box.check();
        else await box.uncheck();
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await heading(page, 'Bilateral');
        await startGame(page, 'mx', 11);
        const shots = await toFirstReport(page, 1200);
        const { first, second } = shots;
        await page.waitForTimeout(1200);
        const settled = await canvasShot(page);
        assert(!shots.before.equals(settled), 'the month’s result changes the stage');
        if (reduced) {
          assert(first.equals(second), 'reduced motion: two frames 50 ms apart are identical');
          assert(first.equals(settled), 'reduced motion: the first frame is already the final one');
        } else {
          assert(!first.equals(settled), 'with motion: the stage animates towards the new values');
        }
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'the game loop sleeps while nothing changes',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await countFrames(page);
      await freshStart(page, baseUrl);
      await page.waitForTimeout(1000);
      const start = await framesRequested(page);
      await page.waitForTimeout(1000);
      const idle = (await framesRequested(page)) - start;
      assert(idle <= 2, `an idle second requested ${idle} animation frames`);
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(600);
      const size = await canvasSize(page);
      assert(size.width === PHONE.width, `the canvas follows a resize (${size.width})`);
      const layout = stageLayout(size, { map: true, meters: 0, plane: false });
      const [inMap] = await drawnShare(page, await canvasShot(page), [layout.map!]);
      assert(inMap! > 0.25, `after the resize the map is redrawn in its new box (${inMap})`);
      checkPage(tracked);
    },
  },
];
