/**
 * `npm run bench:load`: how fast the game's first screen becomes interactive, against a
 * bare Phaser page in the same run, and how long a scenario takes to load when chosen.
 *
 * Each load is a new headless Chromium with an empty profile (nothing cached). The pages,
 * served side by side from 127.0.0.1 by one plain static server, are:
 * - game: `dist/`, interactive when it marks `bilateral:interactive` (title mounted);
 * - phaser: Phaser's prebuilt file (`node_modules/phaser/dist/phaser.min.js`) with one
 *   text and one button, interactive when its scene has created them;
 * - offline: the offline single file from file://, for reference.
 * They alternate, load after load, with the CPU at normal speed and slowed 4× (DevTools'
 * CPU throttling: a low-end school Chromebook). Each page records the time, from
 * navigation start, at which its button could be used. Medians, and game ÷ phaser.
 *
 * Then, at 4×, choosing a scenario to its briefing: once the first screen is idle (the
 * stage drawn, nothing loading), the time from the click on "Play …" to the setup
 * screen, plus from "Start the briefing" to the briefing drawn. The scenario is fetched
 * when chosen: clicked back to back, its whole load falls between the two clicks; with
 * a second's pause on the setup screen, as a player takes, it is done before Start.
 *
 * Build first: `npm run build && npm run build:offline`. `--loads N` (5), `--json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/harness';
import { ensureChromium } from './chromium';

const { values: args } = parseArgs({
  options: { loads: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } },
  strict: true,
});
const LOADS = Number(args.loads);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error('--loads takes a whole number ≥ 1');
const RATES = [1, 4] as const;

/** The bare Phaser page: one text, one button, Canvas like the game's stage. */
const PHASER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Phaser</title>
<style>html, body { margin: 0; height: 100%; background: #10161f; }</style></head>
<body><script src="phaser.min.js"></script><script>
new Phaser.Game({
  type: Phaser.CANVAS,
  width: window.innerWidth,
  height: window.innerHeight,
  backgroundColor: '#10161f',
  banner: false,
  audio: { noAudio: true },
  scene: {
    create() {
      this.add.text(40, 40, 'Bilateral', { fontSize: '40px', color: '#ffffff' });
      const button = this.add
        .text(40, 120, 'New game', { fontSize: '24px', color: '#10161f', backgroundColor: '#ffd166', padding: { x: 16, y: 8 } })
        .setInteractive({ useHandCursor: true })
        .on('pointerdown', () => button.setText('Started'));
      performance.mark('interactive');
    },
  },
});
</script></body></html>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** `/` serves dist/, `/phaser/` the bare Phaser page; both as files, uncompressed. */
function serve(): Promise<{ server: Server; base: string }> {
  const phaser = readFileSync('node_modules/phaser/dist/phaser.min.js');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body: Buffer | string | undefined;
    let file = url.pathname;
    if (file === '/phaser/') [body, file] = [PHASER_PAGE, 'index.html'];
    else if (file === '/phaser/phaser.min.js') body = phaser;
    else {
      if (file.endsWith('/')) file += 'index.html';
      const full = path.join('dist', path.normalize(file));
      if (full.startsWith('dist') && existsSync(full)) body = readFileSync(full);
    }
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** A new Chromium with an empty profile and the CPU slowed `rate` times. */
async function freshPage(executable: string, rate: number) {
  const browser = await launchBrowser(executable);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { browser, page };
}

/** The time (ms from navigation start) at which the page marked `mark`. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    polling: 50,
    timeout: 60_000,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

async function coldLoad(executable: string, url: string, mark: string, rate: number) {
  const { browser, page } = await freshPage(executable, rate);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await markTime(page, mark);
  } finally {
    await browser.close();
  }
}

/**
 * Clicks "Play …", then "Start the briefing" once the setup screen is there (at once, or
 * after `pauseMs`, as a player reading it would), and times both in the page: until the
 * setup screen is in the DOM, then from the second click until the frame that draws the
 * briefing begins (its layout is done by then: the new heading has taken focus). A
 * string, so that nothing of the runner's transform reaches the page.
 */
const chooseToBriefingScript = (pauseMs: number) => `(async () => {
  const app = document.getElementById('app');
  const heading = () => (document.querySelector('h1')?.textContent ?? '').trim();
  const until = (test) => new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (test()) { observer.disconnect(); resolve(); }
    });
    observer.observe(app, { childList: true, subtree: true, characterData: true });
  });
  const start = performance.now();
  document.querySelector('.scenario-card:not(.scenario-broken) button.primary').click();
  await until(() => heading() === 'Choose your side');
  const toSetup = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, ${pauseMs}));
  const again = performance.now();
  document.querySelector('form.setup-form button[type="submit"]').click();
  await until(() => heading().startsWith('Briefing'));
  const drawn = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  return { toSetup, toBriefing: drawn - again, total: toSetup + drawn - again };
})()`;

type ChooseTimes = { toSetup: number; toBriefing: number; total: number };

async function chooseToBriefing(executable: string, url: string, rate: number, pauseMs: number) {
  const { browser, page } = await freshPage(executable, rate);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await markTime(page, 'bilateral:interactive');
    // The first screen's idle work done: the stage drawn and nothing left to fetch.
    await page.locator('#stage canvas').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    return (await page.evaluate(chooseToBriefingScript(pauseMs))) as ChooseTimes;
  } finally {
    await browser.close();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (n: number) => Math.round(n);

async function main(): Promise<void> {
  if (!existsSync('dist/index.html') || !existsSync('dist-offline/index.html')) {
    throw new Error('Build first: npm run build && npm run build:offline');
  }
  const chromium = ensureChromium();
  if (!chromium.ok) throw new Error(chromium.message);
  const { server, base } = await serve();
  const pages = [
    { name: 'game', url: base, mark: 'bilateral:interactive' },
    { name: 'phaser', url: `${base}phaser/`, mark: 'interactive' },
    {
      name: 'offline',
      url: pathToFileURL(path.resolve('dist-offline/index.html')).href,
      mark: 'bilateral:interactive',
    },
  ];
  const loads: Record<string, number[]> = {};
  /** Back to back: the scenario loads between the two clicks. Paused: a second on setup. */
  const choose: Record<'backToBack' | 'paused', ChooseTimes[]> = { backToBack: [], paused: [] };
  try {
    for (let i = 0; i < LOADS; i += 1) {
      for (const rate of RATES) {
        // Alternating, and in turn first, so neither page always runs on a warmer machine.
        const order = i % 2 === 0 ? pages : [...pages].reverse();
        for (const { name, url, mark } of order) {
          (loads[`${name}@${rate}x`] ??= []).push(await coldLoad(chromium.path, url, mark, rate));
        }
      }
      choose.backToBack.push(await chooseToBriefing(chromium.path, base, 4, 0));
      choose.paused.push(await chooseToBriefing(chromium.path, base, 4, 1000));
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const medians = Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, median(v)]));
  const byRate = RATES.map((rate) => ({
    cpu: `${rate}x`,
    gameMs: ms(medians[`game@${rate}x`]!),
    phaserMs: ms(medians[`phaser@${rate}x`]!),
    offlineMs: ms(medians[`offline@${rate}x`]!),
    ratio: Number((medians[`game@${rate}x`]! / medians[`phaser@${rate}x`]!).toFixed(2)),
  }));
  const summary = (times: ChooseTimes[]) => ({
    toSetupMs: ms(median(times.map((c) => c.toSetup))),
    toBriefingMs: ms(median(times.map((c) => c.toBriefing))),
    totalMs: ms(median(times.map((c) => c.total))),
    totalsMs: times.map((c) => ms(c.total)),
  });
  const scenario = {
    cpu: '4x',
    backToBack: summary(choose.backToBack),
    paused: summary(choose.paused),
  };
  if (args.json) {
    const raw = Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, v.map(ms)]));
    console.log(JSON.stringify({ loads: LOADS, firstScreen: byRate, raw, scenario }, null, 2));
    return;
  }
  console.log(
    `First screen interactive, median of ${LOADS} cold loads each (ms from navigation start):`,
  );
  for (const r of byRate) {
    console.log(
      `  CPU ${r.cpu.padEnd(3)} game ${String(r.gameMs).padStart(5)}   bare Phaser ${String(r.phaserMs).padStart(5)}   ratio ${r.ratio.toFixed(2)}   (offline file ${r.offlineMs})`,
    );
  }
  for (const [key, values] of Object.entries(loads)) {
    console.log(`    ${key.padEnd(12)} ${values.map(ms).join(', ')}`);
  }
  console.log(`Choosing a scenario to its briefing, CPU 4x, median of ${LOADS}:`);
  const said = {
    backToBack: 'Start clicked as soon as the setup screen shows',
    paused: 'Start clicked after a second on the setup screen',
  };
  for (const key of ['backToBack', 'paused'] as const) {
    const r = scenario[key];
    console.log(
      `  ${said[key]}: ${r.totalMs} ms (Play → setup ${r.toSetupMs} ms, Start → briefing ` +
        `${r.toBriefingMs} ms; totals ${r.totalsMs.join(', ')})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
