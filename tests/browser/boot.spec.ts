import {
  assert,
  canvasColourCount,
  checkAccessibility,
  checkPage,
  openPage,
  PHONE,
  screenshot,
  type BrowserTest,
} from './harness';

export const tests: BrowserTest[] = [
  {
    name: 'title screen loads, the canvas draws, no errors or foreign requests',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor();
      await page.locator('#stage canvas').waitFor();
      await page.waitForTimeout(300);
      const colours = await canvasColourCount(page);
      assert(colours >= 3, `the canvas drew ${colours} colour(s); expected a drawn stage`);
      assert((await page.locator('main').count()) === 1, 'one <main> landmark');
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang="en"');
      await screenshot(page, 'title-1366x768');
      checkPage(tracked);
    },
  },
  {
    name: 'title screen passes axe-core at laptop and phone widths',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      await tracked.page.getByRole('heading', { level: 1 }).waitFor();
      await checkAccessibility(tracked.page, 'title');
      const phone = await openPage(browser, baseUrl, PHONE);
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await checkAccessibility(phone.page, 'title (phone)');
      await screenshot(phone.page, 'title-phone');
      checkPage(tracked);
      checkPage(phone);
    },
  },
  {
    name: 'every title-screen button is reachable by keyboard',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await page.getByRole('heading', { level: 1 }).waitFor();
      const buttons = await page.getByRole('button').allTextContents();
      assert(buttons.length >= 4, `expected the menu buttons, found ${buttons.length}`);
      const reached = new Set<string>();
      for (let i = 0; i < buttons.length + 5; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLButtonElement ? (el.textContent ?? '') : null;
        });
        if (focused) reached.add(focused);
      }
      const missing = buttons.filter((b) => !reached.has(b));
      assert(missing.length === 0, `not reachable by Tab: ${missing.join(', ')}`);
      checkPage(tracked);
    },
  },
  {
    name: 'the offline build opens from file:// and shows the title screen',
    async run({ browser, offlineUrl }) {
      const tracked = await openPage(browser, offlineUrl);
      const { page } = tracked;
      await page.getByRole('heading', { level: 1, name: 'Bilateral' }).waitFor({ timeout: 5000 });
      await page.locator('#stage canvas').waitFor();
      await page.waitForTimeout(300);
      assert((await canvasColourCount(page)) >= 3, 'the offline canvas draws');
      await screenshot(page, 'offline-title');
      checkPage(tracked);
    },
  },
];
