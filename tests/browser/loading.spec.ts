/**
 * What loads when: the first screen without Phaser, the scenarios or the YAML parser; the
 * stage and the game's screens once it is idle; a scenario when it is chosen; the parser
 * only for an author's own file, in a worker, also from the offline file; and a part
 * that cannot be fetched is said on screen, with a way to try again.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { formatProblem, loadScenario } from '../../src/data';
import { assert, checkPage, openPage, type Browser, type BrowserTest } from './harness';
import { freshStart, heading, shippedScenario, startGame } from './play';

const CHUNKS = {
  scenario: /\/assets\/cartel-strikes-2025-[\w-]+\.js$/,
  stage: /\/assets\/stage-[\w-]+\.js$/,
  laterScreens: /\/assets\/laterScreens-[\w-]+\.js$/,
  /** Only an author's own file needs these: the checking worker and the loader. */
  authorOnly: /\/assets\/(compileScenario|scenarioCheck\.worker)-[\w-]+\.js$/,
};

/** The scripts the page has requested so far, and the workers it has started. */
function recordLoads(page: Page) {
  const scripts: string[] = [];
  const workers: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  return {
    scripts,
    workers,
    loaded: (pattern: RegExp) => scripts.some((url) => pattern.test(url)),
  };
}

/** A fresh page on the scenario screen, recording what it loads from there on. */
async function scenarioScreen(browser: Browser, url: string) {
  const tracked = await openPage(browser, url);
  await freshStart(tracked.page, url);
  const loads = recordLoads(tracked.page);
  await tracked.page.getByRole('button', { name: 'New game' }).click();
  await heading(tracked.page, 'Choose a scenario');
  return { tracked, page: tracked.page, loads };
}

async function checkPasted(page: Page, text: string): Promise<void> {
  await page.getByLabel('Or paste the text of a scenario file').fill(text);
  await page.getByRole('button', { name: 'Check and load the pasted text' }).click();
}

const SEVERAL_MISTAKES = readFileSync('tests/fixtures/several-mistakes.yaml', 'utf8');

/** A well-formed file the loader takes a while over: many glossary entries. */
function longFile(): string {
  const good = readFileSync('tests/fixtures/ui-dev.yaml', 'utf8');
  const terms = Array.from(
    { length: 3000 },
    (_, i) => `  - term: Term ${i}\n    definition: The meaning of term ${i}.\n    cites: []\n`,
  ).join('');
  return good.replace(/^glossary:.*$/m, `glossary:\n${terms}`);
}

