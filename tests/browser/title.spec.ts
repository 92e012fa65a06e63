/**
 * The title screen sets the scene at laptop, large and phone sizes: the question at
 * stake comes from the scenario, the three ways in show as cards, and the first screen
 * stays axe-clean; the text size scales the page once; and the Sources page lists every
 * article with what is known of it.
 */
import type { Page } from 'playwright-core';
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
import { shippedScenario } from './play';

async function freshTitle(page: Page, settings?: object): Promise<void> {
  await page.evaluate((stored) => {
    localStorage.clear();
    if (stored) localStorage.setItem('bilateral.settings.v1', JSON.stringify(stored));
  }, settings);
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
}

export const tests: BrowserTest[] = [
  {
    name: 'the title screen: the scenario’s question, three ways in, at three sizes, axe-clean',
    async run({ browser, baseUrl }) {
      const scenario = shippedScenario();
      for (const [name, viewport] of [
        ['1366x768', LAPTOP],
        ['1920x1080', LARGE],
        ['phone', PHONE],
      ] as const) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await freshTitle(page);
        const question = (await page.locator('.title-question').textContent()) ?? '';
        assert(
          question.replace(/\s+/g, ' ').trim() === scenario.meta.question,
          `the question comes from the scenario: ${question}`,
        );
        const ways = await page.locator('.way-in h2').allTextContents();
        assert(
          JSON.stringify(ways) ===
            JSON.stringify(['Play alone', 'Play as a class', 'Study the evidence']),
          `the ways in: ${ways.join(', ')}`,
        );
        // The first viewport holds the question and every way in.
        const bottom = await page
          .locator('.ways-in')
          .evaluate((e) => e.getBoundingClientRect().bottom);
        if (name !== 'phone') {
          assert(bottom <= viewport.height, `the ways in fit the first screen (${bottom}px)`);
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
        );
        assert(!overflow, `no sideways scrolling at ${name}`);
        await checkAccessibility(page, `title (${name})`);
        await screenshot(page, `title-${name}`);
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'the text size scales the page once: at 150% body text stays below the headings',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await freshTitle(page, { textScale: 1.5, reducedMotion: true, language: 'en' });
      const [root, body, p, h2, h1] = await page.evaluate(() =>
        [
          document.documentElement,
          document.body,
          document.querySelector('.way-in p'),
          document.querySelector('.way-in h2'),
          document.querySelector('h1'),
        ].map((e) => (e ? parseFloat(getComputedStyle(e).fontSize) : 0)),
      );
      const sizes = { root: root!, body: body!, p: p!, h2: h2!, h1: h1! };
      assert(sizes.root === 24, `root at 150%: ${sizes.root}px`);
      assert(sizes.body === 24, `body text scaled once: ${sizes.body}px (not ${24 * 1.5}px)`);
      assert(
        sizes.h2 > sizes.p && sizes.h1 > sizes.h2,
        `headings above text: ${JSON.stringify(sizes)}`,
      );
      checkPage(tracked);
    },
  },
  {
    name: 'the Sources page lists every article with what is known of it; no raw ids shown',
    async run({ browser, baseUrl }) {
      const scenario = shippedScenario();
      for (const [name, viewport] of [
        ['1366x768', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await freshTitle(page);
        await page.getByRole('button', { name: 'Sources', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
        const headlines = await page.locator('.source-entry h2').allTextContents();
        assert(
          JSON.stringify(headlines) ===
            JSON.stringify(scenario.meta.sources.map((s) => s.headline)),
          `every source listed: ${headlines.length}`,
        );
        const text = (await page.locator('#app').textContent()) ?? '';
        for (const s of scenario.meta.sources) {
          assert(text.includes(s.note ?? ''), `the note on ${s.id}`);
          assert(!new RegExp(`\\b${s.id}\\b`).test(text), `no raw id ${s.id} on the page`);
        }
        await checkAccessibility(page, `sources (${name})`);
        await screenshot(page, `sources-${name}`);
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
        // Nor in the evidence library's cards and filters, or in the glossary.
        const rawId = new RegExp(`\\b(${scenario.meta.sources.map((x) => x.id).join('|')})\\b`);
        for (const screen of ['Evidence library', 'Glossary']) {
          await page.getByRole('button', { name: screen, exact: true }).click();
          await page.getByRole('heading', { level: 1, name: screen }).waitFor();
          const shown = (await page.locator('#app').textContent()) ?? '';
          assert(!rawId.test(shown), `a raw source id on ${screen}: ${rawId.exec(shown)?.[0]}`);
          await page.getByRole('button', { name: 'Back', exact: true }).click();
          await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
        }
        checkPage(tracked);
        await page.close();
      }
    },
  },
];
