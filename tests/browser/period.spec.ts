/**
 * A game in one class period, measured as a player meets it: a short game, from the title
 * to the debrief, as each government alone and as teams. Every in-game screen (briefing,
 * decide, answer, report, pass) is counted as rendered before anything is opened — every
 * word on the page, the game bar, the menu and the stage's labels included — and must
 * stay within the reading budget, with what to do now in the first viewport; a solo game
 * takes at most 35 clicks; teams hand the device over at most twice a month. The counts
 * are printed: they are the figures the notes quote.
 */
import type { Page } from 'playwright-core';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  openPage,
  PHONE,
  type BrowserTest,
  type Viewport,
} from './harness';
import {
  decideByMouse,
  engineState,
  freshStart,
  h1Text,
  nextScreen,
  respondByMouse,
  screenOf,
  shippedScenario,
  startGame,
  type TurnScreen,
} from './play';

/** The most words an in-game screen may show before the player opens anything. */
export const WORD_BUDGET = 450;
/** The most clicks of a short solo game, title to debrief. */
export const CLICK_BUDGET = 35;
/** The most times a month the device may change teams. */
export const HANDOVER_BUDGET = 2;

type Count = { screen: TurnScreen | 'briefing'; h1: string; words: number };

const WIDE: Viewport = { width: 1920, height: 1080 };

/**
 * Confirms the answers with nothing chosen: the message must show beside the answers it is
 * about, in view, with focus on them (not at the top of the page).
 */
async function emptyConfirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Confirm the answers' }).click();
  const result = await page.evaluate(() => {
    const message = Array.from(document.querySelectorAll('.field-error')).find(
      (e) => (e.textContent ?? '') !== '',
    );
    const focused = document.activeElement;
    if (!message) return 'no message';
    const box = message.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) return 'message out of view';
    const fieldset = message.closest('fieldset');
    if (!fieldset || !focused || !fieldset.contains(focused)) return 'focus not on the answers';
    return 'ok';
  });
  assert(result === 'ok', `confirming no answer: ${result}`);
}

/** Words rendered on the page now: what `innerText` gives (closed disclosures left out). */
export async function visibleWords(page: Page): Promise<number> {
  return page.evaluate(() => (document.body.innerText.match(/\S*[\p{L}\p{N}]\S*/gu) ?? []).length);
}

/** Whether the screen's "what to do now" line and its main button's heading start in the first viewport. */
async function nextStepInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const line = document.querySelector('.next-step');
    if (!line) return false;
    const box = line.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

type Played = {
  clicks: number;
  /** Every screen above the budget or without its next step in view. */
  problems: string[];
  counts: Count[];
  /** Hand-overs (the device changing teams) in each month, by month number. */
  handovers: Map<number, number>;
};

/**
 * Plays a short game from the title: ticks two options a month (or as many as allowed),
 * gives the first answer to each move, reads each report. Counts each screen's words
 * when it first appears.
 */
