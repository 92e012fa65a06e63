/**
 * Saves and scenario files gone wrong: a reload mid-game resumes exactly where it was; a
 * corrupt save is reported with "Start fresh", which keeps it under another key; a
 * scenario file with problems lists them exactly as `npm run validate` prints them; an
 * author's own file can be pasted in, checked, played, and resumed after a reload.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, loadScenario } from '../../src/data';
import {
  assert,
  checkAccessibility,
  checkPage,
  openPage,
  screenshot,
  type BrowserTest,
} from './harness';
import {
  decideByMouse,
  engineHash,
  freshStart,
  h1Text,
  heading,
  nextScreen,
  readShown,
  respondByMouse,
  SAVE_KEY,
  startGame,
} from './play';

/** A scenario file with several problems at once, as an author might write it. */
const BROKEN = readFileSync('tests/fixtures/several-mistakes.yaml', 'utf8');

export const tests: BrowserTest[] = [
  {
    name: 'the offline single file loads the scenario and starts a game from file://',
    async run({ browser, offlineUrl }) {
      const tracked = await openPage(browser, offlineUrl);
      const { page } = tracked;
      await freshStart(page, offlineUrl, true);
      await startGame(page, 'mx', 12);
      const begin = await h1Text(page);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await nextScreen(page, begin);
      const decide = await h1Text(page);
      await decideByMouse(page, 1);
      await nextScreen(page, decide);
      const save = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY))!);
      assert(save.log.length >= 2, 'the offline game autosaves from file://');
      assert((await engineHash(page)).length > 0, 'and its save replays');
      checkPage(tracked);
    },
  },
  {
    name: 'a reload mid-game resumes the same state at the same screen',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await startGame(page, 'us', 99);
      const begin = await h1Text(page);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await nextScreen(page, begin);
      // Play until the second month's decision.
      for (let i = 0; i < 10 && !(await h1Text(page)).includes('March'); i++) {
        const before = await h1Text(page);
        if (before.endsWith('decides')) await decideByMouse(page, 1);
        else if (before.endsWith('answers')) await respondByMouse(page);
        else await page.getByRole('button', { name: /^Go on to/ }).click();
        await nextScreen(page, before);
      }
      const where = await h1Text(page);
      assert(where.includes('March'), `reached March (${where})`);
      const hash = await engineHash(page);
      const log = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY))!).log
        .length;
      assert(log > 0, 'the game autosaved its actions');
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'Bilateral');
      await checkAccessibility(page, 'title with a saved game');
      await screenshot(page, 'title-resume-1366x768');
      await page.getByRole('button', { name: 'Resume saved game' }).click();
      await heading(page, where);
      assert((await engineHash(page)) === hash, 'the resumed game has the same state hash');
      checkPage(tracked);
    },
  },
  {
    name: 'a corrupt save shows its message; Start fresh keeps it under another key',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await page.evaluate((key) => {
        localStorage.clear();
        localStorage.setItem(key, '{"saveVersion": 1, "log": [');
      }, SAVE_KEY);
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'The saved game could not be opened');
      const shown = await readShown(page);
      assert(
        shown.text.includes('The save is damaged and cannot be read'),
        'the problem is said in words',
      );
      await checkAccessibility(page, 'save problem');
      await screenshot(page, 'save-problem-1366x768');
      await page.getByRole('button', { name: 'Start fresh' }).click();
      await heading(page, 'Bilateral');
      const stored = await page.evaluate(() => ({ ...localStorage }));
      assert(!(SAVE_KEY in stored), 'the bad save is moved out of the way');
      const archived = Object.entries(stored).find(([k]) => k.startsWith(`${SAVE_KEY}.archived.`));
      assert(archived?.[1] === '{"saveVersion": 1, "log": [', 'the bad save is kept, unchanged');
      assert(
        (await page.getByRole('button', { name: 'Resume saved game' }).count()) === 0,
        'nothing to resume',
      );
      // An outdated save is refused the same way.
      await page.evaluate(
        (key) => localStorage.setItem(key, JSON.stringify({ saveVersion: 0 })),
        SAVE_KEY,
      );
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'The saved game could not be opened');
      assert(
        (await readShown(page)).text.includes('another version of Bilateral'),
        'outdated save explained',
      );
      checkPage(tracked);
    },
  },
  {
    name: 'a broken scenario lists its problems as validate prints them; an author file plays',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await page.evaluate((text) => {
        localStorage.clear();
        localStorage.setItem('bilateral.devScenario', text);
        localStorage.setItem('bilateral.devScenario.name', 'broken.yaml');
      }, BROKEN);
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Choose a scenario');
      // The kept file is checked in the background: listed as being checked until then.
      await page.locator('.scenario-broken .problems li').first().waitFor();
      const expected = loadScenario(BROKEN, 'broken.yaml');
      assert(!expected.ok, 'the test file is broken');
      const listed = await page.locator('.scenario-broken .problems li').allTextContents();
      const printed = expected.ok ? [] : expected.problems.map(formatProblem);
      assert(
        JSON.stringify(listed) === JSON.stringify(printed),
        `problems on screen:\n${listed.join('\n')}\nvalidate prints:\n${printed.join('\n')}`,
      );
      assert(listed.length >= 3, `several problems at once (${listed.length})`);
      await checkAccessibility(page, 'scenarios with a broken file');
      await screenshot(page, 'scenarios-broken-1366x768');

      // Paste a good file: it is checked, listed and playable.
      const good = readFileSync('tests/fixtures/ui-dev.yaml', 'utf8');
      await page.getByLabel('Or paste the text of a scenario file').fill(good);
      await page.getByRole('button', { name: 'Check and load the pasted text' }).click();
      await page.getByText('The scenario The river dispute has no problems').waitFor();
      await page.getByRole('button', { name: 'Play The river dispute' }).click();
      await heading(page, 'Choose your side');
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await heading(page, 'Briefing: Upland');
      await page.getByRole('button', { name: 'Begin: March 2025' }).click();
      await heading(page, 'March 2025: Upland decides');
      // After a reload the saved game of the author's file resumes: the kept file is
      // checked (in the worker) while the page opens, because the save needs it.
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('button', { name: 'Resume saved game' }).click();
      await heading(page, 'March 2025: Upland decides');
      checkPage(tracked);
    },
  },
];
