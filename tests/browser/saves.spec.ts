/**
 * Saves and scenario files gone wrong: a reload mid-game resumes exactly where it was; a
 * corrupt save is reported with "Start fresh", which keeps it under another key; a
 * scenario file with problems lists them exactly as `npm run validate` prints them; an
 * author's own file can be pasted in, checked, played, and resumed after a reload.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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

/** Where the second saved game is kept. */
const SLOT_2 = `${SAVE_KEY}.slot2`;

/** One step of play on whatever game screen is up. */
async function step(page: Page): Promise<void> {
  const before = await h1Text(page);
  if (before.endsWith('decides')) await decideByMouse(page, 1);
  else if (before.endsWith('answers')) await respondByMouse(page);
  else await page.getByRole('button', { name: /^Go on to/ }).click();
  await nextScreen(page, before);
}

const readKeyIn = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

const logLength = (page: Page, key: string) =>
  page.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw === null ? -1 : (JSON.parse(raw) as { log: unknown[] }).log.length;
  }, key);

/**
 * Fills the page's storage (one filler key) until no more than `room` characters fit
 * beside what is there. Returns the filler's length.
 */
async function fillStorage(page: Page, room: number): Promise<number> {
  return page.evaluate((left) => {
    let lo = 0;
    let hi = 12_000_000;
    while (hi - lo > 1_000) {
      const mid = Math.floor((lo + hi) / 2);
      try {
        localStorage.setItem('filler', 'x'.repeat(mid));
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    const size = Math.max(0, lo - left);
    localStorage.setItem('filler', 'x'.repeat(size));
    return size;
  }, room);
}

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
  {
    name: 'two tabs playing at once never overwrite each other, and the stale one says so',
    async run({ browser, baseUrl }) {
      const one = await openPage(browser, baseUrl);
      const first = one.page;
      await freshStart(first, baseUrl, true);
      await startGame(first, 'us', 21);
      const begin = await h1Text(first);
      await first.getByRole('button', { name: /^Begin/ }).click();
      await nextScreen(first, begin);
      await step(first);
      // A second tab of the same browser opens the saved game and resumes it.
      const two = await openPage(browser, baseUrl);
      const second = two.page;
      await heading(second, 'Bilateral');
      const at = await h1Text(first);
      await second.getByRole('button', { name: 'Resume saved game' }).click();
      await heading(second, at);
      // Both say at once that the game is open in another tab, before either saves.
      for (const page of [first, second]) {
        await page.locator('.saves-notice').getByText('is open in another tab too').waitFor();
      }
      // The first tab plays on: the second says so at once.
      await step(first);
      const firstLog = await logLength(first, SAVE_KEY);
      const firstSave = await readKeyIn(first, SAVE_KEY);
      const alert = second.locator('.saves-notice');
      await alert.getByText('Another tab has just saved this game').waitFor();
      await checkAccessibility(second, 'game with another tab’s save');
      await screenshot(second, 'saves-other-tab-1366x768');
      // The stale tab plays on: the newer save is untouched; its game has its own slot.
      await step(second);
      await alert.getByText('is now kept as saved game 2').waitFor();
      assert((await readKeyIn(first, SAVE_KEY)) === firstSave, 'the newer save is not overwritten');
      assert((await logLength(second, SLOT_2)) > 0, 'the stale tab’s game is kept in slot 2');
      // Both go on, each in its own slot.
      await step(first);
      await step(second);
      assert(
        (await readKeyIn(first, SAVE_KEY)) !== firstSave &&
          (await logLength(first, SAVE_KEY)) >= firstLog,
        'the first tab still saves slot 1',
      );
      // The stale tab can still take up the other tab's game, from its notice.
      await alert.getByRole('button', { name: 'Open the other tab’s game' }).click();
      await heading(second, await h1Text(first));
      await second.reload({ waitUntil: 'load' });
      await heading(second, 'Bilateral');
      const list = second.locator('.saved-games li');
      assert((await list.count()) === 2, 'both games are listed');
      await one.page.close();
      checkPage(two);
    },
  },
  {
    name: 'a new game never overwrites a saved one; deleting one asks first',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await startGame(page, 'us', 3);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await heading(page, /decides$/);
      const saved = await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY);
      await page.getByRole('button', { name: 'Main menu' }).click();
      await heading(page, 'Bilateral');
      await startGame(page, 'mx', 4);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await heading(page, /decides$/);
      assert(
        (await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)) === saved,
        'the first game is kept as it was',
      );
      await page.getByRole('button', { name: 'Main menu' }).click();
      await heading(page, 'Bilateral');
      const list = page.locator('.saved-games li');
      assert((await list.count()) === 2, 'two saved games are listed');
      const texts = await list.allTextContents();
      assert(
        texts[0]!.includes('United States') && texts[1]!.includes('Mexico'),
        `each names who plays: ${texts.join(' / ')}`,
      );
      await checkAccessibility(page, 'title with saved games');
      await screenshot(page, 'saved-games-1366x768');
      // Delete asks first; "Keep it" keeps it.
      await page.getByRole('button', { name: 'Delete saved game 1' }).click();
      await page.getByText('Delete saved game 1 (').waitFor();
      await page.getByRole('button', { name: 'Keep it' }).click();
      assert((await list.count()) === 2, 'kept when the player says so');
      await page.getByRole('button', { name: 'Delete saved game 1' }).click();
      await page.getByRole('button', { name: 'Delete it' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.saved-games li').length === 1);
      await page.waitForFunction(
        () => document.getElementById('announcer')?.textContent === 'Saved game 1 was deleted.',
      );
      assert(
        (await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)) === null,
        'deleted once confirmed',
      );
      // The other resumes from the list.
      await page.getByRole('button', { name: /^Resume .*saved game 2/ }).click();
      await heading(page, /decides$/);
      // With every slot taken, New game says so instead of starting a game.
      await page.evaluate(
        ([key]) => {
          const raw = localStorage.getItem(`${key}.slot2`)!;
          for (const n of [1, 3, 4, 5])
            localStorage.setItem(n === 1 ? key! : `${key}.slot${n}`, raw);
        },
        [SAVE_KEY],
      );
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'Bilateral');
      await page.getByRole('button', { name: 'New game' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'saves-full');
      assert(
        (await page.locator('#saves-full').textContent())!.includes('all are taken'),
        'the page says why no new game starts',
      );
      await heading(page, 'Bilateral');
      checkPage(tracked);
    },
  },
  {
    name: 'an author’s file too big to keep is said so, and chosen again after a reload',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      const own = readFileSync('tests/fixtures/ui-dev.yaml', 'utf8').replace(
        'id: river-dispute',
        'id: own-river',
      );
      const big = `${own}\n# ${'padding '.repeat(30_000)}\n`;
      await fillStorage(page, 100_000);
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Choose a scenario');
      await page.getByLabel('Or paste the text of a scenario file').fill(big);
      await page.getByRole('button', { name: 'Check and load the pasted text' }).click();
      await page
        .locator('.saves-notice')
        .getByText('is too big for this browser’s storage')
        .waitFor();
      await page.getByRole('button', { name: 'Play The river dispute' }).click();
      await heading(page, 'Choose your side');
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await page.getByRole('button', { name: 'Begin: March 2025' }).click();
      await heading(page, 'March 2025: Upland decides');
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'The saved game could not be opened');
      assert(
        (await readShown(page)).text.includes('Choose the file again to resume the game'),
        'the file is asked for again',
      );
      await checkAccessibility(page, 'save needs its file again');
      await screenshot(page, 'save-needs-file-1366x768');
      await page.getByLabel('Choose “my-scenario.yaml” again').setInputFiles({
        name: 'river.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(big, 'utf8'),
      });
      await heading(page, 'March 2025: Upland decides');
      checkPage(tracked);
    },
  },
  {
    name: 'a big bad save that cannot be archived stays, offered as a download',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      const bad = `{"saveVersion": 2, "log": [${'0,'.repeat(1_500_000)}`;
      await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [SAVE_KEY, bad]);
      await fillStorage(page, 1_000);
      await page.reload({ waitUntil: 'load' });
      await heading(page, 'The saved game could not be opened');
      await page.getByRole('button', { name: 'Start fresh' }).click();
      await heading(page, 'Bilateral');
      const notice = page.locator('.saves-notice');
      await notice.getByText('could not be set aside either').waitFor();
      await checkAccessibility(page, 'title with a save not archived');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: 'Download the save' }).click(),
      ]);
      assert(
        readFileSync(await download.path(), 'utf8') === bad,
        'the download is the save, unchanged',
      );
      // Room again: the next game takes another slot and leaves the bad save as it is.
      await page.evaluate(() => localStorage.removeItem('filler'));
      await startGame(page, 'us', 8);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await heading(page, /decides$/);
      assert(
        (await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)) === bad,
        'the bad save is never overwritten',
      );
      assert((await logLength(page, SLOT_2)) >= 0, 'the new game is in slot 2');
      checkPage(tracked);
    },
  },
];
