/**
 * A whole game by keyboard alone: Tab to move, Space to tick and choose, Enter to press.
 * Checks that focus lands on each new screen's heading and that every control needed to
 * play is reachable in the tab order.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, openPage, type BrowserTest } from './harness';
import { engineState, freshStart, h1Text, nextScreen, screenOf, shippedScenario } from './play';

/**
 * Presses Tab until the focused element satisfies `test`, a JavaScript expression over
 * `el` (the focused element). Fails after `max` presses.
 */
async function tabTo(page: Page, test: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      `(() => { const el = document.activeElement; return !!el && (${test}); })()`,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached an element where ${test}`);
}

const buttonNamed = (text: string) =>
  `el.tagName === 'BUTTON' && el.textContent.includes(${JSON.stringify(text)})`;

async function pressAndWait(page: Page, key: string): Promise<void> {
  const before = await h1Text(page);
  await page.keyboard.press(key);
  await nextScreen(page, before);
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert(focused === 'H1', `after "${before}", focus is on ${focused}, not the new heading`);
}

export const tests: BrowserTest[] = [
  {
    name: 'a whole game by keyboard alone, focus on each new heading',
    async run({ browser, baseUrl }) {
      const scenario = shippedScenario();
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await tabTo(page, buttonNamed('New game'));
      await pressAndWait(page, 'Enter');
      await tabTo(page, buttonNamed(`Play ${scenario.meta.title}`));
      await pressAndWait(page, 'Enter');
      // The side is a radio group: arrows move the choice from the first side to the second.
      await tabTo(page, `el.name === 'side'`);
      await page.keyboard.press('ArrowDown');
      const side = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      assert(side === `solo-${scenario.roles[1]!.id}`, `the arrow chose ${side}`);
      await tabTo(page, buttonNamed('Start the briefing'));
      await pressAndWait(page, 'Enter');
      await tabTo(page, buttonNamed('Begin'));
      await pressAndWait(page, 'Enter');

      for (let guard = 0; guard < 60; guard++) {
        const kind = screenOf(await h1Text(page));
        if (kind === 'debrief') break;
        if (kind === 'decide') {
          await tabTo(page, `el.name === 'option' && !el.disabled && !el.checked`);
          await page.keyboard.press('Space');
          await tabTo(page, `el.type === 'submit'`);
        } else if (kind === 'respond') {
          const groups = await page.locator('fieldset.answers').count();
          for (let g = 0; g < groups; g++) {
            await tabTo(
              page,
              `el.type === 'radio' && !document.querySelector('input[name="' + el.name + '"]:checked')`,
            );
            await page.keyboard.press('Space');
          }
          await tabTo(page, `el.type === 'submit'`);
        } else if (kind === 'report') {
          await tabTo(page, `${buttonNamed('Go on to')} || ${buttonNamed('See the debrief')}`);
        } else {
          throw new Error(`unexpected ${kind}`);
        }
        await pressAndWait(page, 'Enter');
      }
      const state = await engineState(page);
      assert(state.phase === 'ended', 'the keyboard game reached the debrief');
      const role = scenario.roles[1]!.id;
      const made = state.history.flatMap((r) => r.moves.filter((m) => m.role === role));
      // Setup's default length is the shortest the scenario offers.
      const short = scenario.calendar.lengths[0]!.turns;
      assert(
        state.history.length === short,
        `a game of ${state.history.length} months, not ${short}`,
      );
      assert(made.length === short, `${made.length} moves made by keyboard`);
      await tabTo(page, buttonNamed('Download the table (CSV)'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      assert(download.suggestedFilename().endsWith('.csv'), 'the CSV downloads by keyboard');
      checkPage(tracked);
    },
  },
];