async function playShort(
  page: Page,
  side: 'us' | 'mx' | 'teams',
  seed: number,
  viewport: Viewport,
): Promise<Played> {
  const scenario = shippedScenario();
  const counts: Count[] = [];
  const handovers = new Map<number, number>();
  const problems: string[] = [];
  let clicks = await startGame(page, side, seed, undefined, 'short');
  const measure = async (screen: Count['screen']) => {
    const h1 = await h1Text(page);
    const words = await visibleWords(page);
    counts.push({ screen, h1, words });
    if (words > WORD_BUDGET) {
      problems.push(`${h1} (${viewport.width}×${viewport.height}): ${words} words`);
    }
    if (!(await nextStepInView(page))) problems.push(`${h1}: what to do now is out of view`);
  };
  const checked = new Set<string>();
  await measure('briefing');
  const begin = await h1Text(page);
  await page.getByRole('button', { name: /^Begin/ }).click();
  clicks++;
  await nextScreen(page, begin);
  let holder: string | undefined;
  for (let guard = 0; guard < 80; guard++) {
    const h1 = await h1Text(page);
    const kind = screenOf(h1);
    if (kind === 'debrief') break;
    await measure(kind);
    if (!checked.has(kind)) {
      checked.add(kind);
      await checkAccessibility(page, `${kind} (${viewport.width}×${viewport.height})`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      );
      assert(!overflow, `${h1}: the page scrolls sideways at ${viewport.width}`);
      if (kind === 'respond') await emptyConfirm(page);
    }
    const state = await engineState(page);
    if (kind === 'pass') {
      const team = scenario.roles.find((r) => h1.includes(r.name))!.id;
      if (holder !== undefined && team !== holder) {
        handovers.set(state.turn, (handovers.get(state.turn) ?? 0) + 1);
      }
      holder = team;
      const projector = (await page.locator('.pass-projector').textContent()) ?? '';
      assert(projector.includes('blank the projector'), 'the pass screen tells the teacher');
      await page.getByRole('button', { name: /: show our screen$/ }).click();
      clicks++;
    } else if (kind === 'decide') {
      const picks = await decideByMouse(page, 2, state.turn);
      clicks += picks.length + 1;
    } else if (kind === 'respond') {
      const answers = await respondByMouse(page);
      clicks += answers.length + 1;
    } else {
      await page.getByRole('button', { name: /^(Go on to|See the debrief)/ }).click();
      clicks++;
    }
    await nextScreen(page, h1);
  }
  const state = await engineState(page);
  assert(state.phase === 'ended', `the short game as ${side} ended`);
  assert(state.history.length === 4, `a short game is four months, played ${state.history.length}`);
  return { clicks, counts, handovers, problems };
}

function summary(label: string, played: Played): string {
  const byScreen = new Map<string, number[]>();
  for (const c of played.counts)
    byScreen.set(c.screen, [...(byScreen.get(c.screen) ?? []), c.words]);
  const total = played.counts.reduce((sum, c) => sum + c.words, 0);
  const lines = [
    `${label}: ${played.clicks} clicks; ${total} words in all (${(total / 200).toFixed(1)} min at 200 wpm)`,
    ...[...byScreen].map(
      ([screen, words]) => `  ${screen}: max ${Math.max(...words)} words (${words.join(', ')})`,
    ),
  ];
  if (played.handovers.size > 0) {
    lines.push(
      `  hand-overs by month: ${[...played.handovers].map(([m, n]) => `${m}:${n}`).join(' ')}`,
    );
  }
  return lines.join('\n');
}

export const tests: BrowserTest[] = [
  {
    name: 'a short solo game as each government: within the reading budget and 35 clicks',
    async run({ browser, baseUrl }) {
      for (const [side, viewport] of [
        ['us', LAPTOP],
        ['mx', PHONE],
      ] as const) {
        const tracked = await openPage(browser, baseUrl, viewport);
        const { page } = tracked;
        await freshStart(page, baseUrl, true);
        const played = await playShort(page, side, 21, viewport);
        console.log(
          summary(`short solo game as ${side} at ${viewport.width}×${viewport.height}`, played),
        );
        assert(played.problems.length === 0, played.problems.join('\n'));
        assert(
          played.clicks <= CLICK_BUDGET,
          `a short game as ${side} took ${played.clicks} clicks, above ${CLICK_BUDGET}`,
        );
        await page.getByRole('heading', { level: 1, name: /^Debrief/ }).waitFor();
        checkPage(tracked);
        await page.close();
      }
    },
  },
  {
    name: 'a short game in teams: at most two hand-overs a month, within the reading budget',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, WIDE);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      const played = await playShort(page, 'teams', 4242, WIDE);
      console.log(summary('short game in teams', played));
      assert(played.problems.length === 0, played.problems.join('\n'));
      for (const [month, n] of played.handovers) {
        assert(n <= HANDOVER_BUDGET, `month ${month}: ${n} hand-overs, above ${HANDOVER_BUDGET}`);
      }
      assert(played.handovers.size >= 3, 'hand-overs were counted in the months played');
      checkPage(tracked);
      await page.close();
    },
  },
];
