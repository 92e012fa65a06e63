/**
 * The three-government fixture, set on the Nile (its roles' countries are Ethiopia, Sudan
 * and Egypt, and it shows South Sudan besides), played in the browser as an author's
 * file and bundled into a build of its own: the stage draws its countries, with their
 * roles' names and a marker where its event happens, and never the United States or
 * Mexico.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { assert, checkPage, LAPTOP, openPage, PHONE, type BrowserTest } from './harness';
import { freshStart, heading } from './play';

const FIXTURE = 'tests/fixtures/delta-accord.yaml';
const OWN = ['Highland Republic', 'Central Union', 'Delta Kingdom', 'S. Sudan'];
const CODES = ['ETH', 'SDN', 'EGY', 'SSD'];

/** The stage's country names and markers as drawn, and whether its canvas holds land. */
async function stageShows(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('.stage-country').length > 0);
  await page.waitForTimeout(400);
  // No named helpers inside: the bundler would wrap them in a function the page lacks.
  return page.evaluate(() => {
    const countries = [...document.querySelectorAll<HTMLElement>('.stage-country')].filter(
      (el) => !el.hidden,
    );
    const markers = [...document.querySelectorAll<HTMLElement>('.stage-marker')].filter(
      (el) => !el.hidden,
    );
    return {
      countries: countries.map((el) => el.textContent ?? ''),
      codes: countries.map((el) => el.dataset.id ?? ''),
      markers: markers.map((el) => el.textContent ?? ''),
    };
  });
}

async function playFirstSeason(page: Page, where: string): Promise<void> {
  await page.getByRole('button', { name: 'Start the briefing' }).click();
  await heading(page, /^Briefing/);
  const briefing = await stageShows(page);
  assert(
    JSON.stringify(briefing.codes) === JSON.stringify(CODES),
    `${where}: the briefing's map shows the fixture's countries (${briefing.codes.join(', ')})`,
  );
  await page.getByRole('button', { name: 'Begin: Dry season, year one' }).click();
  await heading(page, /Dry season, year one/);
  const shown = await stageShows(page);
  assert(
    JSON.stringify(shown.countries) === JSON.stringify(OWN),
    `${where}: the roles' countries carry their names (${shown.countries.join(', ')})`,
  );
  assert(
    shown.markers.includes('Fishing season'),
    `${where}: the season's event is marked on Egypt (${shown.markers.join(', ')})`,
  );
  for (const name of ['United States', 'Mexico']) {
    assert(!shown.countries.includes(name), `${where}: ${name} is never on this map`);
  }
  assert(!shown.codes.includes('USA') && !shown.codes.includes('MEX'), `${where}: no USA or MEX`);
}

/** Builds the game with the fixture as its only bundled scenario, into a folder of its own. */
async function buildWithFixture(): Promise<{ dir: string; outDir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bilateral-delta-'));
  mkdirSync(path.join(dir, 'scenarios', 'delta-accord'), { recursive: true });
  cpSync(FIXTURE, path.join(dir, 'scenarios', 'delta-accord', 'scenario.yaml'));
  const outDir = path.join(dir, 'dist');
  const before = process.env.BILATERAL_SCENARIOS;
  process.env.BILATERAL_SCENARIOS = path.join(dir, 'scenarios');
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.BILATERAL_SCENARIOS;
    else process.env.BILATERAL_SCENARIOS = before;
  }
  return { dir, outDir };
}

export const tests: BrowserTest[] = [
  {
    name: 'as an author’s file, it draws its own countries and marks its event, laptop and phone',
    async run({ browser, baseUrl }) {
      for (const viewport of [LAPTOP, PHONE]) {
        const where = `${viewport.width}px`;
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await freshStart(page, baseUrl, true);
        await page.getByRole('button', { name: 'New game' }).click();
        await heading(page, 'Choose a scenario');
        await page
          .getByLabel('Or paste the text of a scenario file')
          .fill(readFileSync(FIXTURE, 'utf8'));
        await page.getByRole('button', { name: 'Check and load the pasted text' }).click();
        await page.getByRole('button', { name: 'Play The Delta Accord' }).click();
        await playFirstSeason(page, where);
        if (viewport === PHONE) {
          // The strip scrolls away with the page: nothing of the stage behind the text. The
          // stage and its labels move up by exactly as much as the page scrolls (a fixed
          // strip would stay put behind the text).
          const moved = await page.evaluate(() => {
            window.scrollTo(0, 0);
            const top = (id: string) => document.getElementById(id)?.getBoundingClientRect().top;
            const before = { stage: top('stage'), labels: top('stage-labels') };
            window.scrollTo(0, document.documentElement.scrollHeight);
            const scrolled = window.scrollY;
            return {
              scrolled,
              stage: (before.stage ?? 0) - (top('stage') ?? 0),
              labels: (before.labels ?? 0) - (top('stage-labels') ?? 0),
            };
          });
          assert(
            moved.scrolled > 0 &&
              Math.abs(moved.stage - moved.scrolled) < 1 &&
              Math.abs(moved.labels - moved.scrolled) < 1,
            `${where}: the stage scrolls away with the text (${JSON.stringify(moved)})`,
          );
        }
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'bundled into a build of its own, it draws its own countries and never the first map',
    async run({ browser }) {
      const { dir, outDir } = await buildWithFixture();
      const server = await preview({
        logLevel: 'silent',
        build: { outDir },
        preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      });
      try {
        const address = server.httpServer.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const url = `http://127.0.0.1:${port}/`;
        const tracked = await openPage(browser, url);
        const { page } = tracked;
        await freshStart(page, url, true);
        await page.getByRole('button', { name: 'New game' }).click();
        await heading(page, 'Choose a scenario');
        await page.getByRole('button', { name: 'Play The Delta Accord' }).click();
        await playFirstSeason(page, 'bundled');
        checkPage(tracked);
        await page.close();
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
