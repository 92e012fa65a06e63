/**
 * The auxiliary screens: how to play, settings, glossary and the evidence library, each
 * reached from the title menu, checked with axe-core at laptop and phone sizes, and
 * exercised (settings persist across a reload; the glossary and evidence filters work;
 * the brief prints without the controls).
 */
import type { Page } from 'playwright-core';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  openPage,
  PHONE,
  screenshot,
  type Browser,
  type BrowserTest,
  type TrackedPage,
} from './harness';

const MENU = {
  howToPlay: 'How to play',
  settings: 'Settings',
  glossary: 'Glossary',
  evidence: 'Evidence library',
} as const;

/** Opens the game with empty storage (fresh settings) and waits for the title menu. */
async function freshTitle(
  browser: Browser,
  baseUrl: string,
  viewport = LAPTOP,
): Promise<TrackedPage> {
  const tracked = await openPage(browser, baseUrl, viewport);
  await tracked.page.evaluate(() => localStorage.clear());
  await tracked.page.reload({ waitUntil: 'load' });
  await tracked.page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
  return tracked;
}

/** Clicks a title-menu entry and checks the screen's one h1 has focus. */
async function openFromMenu(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
  await h1.waitFor();
  assert((await page.locator('h1').count()) === 1, `${heading}: exactly one h1`);
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
  assert(focused === 'H1', `${heading}: focus should be on the h1, is on ${focused}`);
}

/** Back returns to the title screen. */
async function goBack(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
}

/** Opens a screen at laptop and phone sizes: axe-clean, screenshot at both, Back works. */
async function visitAtBothSizes(
  browser: Browser,
  baseUrl: string,
  label: string,
  heading: string,
  shot: string,
): Promise<void> {
  for (const [viewport, suffix] of [
    [LAPTOP, '1366x768'],
    [PHONE, 'phone'],
  ] as const) {
    const tracked = await freshTitle(browser, baseUrl, viewport);
    await openFromMenu(tracked.page, label, heading);
    await checkAccessibility(tracked.page, `${heading} (${suffix})`);
    await screenshot(tracked.page, `${shot}-${suffix}`);
    await goBack(tracked.page);
    checkPage(tracked);
    await tracked.page.close();
  }
}

/** Text of every visible match; each part of a selector list gets `:visible`. */
const visibleTexts = (page: Page, selector: string) =>
  page
    .locator(
      selector
        .split(',')
        .map((part) => `${part.trim()}:visible`)
        .join(', '),
    )
    .allTextContents();

