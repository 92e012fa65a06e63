/**
 * A small harness for browser tests: real headless Chromium driven by playwright-core
 * against the built game served on 127.0.0.1. Every page opened through `openPage`
 * records console errors, uncaught exceptions and any request that leaves 127.0.0.1;
 * `checkPage` fails a test on any of them.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENSHOT_DIR = path.resolve('screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export type Viewport = { width: number; height: number };
export const LAPTOP: Viewport = { width: 1366, height: 768 };
export const PHONE: Viewport = { width: 390, height: 844 };
export const LARGE: Viewport = { width: 1920, height: 1080 };

export type PageProblems = {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
};

export type TrackedPage = { page: Page; problems: PageProblems };

export type Browser = {
  context: BrowserContext;
  close(): Promise<void>;
};

export async function launchBrowser(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bilateral-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: LAPTOP,
  });
  // The test files are compiled with names kept, which wraps a named function inside a
  // function passed to page.evaluate in a call to a helper that exists only in Node.
  await context.addInitScript('globalThis.__name ??= (f) => f');
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to these schemes never leave the machine. */
function isLocal(url: string): boolean {
  if (/^(data|blob|about|file|chrome-extension|devtools):/.test(url)) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport: Viewport = LAPTOP,
): Promise<TrackedPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    if (!isLocal(request.url())) problems.foreignRequests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fails on console errors, uncaught exceptions or requests that left 127.0.0.1. */
export function checkPage({ problems }: TrackedPage): void {
  assert(problems.pageErrors.length === 0, `uncaught errors: ${problems.pageErrors.join(' | ')}`);
  assert(
    problems.consoleErrors.length === 0,
    `console errors: ${problems.consoleErrors.join(' | ')}`,
  );
  assert(
    problems.foreignRequests.length === 0,
    `requests left 127.0.0.1: ${problems.foreignRequests.join(', ')}`,
  );
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
};

/** Runs axe-core in the page (WCAG 2.x A and AA rules) and fails on any violation. */
export async function checkAccessibility(page: Page, screen: string): Promise<void> {
  const injected = await page.evaluate('typeof window.axe !== "undefined"');
  if (!injected) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  const summary = violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    )
    .join('\n  ');
  assert(violations.length === 0, `axe violations on ${screen}:\n  ${summary}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Samples the canvas through a screenshot and counts distinct colours: a blank or
 * failed canvas has one. Reading back the WebGL buffer directly would need
 * preserveDrawingBuffer, which the game should not pay for.
 */
export async function canvasColourCount(page: Page): Promise<number> {
  const canvas = page.locator('#stage canvas');
  const png = await canvas.screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const surface = document.createElement('canvas');
    surface.width = image.width;
    surface.height = image.height;
    const context = surface.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return colours.size;
  }, png.toString('base64'));
}

export type BrowserTest = {
  name: string;
  run(context: { browser: Browser; baseUrl: string; offlineUrl: string }): Promise<void>;
};
