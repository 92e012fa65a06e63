/**
 * The debrief of a finished game, opened from a save made in Node: its first screen
 * (outcome, scores against the start and the bots' ranges, the turning point) fits
 * above the sections, which stay closed until opened; it is axe-clean and usable at
 * laptop, large and phone sizes; and printed to PDF on US Letter the summary takes at
 * most three pages while the full record is the separate, longer choice.
 */
import type { Page } from 'playwright-core';
import { createGame, toSave } from '../../src/engine';
import { makeBot, playGame } from '../../src/engine/bots';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  LARGE,
  openPage,
  PHONE,
  screenshot,
  type BrowserTest,
} from './harness';
import { SAVE_KEY, shippedCompiled, shippedScenario } from './play';

/** A finished game (solo as `role`, or two teams), stored as the autosave, every screen seen. */
function finishedSave(role: string, seed: number): string {
  const compiled = shippedCompiled();
  const teams = role === 'teams';
  const start = createGame(compiled, {
    humanRoles: teams ? compiled.source.roles.map((r) => r.id) : [role],
    mode: teams ? 'teams' : 'solo',
    seed,
  });
  const { state, log } = playGame(compiled, start, makeBot('greedy', seed));
  return JSON.stringify({
    ...toSave(state, log),
    progress: { briefingSeen: true, reportsSeen: state.history.length },
  });
}

/** Opens the page with the save stored, resumes it and waits for the debrief. */
export async function openDebrief(page: Page, baseUrl: string, save: string): Promise<void> {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
      localStorage.setItem(
        'bilateral.settings.v1',
        JSON.stringify({ textScale: 1, reducedMotion: true, language: 'en' }),
      );
    },
    [SAVE_KEY, save] as const,
  );
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('button', { name: 'Resume saved game' }).click();
  await page.getByRole('heading', { level: 1, name: /^Debrief/ }).waitFor();
}

/** Pages of the PDF the page prints to on US Letter. */
async function printedPages(page: Page, mode: 'summary' | 'full'): Promise<number> {
  // The print buttons set the page up, then call window.print, which a test cannot close.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  const label = mode === 'summary' ? /^Print a summary/ : 'Print the full record';
  await page.getByRole('button', { name: label }).click();
  if (mode === 'summary') {
    // Letter at 96 dpi less the margins, as the paper shows it, to look at.
    const viewport = page.viewportSize();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 701, height: 941 });
    await screenshot(page, 'debrief-print-summary');
    // Back to the page's own media (a PDF made under emulated screen media would not print).
    await page.emulateMedia({ media: null });
    if (viewport) await page.setViewportSize(viewport);
  }
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export const tests: BrowserTest[] = [
  {
    name: 'the debrief opens on its first screen; the summary prints on at most 3 Letter pages',
    async run({ browser, baseUrl }) {
      const scenario = shippedScenario();
      for (const [role, seed] of [
        ['us', 3],
        ['mx', 5],
      ] as const) {
        const tracked = await openPage(browser, baseUrl, LAPTOP);
        const { page } = tracked;
        await openDebrief(page, baseUrl, finishedSave(role, seed));
        const text = ((await page.locator('#app').textContent()) ?? '').replace(/\s+/g, ' ');
        assert(text.includes('The turning point'), 'the turning point is shown');
        assert(/Started at \d/.test(text), 'each score against its start');
        assert(/Played at random, this government scores/.test(text), 'the bots’ ranges');
        assert(text.includes('played by you'), 'the player’s government');
        assert(
          (text.match(/played by you/g) ?? []).length === 1,
          '“played by you” once in a solo game',
        );
        for (const r of scenario.roles) assert(text.includes(`${r.name}:`), `score of ${r.name}`);
        // The sections are closed until opened.
        const open = await page.locator('details.debrief-section[open]').count();
        assert(open === 0, `${open} sections open at first`);
        const summary = await printedPages(page, 'summary');
        const full = await printedPages(page, 'full');
        console.log(`  ${role}: debrief prints ${summary} pages (summary), ${full} (full record)`);
        assert(summary <= 3, `the summary prints on ${summary} Letter pages`);
        assert(full > summary, `the full record (${full} pages) is longer than the summary`);
        // Printing left the page as it was.
        const after = await page.locator('details.debrief-section[open]').count();
        assert(after === 0, 'printing put the sections back as they were');
        if (role === 'mx') {
          // The spoken result belongs to the debrief: it is gone once the next game begins.
          const announcer = page.locator('#announcer');
          await page.waitForFunction(() =>
            document.getElementById('announcer')?.textContent?.startsWith('The game is over'),
          );
          await page.getByRole('button', { name: 'Play again' }).click();
          await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
          await page.waitForTimeout(100);
          const left = (await announcer.textContent()) ?? '';
          assert(left === '', `the live region still says: ${left}`);
        }
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'the debrief at laptop, large and phone sizes: first screen measured, axe-clean, by keyboard',
    async run({ browser, baseUrl }) {
      const save = finishedSave('us', 3);
      for (const [name, viewport] of [
        ['laptop', LAPTOP],
        ['large', LARGE],
        ['phone', PHONE],
      ] as const) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await openDebrief(page, baseUrl, save);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const first = await page
          .locator('.debrief-first')
          .evaluate((e) => Math.round(e.getBoundingClientRect().bottom + window.scrollY));
        console.log(
          `  ${name}: debrief ${height} px tall with its sections closed; its first screen ends at ${first} px`,
        );
        assert(
          height < (name === 'phone' ? 3800 : 2600),
          `the debrief is ${height} px tall at ${name} size`,
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
        );
        assert(!overflow, `no sideways scrolling at ${name} size`);
        await checkAccessibility(page, `debrief (${name})`);
        await screenshot(page, `debrief-${name}`);
        if (name === 'laptop') {
          // A section opens by keyboard.
          await page.locator('#section-questions > summary').focus();
          await page.keyboard.press('Enter');
          const opened = await page
            .locator('#section-questions')
            .evaluate((d) => (d as HTMLDetailsElement).open);
          assert(opened, 'the questions open by keyboard');
          await checkAccessibility(page, 'debrief with a section open');
        }
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'a two-team debrief says who played each government, never “played by you”',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, LAPTOP);
      const { page } = tracked;
      await openDebrief(page, baseUrl, finishedSave('teams', 4));
      const by = await page.locator('.score-by').allTextContents();
      assert(by.length === 2, `two governments scored: ${by.join(' | ')}`);
      assert(
        by.every((b) => b.includes('played by a team')),
        `each played by a team: ${by.join(' | ')}`,
      );
      const text = (await page.locator('#app').textContent()) ?? '';
      assert(!text.includes('played by you'), 'no “played by you” in a two-team game');
      // Each team can put its name on the files.
      assert((await page.getByLabel(/^Who played .*, for the files$/).count()) === 2, 'two names');
      await checkAccessibility(page, 'two-team debrief');
      checkPage(tracked);
    },
  },
];