export const tests: BrowserTest[] = [
  {
    name: 'how to play: reachable, axe-clean, explains loop, labels and keys',
    async run({ browser, baseUrl }) {
      await visitAtBothSizes(browser, baseUrl, MENU.howToPlay, 'How to play', 'how-to-play');
      const tracked = await freshTitle(browser, baseUrl);
      const { page } = tracked;
      await openFromMenu(page, MENU.howToPlay, 'How to play');
      const h2 = await page.locator('h2').allTextContents();
      for (const want of ['Each turn', 'Modes', 'Meters and scoring', 'What the labels mean']) {
        assert(h2.includes(want), `how to play has a "${want}" section (has ${h2.join(', ')})`);
      }
      const labels = await page.locator('.aux-terms dt').allTextContents();
      for (const want of ['Hypothetical', 'Disputed', 'Undated']) {
        assert(
          labels.some((l) => l.includes(want)),
          `label "${want}" is explained (${labels.join(' | ')})`,
        );
      }
      checkPage(tracked);
    },
  },
  {
    name: 'settings: reachable, axe-clean, text size and motion persist across reload',
    async run({ browser, baseUrl }) {
      await visitAtBothSizes(browser, baseUrl, MENU.settings, 'Settings', 'settings');
      const tracked = await freshTitle(browser, baseUrl);
      const { page } = tracked;
      await openFromMenu(page, MENU.settings, 'Settings');
      const motion = page.getByLabel('Reduce motion', { exact: false });
      assert(!(await motion.isChecked()), 'reduced motion is off by default without a preference');
      await page.getByLabel('150%', { exact: true }).check();
      await motion.check();
      await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
      const fontSize = await page.evaluate(
        () => getComputedStyle(document.documentElement).fontSize,
      );
      assert(fontSize === '24px', `text at 150% gives a 24px root font, got ${fontSize}`);

      const language = page.getByRole('group', { name: 'Language', exact: true });
      const choices = await language.getByRole('button').evaluateAll((els) =>
        els.map((e) => ({
          text: e.textContent ?? '',
          lang: e.getAttribute('lang'),
          pressed: e.getAttribute('aria-pressed'),
        })),
      );
      assert(
        JSON.stringify(choices) ===
          JSON.stringify([
            { text: 'English', lang: 'en', pressed: 'true' },
            { text: 'Español', lang: 'es', pressed: 'false' },
          ]),
        `English in use and Spanish a real choice, each named in its language: ${JSON.stringify(choices)}`,
      );
      assert(
        !(await page.locator('main').innerText()).includes('coming soon'),
        'no language is promised for later',
      );

      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (!(await page.getByRole('heading', { level: 1, name: 'Settings' }).count())) {
        await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
        await openFromMenu(page, MENU.settings, 'Settings');
      }
      assert(await page.getByLabel('150%', { exact: true }).isChecked(), '150% kept after reload');
      assert(await motion.isChecked(), 'reduced motion kept after reload');
      const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      assert(after === '24px', `text size applied after reload, got ${after}`);
      await page.getByLabel('100%', { exact: true }).check();
      await motion.uncheck();
      checkPage(tracked);
    },
  },
  {
    name: 'settings: reduced motion defaults to the system preference',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.evaluate(() => localStorage.clear());
      await page.reload({ waitUntil: 'load' });
      await openFromMenu(page, MENU.settings, 'Settings');
      assert(
        await page.getByLabel('Reduce motion', { exact: false }).isChecked(),
        'reduced motion is on when the system asks for it',
      );
      await page.getByText('This device asks for reduced motion.').waitFor();
      checkPage(tracked);
    },
  },
  {
    name: 'glossary: reachable, axe-clean, the search box filters terms',
    async run({ browser, baseUrl }) {
      await visitAtBothSizes(browser, baseUrl, MENU.glossary, 'Glossary', 'glossary');
      const tracked = await freshTitle(browser, baseUrl);
      const { page } = tracked;
      await openFromMenu(page, MENU.glossary, 'Glossary');
      const terms = await visibleTexts(page, '.glossary-list dt');
      assert(terms.length >= 3, `the glossary lists its terms (found ${terms.length})`);
      const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en'));
      assert(JSON.stringify(sorted) === JSON.stringify(terms), 'terms are in alphabetical order');
      const search = page.getByLabel('Search the glossary');
      const first = terms[0] ?? '';
      await search.fill(first);
      const found = await visibleTexts(page, '.glossary-list dt');
      assert(found.includes(first), `searching "${first}" keeps it`);
      assert(found.length < terms.length, 'searching narrows the list');
      await page
        .getByRole('status')
        .filter({ hasText: `of ${terms.length} terms shown` })
        .waitFor();
      await search.fill('zzqx-no-such-term');
      assert((await visibleTexts(page, '.glossary-list dt')).length === 0, 'nonsense hides all');
      await page.getByText('No term matches “zzqx-no-such-term”.').waitFor();
      await search.fill('');
      assert((await visibleTexts(page, '.glossary-list dt')).length === terms.length, 'cleared');
      checkPage(tracked);
    },
  },
  {
    name: 'evidence library: reachable, axe-clean, filters by side, option and speaker',
    async run({ browser, baseUrl }) {
      await visitAtBothSizes(browser, baseUrl, MENU.evidence, 'Evidence library', 'evidence');
      const tracked = await freshTitle(browser, baseUrl);
      const { page } = tracked;
      await openFromMenu(page, MENU.evidence, 'Evidence library');
      const entries = '.evidence-entry';
      const total = (await visibleTexts(page, entries)).length;
      assert(total >= 4, `the library shows every card (found ${total})`);
      assert((await page.locator('.evidence-entry blockquote').count()) > 0, 'quotes as quotes');

      const side = page.getByLabel('Side', { exact: true });
      const sides = await side
        .locator('option')
        .evaluateAll((els) =>
          els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })),
        );
      const counts: number[] = [];
      for (const { value, text } of sides.filter((s) => s.value !== '')) {
        await side.selectOption(value);
        const bears = await visibleTexts(page, `${entries} .evidence-bears`);
        counts.push(bears.length);
        assert(bears.length > 0, `side ${text} has cards`);
        assert(
          bears.every((b) => b.includes(`(${text})`)),
          `every card shown for ${text} bears on one of its options`,
        );
      }
      assert(
        counts.every((c) => c < total),
        `each side shows fewer than all ${total} cards (${counts.join(', ')})`,
      );
      await side.selectOption('');

      const option = page.getByLabel('Option', { exact: true });
      const optionValues = await option
        .locator('option')
        .evaluateAll((els) =>
          els
            .map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' }))
            .filter((o) => o.value !== ''),
        );
      let checkedOption = false;
      for (const { value, text } of optionValues) {
        await option.selectOption(value);
        const bears = await visibleTexts(page, `${entries} .evidence-bears`);
        if (bears.length === 0) {
          await page.getByText('No card matches these filters.').waitFor();
          continue;
        }
        assert(
          bears.every((b) => b.includes(`: ${text} (`)),
          `every card shown for option "${text}" bears on it`,
        );
        checkedOption = true;
        break;
      }
      assert(checkedOption, 'some option has evidence cards');
      await page.getByRole('button', { name: 'Clear filters' }).click();
      assert((await visibleTexts(page, entries)).length === total, 'clear filters shows all');

      const speaker = page.getByLabel('Speaker', { exact: true });
      const speakers = await speaker
        .locator('option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
      const who = speakers[0] ?? '';
      await speaker.selectOption(who);
      const shown = await visibleTexts(page, `${entries} figcaption, ${entries} .receipt-line`);
      assert(shown.length > 0, `speaker ${who} has cards`);
      assert(
        shown.every((s) => s.includes(who)),
        `only ${who}'s cards are shown: ${shown.join(' | ')}`,
      );
      await page
        .getByRole('status')
        .filter({ hasText: `of ${total} cards shown` })
        .waitFor();

      const disputes = page.getByRole('heading', { level: 2, name: 'Disputed points' });
      await disputes.waitFor();

      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print brief' }).click();
      const printed = await page.evaluate(() => (window as unknown as { printed: number }).printed);
      assert(printed === 1, 'Print brief opens the print dialog');
      await page.emulateMedia({ media: 'print' });
      assert(!(await page.locator('#stage').isVisible()), 'the stage is not printed');
      assert(
        !(await page.getByRole('button', { name: 'Print brief' }).isVisible()),
        'controls are not printed',
      );
      assert(
        await page.locator('.aux-print-only', { hasText: `Speaker: ${who}.` }).isVisible(),
        'the printed brief says which selection it holds',
      );
      await screenshot(page, 'evidence-print');
      await page.emulateMedia({ media: 'screen' });
      checkPage(tracked);
    },
  },
];