export const tests: BrowserTest[] = [
  {
    name: 'the first screen needs no scenario, parser or Phaser; the stage loads once it is idle',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl);
      const loads = recordLoads(page);
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'Bilateral');
      // The idle work: the stage and the game's screens, nothing else.
      await page.locator('#stage canvas').waitFor();
      await page.waitForLoadState('networkidle');
      assert(loads.loaded(CHUNKS.stage), `the stage loaded when idle: ${loads.scripts.join(', ')}`);
      assert(loads.loaded(CHUNKS.laterScreens), 'the game’s screens loaded when idle');
      assert(!loads.loaded(CHUNKS.scenario), 'no scenario loads before one is chosen');
      assert(!loads.loaded(CHUNKS.authorOnly), 'the YAML parser and schema never load here');

      await startGame(page, 'us', 3, async (screen) => {
        if (screen === 'scenarios') {
          assert(!loads.loaded(CHUNKS.scenario), 'the scenario list needs only the list entries');
        }
      });
      assert(loads.loaded(CHUNKS.scenario), 'the chosen scenario loaded');
      await page.getByRole('button', { name: /^Begin/ }).click();
      await heading(page, /decides$/);
      assert(!loads.loaded(CHUNKS.authorOnly), 'a game never loads the YAML parser or schema');
      assert(loads.workers.length === 0, 'nor starts a worker');
      checkPage(tracked);
    },
  },
  {
    name: 'an author’s file is checked in a worker; the page never runs the parser itself',
    async run({ browser, baseUrl }) {
      const { tracked, page, loads } = await scenarioScreen(browser, baseUrl);
      await page.getByLabel('Load a scenario file').setInputFiles({
        name: 'long.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(longFile()),
      });
      await page.getByText('Checking long.yaml…').waitFor();
      // Replaced at once by another file: the first check is stopped, not waited for.
      await checkPasted(page, SEVERAL_MISTAKES);
      await page.locator('.scenario-broken .problems li').first().waitFor();
      const expected = loadScenario(SEVERAL_MISTAKES, 'my-scenario.yaml');
      const listed = await page.locator('.scenario-broken .problems li').allTextContents();
      assert(
        !expected.ok &&
          JSON.stringify(listed) === JSON.stringify(expected.problems.map(formatProblem)),
        `problems as validate prints them:\n${listed.join('\n')}`,
      );
      assert(
        loads.workers.some((url) => /scenarioCheck\.worker/.test(url)),
        'a worker checked it',
      );
      assert(
        !loads.loaded(/\/assets\/compileScenario-/),
        'the page itself never loaded the loader',
      );
      assert(
        (await page.locator('#own-status').textContent())?.startsWith('Problems found') === true,
        'the status speaks of the last file',
      );
      checkPage(tracked);
    },
  },
  {
    name: 'an author’s kept file is not read at start-up, only when the scenario screen opens',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl);
      await page.evaluate((text) => {
        localStorage.setItem('bilateral.devScenario', text);
        localStorage.setItem('bilateral.devScenario.name', 'long.yaml');
      }, longFile());
      const loads = recordLoads(page);
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'Bilateral');
      await page.waitForLoadState('networkidle');
      const workersStarted = () => loads.workers.length;
      assert(workersStarted() === 0, 'no check at start-up');
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Choose a scenario');
      await page
        .getByRole('button', { name: 'Play The river dispute' })
        .waitFor({ timeout: 60_000 });
      assert(workersStarted() === 1, 'checked in a worker once the list is shown');
      const title = shippedScenario().meta.title;
      assert(
        (await page.getByRole('button', { name: `Play ${title}` }).count()) === 1,
        'the shipped scenario is listed beside it',
      );
      checkPage(tracked);
    },
  },
  {
    name: 'the offline file checks an author’s file in its inlined worker, from file://',
    async run({ browser, offlineUrl }) {
      const { tracked, page, loads } = await scenarioScreen(browser, offlineUrl);
      await checkPasted(page, SEVERAL_MISTAKES);
      await page.locator('.scenario-broken .problems li').first().waitFor();
      assert(
        loads.workers.some((url) => url.startsWith('blob:')),
        'a worker from a blob: URL',
      );
      await checkPasted(page, readFileSync('tests/fixtures/ui-dev.yaml', 'utf8'));
      await page.getByRole('button', { name: 'Play The river dispute' }).click();
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await heading(page, 'Briefing: Upland');
      checkPage(tracked);
    },
  },
  {
    name: 'a scenario that cannot be fetched is said on screen, and Try again loads it',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await page.route(CHUNKS.scenario, (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: `Play ${shippedScenario().meta.title}` }).click();
      await heading(page, 'Choose your side');
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await heading(page, 'This part of the game could not be loaded');
      assert(
        (await page.getByRole('alert').textContent())?.includes('nothing of your game is lost') ===
          true,
        'says what happened and that nothing is lost',
      );
      await page.unroute(CHUNKS.scenario);
      await page.getByRole('button', { name: 'Try again' }).click();
      await heading(page, 'Choose your side');
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await heading(page, /^Briefing/);
      // The failed fetch is a network error the page reports itself; nothing else went wrong.
      tracked.problems.consoleErrors = tracked.problems.consoleErrors.filter(
        (text) => !text.includes('ERR_INTERNET_DISCONNECTED'),
      );
      checkPage(tracked);
    },
  },
];
