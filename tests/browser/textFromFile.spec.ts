/**
 * Text from an author's file cannot break the game's screens: a 10,000-character title
 * and a 5,000-character word never make a screen scroll sideways, and direction
 * controls in names and labels (an unclosed RIGHT-TO-LEFT OVERRIDE, say) never reverse
 * the game's own words around them. The file is loaded through the file input, as an
 * author would, and played to the debrief on a phone's width, then looked at on a
 * laptop's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assert, checkPage, LAPTOP, openPage, PHONE, type BrowserTest } from './harness';
import {
  decideByMouse,
  freshStart,
  h1Text,
  heading,
  nextScreen,
  respondByMouse,
  screenOf,
} from './play';

const RLO = '\u202E';
const RLE = '\u202B';
const RLI = '\u2067';
/** 10,000 characters with nowhere to break. */
const TITLE = `Long${'x'.repeat(9996)}`;
const WORD = 'w'.repeat(5000);

/** The minimal test scenario with long text and direction controls in its names. */
function authorsFile(): string {
  const replacements: [string, string][] = [
    ['  title: Test crisis\n', `  title: ${TITLE}\n`],
    ['    summary: A unilateral strike.\n', `    summary: A strike ${WORD} without consent.\n`],
    ['    name: North\n', `    name: "North ${RLO}evil"\n`],
    ['    - label: Turn one\n', `    - label: "Turn ${RLO}one"\n`],
    ['    label: Cooperation\n', `    label: "${RLI}Cooperation"\n`],
    ['    label: Talk\n', `    label: "Talk ${RLE}now"\n`],
  ];
  let text = readFileSync('tests/fixtures/data-minimal.yaml', 'utf8');
  for (const [old, replacement] of replacements) {
    assert(text.includes(old), `the fixture has ${JSON.stringify(old)}`);
    text = text.replace(old, replacement);
  }
  return text;
}

/** Words of the game's own that stand after scenario text in its messages. */
const GAME_WORDS = ['decides', 'answers', 'happened', 'solo', 'chose', 'Briefing', 'Debrief'];

type Looked = { overflow: number; measured: number; reversed: string[] };

/**
 * How far the page scrolls sideways, and every game word drawn right to left: its
 * first letter's box lies right of its last letter's on the same line.
 */
async function look(page: Page): Promise<Looked> {
  return page.evaluate((words) => {
    const root = document.documentElement;
    const reversed: string[] = [];
    let measured = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of words) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          const first = document.createRange();
          first.setStart(node, at);
          first.setEnd(node, at + 1);
          const last = document.createRange();
          last.setStart(node, at + word.length - 1);
          last.setEnd(node, at + word.length);
          const a = first.getBoundingClientRect();
          const b = last.getBoundingClientRect();
          if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue;
          measured += 1;
          if (a.left >= b.left) reversed.push(`"${word}" in "${text.slice(0, 60)}"`);
        }
      }
    }
    return { overflow: root.scrollWidth - root.clientWidth, measured, reversed };
  }, GAME_WORDS);
}

async function check(page: Page, where: string): Promise<number> {
  const looked = await look(page);
  assert(looked.overflow <= 1, `${where} scrolls sideways by ${looked.overflow} px`);
  assert(
    looked.reversed.length === 0,
    `${where} shows game words reversed: ${looked.reversed.join('; ')}`,
  );
  return looked.measured;
}

export const tests: BrowserTest[] = [
  {
    name: 'long words and direction controls from a file leave every screen readable',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, PHONE);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Choose a scenario');
      await page.setInputFiles('#own-file', {
        name: 'long-words.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(authorsFile()),
      });
      await page.locator('#own-status', { hasText: 'has no problems' }).waitFor();
      let measured = await check(page, 'the scenario list');

      await page.getByRole('button', { name: /^Play Longxxx/ }).click();
      await heading(page, 'Choose your side');
      measured += await check(page, 'the setup screen');
      await page.locator('input[type="radio"]').first().check();
      // The game number sits behind setup's "more" disclosure.
      await page.locator('.setup-more summary').click();
      await page.getByLabel('Game number').fill('7');
      await page.getByRole('button', { name: 'Start the briefing' }).click();
      await heading(page, /^Briefing/);
      measured += await check(page, 'the briefing');
      await page.getByRole('button', { name: /^Begin/ }).click();

      const seen = new Set<string>();
      for (let step = 0; step < 40; step++) {
        const before = await h1Text(page);
        if (before.startsWith('Debrief')) break;
        const screen = screenOf(before);
        seen.add(screen);
        measured += await check(page, `the ${screen} screen`);
        if (screen === 'decide') await decideByMouse(page, 1);
        else if (screen === 'respond') await respondByMouse(page);
        else await page.getByRole('button', { name: /^(Go on to|See the debrief)/ }).click();
        await nextScreen(page, before);
      }
      await heading(page, /^Debrief/);
      measured += await check(page, 'the debrief');
      await page.setViewportSize(LAPTOP);
      measured += await check(page, 'the debrief on a laptop');

      assert(
        ['decide', 'respond', 'report'].every((s) => seen.has(s)),
        `played through decide, respond and report (saw ${[...seen].join(', ')})`,
      );
      assert(measured >= 10, `game words measured on the screens (${measured})`);
      checkPage(tracked);
    },
  },
];
