/**
 * `npm run bench:load`: how fast the first screen becomes interactive. Serves dist/ on
 * 127.0.0.1, then for each of N cold loads (a new Chromium with an empty profile, so no
 * cache) measures the time from navigation start until the title screen's first button
 * is visible and enabled, and the same for the offline file from file://.
 * Prints each load, the median and the max; `--json` prints one JSON object.
 * Build first: `npm run build && npm run build:offline`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { ensureChromium } from './chromium';
import { launchBrowser } from '../tests/browser/harness';

const LOADS = Number(process.argv.find((a) => a.startsWith('--loads='))?.slice(8) ?? 5);

async function coldLoad(executable: string, url: string): Promise<number> {
  const browser = await launchBrowser(executable);
  try {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const first = page.getByRole('button').first();
    await first.waitFor({ state: 'visible', timeout: 10_000 });
    // Time since navigation start, read in the page once the button can be used.
    return await page.evaluate(() => {
      const button = document.querySelector('button');
      if (!button || button.disabled) return Number.NaN;
      return performance.now();
    });
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  if (!existsSync('dist/index.html') || !existsSync('dist-offline/index.html')) {
    throw new Error('Build first: npm run build && npm run build:offline');
  }
  const chromium = ensureChromium();
  if (!chromium.ok) throw new Error(chromium.message);
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const targets = {
    served: `http://127.0.0.1:${port}/`,
    offline: pathToFileURL(path.resolve('dist-offline/index.html')).href,
  };
  const results: Record<string, { loadsMs: number[]; medianMs: number; maxMs: number }> = {};
  try {
    for (const [name, url] of Object.entries(targets)) {
      const loads: number[] = [];
      for (let i = 0; i < LOADS; i += 1) loads.push(await coldLoad(chromium.path, url));
      results[name] = {
        loadsMs: loads.map((ms) => Math.round(ms)),
        medianMs: Math.round(median(loads)),
        maxMs: Math.round(Math.max(...loads)),
      };
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ loads: LOADS, ...results }, null, 2));
    return;
  }
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(8)} first screen interactive: median ${r.medianMs} ms, max ${r.maxMs} ms (loads: ${r.loadsMs.join(', ')} ms)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
