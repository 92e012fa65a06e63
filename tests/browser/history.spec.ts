/**
 * The browser's Back and Forward stay within the game: Back closes an auxiliary screen
 * and steps back through the screens before a game, never leaves a game in play, and
 * Forward never lands anywhere new; the spoken result of a game is not carried into
 * the next screen.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, openPage, type BrowserTest } from './harness';
import { freshStart, startGame } from './play';

async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

async function back(page: Page, expected: string | RegExp): Promise<void> {
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: expected }).waitFor();
}

export const tests: BrowserTest[] = [
  {
    name: 'Back closes an auxiliary screen and steps back before a game; never leaves a game',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      // A mark that a reload or a new page would lose.
      await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
      await page.getByRole('button', { name: 'Glossary', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      await back(page, 'Bilateral');
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
      await back(page, 'Bilateral');
      // Forward changes nothing.
      await page.goForward();
      await page.waitForTimeout(200);
      assert((await h1(page)) === 'Bilateral', `Forward stays on the title: ${await h1(page)}`);

      await startGame(page, 'us', 7);
      const briefing = await h1(page);
      await page.goBack();
      await page.waitForTimeout(200);
      assert((await h1(page)) === briefing, `Back stays in the game: ${await h1(page)}`);
      await page.goBack();
      await page.waitForTimeout(200);
      assert((await h1(page)) === briefing, `Back again stays in the game: ${await h1(page)}`);
      // An auxiliary screen opened in the game closes with Back, back to the game.
      await page.getByRole('button', { name: 'Glossary', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      await back(page, briefing);
      const mark = await page.evaluate(() => (window as unknown as { mark?: number }).mark);
      assert(mark === 1, 'the page was never left or reloaded');
      checkPage(tracked);
    },
  },
];
