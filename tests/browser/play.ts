/**
 * Helpers for the game's browser tests: start a game through the screens, read the
 * autosave from the page and replay it with the engine in Node (so what the page shows
 * is checked against the engine's own state), and play screens by mouse or keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadScenario } from '../../src/data';
import type { Scenario } from '../../src/data/schema';
import {
  answerChoices,
  compileScenario,
  hashState,
  meterValue,
  optionStatus,
  replay,
  type CompiledScenario,
  type MeterValues,
} from '../../src/engine';
import type { GameState, SaveFile } from '../../src/engine/types';
import { readableCitations } from '../../src/store/citations';
import { describeBlock } from '../../src/words/blocks';
import { translator } from '../../src/words/messages';
import { assert } from './harness';

export const SCENARIO_FILE = 'scenarios/cartel-strikes-2025/scenario.yaml';
export const SAVE_KEY = 'bilateral.save.v1';

let cached: Scenario | undefined;
/** The shipped scenario, loaded as the game loads it (its text citing sources by name). */
export function shippedScenario(): Scenario {
  if (cached) return cached;
  const result = loadScenario(readFileSync(SCENARIO_FILE, 'utf8'), SCENARIO_FILE);
  if (!result.ok) throw new Error(`${SCENARIO_FILE} does not load`);
  cached = readableCitations(result.scenario);
  return cached;
}

let compiled: CompiledScenario | undefined;

/** The shipped scenario compiled, as the engine reads it. */
export function shippedCompiled(): CompiledScenario {
  compiled ??= compileScenario(shippedScenario());
  return compiled;
}

/**
 * Opens the game with empty storage and waits for the title screen. With `still`, the
 * reduced-motion setting is on: the stage skips its transitions, which keeps long
 * games quick on a software-rendered canvas (the stage's own tests cover motion).
 */
export async function freshStart(page: Page, baseUrl: string, still = false): Promise<void> {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.evaluate((reducedMotion) => {
    localStorage.clear();
    if (reducedMotion) {
      localStorage.setItem(
        'bilateral.settings.v1',
        JSON.stringify({ textScale: 1, reducedMotion: true, language: 'en' }),
      );
    }
  }, still);
  await page.reload({ waitUntil: 'load' });
  await heading(page, 'Bilateral');
}

/** Waits for the one h1 to read `name` (a string is matched exactly). */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
}

export async function h1Text(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

/**
 * Title → scenario → setup (side, game length, fixed seed) → briefing. The full length
 * unless told: the tests that walk every month of the calendar use it. Returns the
 * clicks a player makes on the way (the seed typed here is not one a player needs).
 */
export async function startGame(
  page: Page,
  side: 'us' | 'mx' | 'teams',
  seed: number,
  atScreen?: (screen: 'scenarios' | 'setup') => Promise<void>,
  length: 'short' | 'full' = 'full',
): Promise<number> {
  const scenario = shippedScenario();
  let clicks = 0;
  await page.getByRole('button', { name: 'New game' }).click();
  clicks++;
  await heading(page, 'Choose a scenario');
  await atScreen?.('scenarios');
  await page.getByRole('button', { name: `Play ${scenario.meta.title}` }).click();
  clicks++;
  await heading(page, 'Choose your side');
  await atScreen?.('setup');
  const label =
    side === 'teams'
      ? 'One team per government, on one device'
      : `${scenario.roles.find((r) => r.id === side)!.name}, solo`;
  const sideInput = page.getByLabel(label);
  if (!(await sideInput.isChecked())) {
    await sideInput.check();
    clicks++;
  }
  const lengthInput = page.getByLabel(length === 'short' ? /^Short ·/ : /^Full ·/);
  if (!(await lengthInput.isChecked())) {
    await lengthInput.check();
    clicks++;
  }
  await page.locator('.setup-more summary').click();
  await page.getByLabel('Game number').fill(String(seed));
  await page.getByRole('button', { name: 'Start the briefing' }).click();
  clicks++;
  await heading(page, /^Briefing/);
  return clicks;
}

/** The autosave as stored in the page. */
export async function readSave(
  page: Page,
): Promise<SaveFile & { progress: { reportsSeen: number } }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  assert(raw, 'the game should be autosaved');
  return JSON.parse(raw) as SaveFile & { progress: { reportsSeen: number } };
}

/** The engine's state for the page's autosave, by replay in Node. */
export async function engineState(page: Page): Promise<GameState> {
  const save = await readSave(page);
  const result = replay(shippedCompiled(), save);
  assert(
    result.ok,
    `the autosave should replay: ${result.ok ? '' : JSON.stringify(result.problem)}`,
  );
  return result.state;
}

export async function engineHash(page: Page): Promise<string> {
  return hashState(await engineState(page));
}

const number = (value: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);

/** What a game screen shows, read in one round trip. */
export type Shown = {
  h1: string;
  /** The last meters panel: name and "value of max". */
  meters: { name: string; value: string }[];
  options: { id: string; enabled: boolean; reasons: string }[];
  /** Per answer fieldset (by move index): the answers and whether each is enabled. */
  answers: { move: number; choices: { id: string; enabled: boolean }[] }[];
  changes: string[];
  /** The report's "where the meters moved" lines. */
  net: string[];
  rolls: number;
  moves: number;
  text: string;
  html: string;
  /** Tag name of the focused element. */
  focused: string;
  /** The page scrolls sideways (it should not, at any width). */
  overflow: boolean;
};

export async function readShown(page: Page): Promise<Shown> {
  // No named functions inside: the test runner's transform would reference a helper
  // that does not exist in the page.
  return page.evaluate(() => {
    const panels = Array.from(document.querySelectorAll('.meters-panel'));
    const panel = panels[panels.length - 1];
    return {
      h1: (document.querySelector('h1')?.textContent ?? '').trim(),
      meters: panel
        ? Array.from(panel.querySelectorAll('.meter')).map((li) => ({
            name: li.querySelector('.meter-name')?.firstChild?.textContent ?? '',
            value: li.querySelector('.meter-value')?.textContent ?? '',
          }))
        : [],
      options: Array.from(document.querySelectorAll<HTMLInputElement>('input[name="option"]')).map(
        (input) => ({
          id: input.value,
          enabled: !input.disabled,
          reasons: document.getElementById(`option-${input.value}-reasons`)?.textContent ?? '',
        }),
      ),
      answers: Array.from(document.querySelectorAll('fieldset.answers')).map((fieldset) => ({
        move: Number(fieldset.id.replace('answers-', '')),
        choices: Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')).map(
          (input) => ({ id: input.value, enabled: !input.disabled }),
        ),
      })),
      changes: Array.from(document.querySelectorAll('.part-changes li.change')).map(
        (li) => li.textContent ?? '',
      ),
      net: Array.from(document.querySelectorAll('.net li')).map((li) => li.textContent ?? ''),
      rolls: document.querySelectorAll('.part-rolls li').length,
      moves: document.querySelectorAll('.part-moves .move-card').length,
      text: document.body.textContent ?? '',
      html: document.body.innerHTML,
      focused: document.activeElement?.tagName ?? '',
      overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    };
  });
}

/** The meters panel shows exactly the engine's visible meters, with their values. */
export function checkMeters(
  shown: Shown,
  meters: MeterValues,
  where: string,
  reveal = false,
): void {
  const scenario = shippedScenario();
  const expected = scenario.meters
    .filter((m) => reveal || !m.hidden)
    .map((m) => ({
      name: m.label,
      value: `${number(meterValue(scenario, meters, m.id))} of ${number(m.max)}`,
    }));
  assert(
    JSON.stringify(shown.meters) === JSON.stringify(expected),
    `${where}: meters shown ${JSON.stringify(shown.meters)}, engine has ${JSON.stringify(expected)}`,
  );
}

/** The decision screen's checkboxes are enabled exactly where the engine allows, with its reasons. */
export function checkOptions(shown: Shown, state: GameState, role: string): void {
  const statuses = optionStatus(shippedCompiled(), state, role);
  const ids = shown.options.map((o) => `${o.id}:${o.enabled}`);
  const expected = statuses.map((s) => `${s.option.id}:${s.blocks.length === 0}`);
  assert(
    JSON.stringify(ids) === JSON.stringify(expected),
    `options shown ${JSON.stringify(ids)}, engine ${JSON.stringify(expected)}`,
  );
  const t = translator('en');
  for (const s of statuses.filter((x) => x.blocks.length > 0)) {
    const reasons = shown.options.find((o) => o.id === s.option.id)?.reasons ?? '';
    for (const block of s.blocks) {
      const reason = describeBlock(t, shippedScenario(), block);
      assert(reasons.includes(reason), `why "${s.option.id}" is unavailable: "${reason}"`);
    }
  }
}

/** The answer screen offers, for each move owed an answer, the engine's answers. */
export function checkAnswers(shown: Shown, state: GameState, role: string): void {
  const owed = state.responses.filter((r) => r.responder === role && r.answer === undefined);
  assert(
    JSON.stringify(shown.answers.map((a) => a.move)) === JSON.stringify(owed.map((r) => r.move)),
    `answers asked for moves ${JSON.stringify(shown.answers.map((a) => a.move))}`,
  );
  for (const r of owed) {
    const expected = answerChoices(shippedCompiled(), state, r.move, role).map((c) => ({
      id: c.answer.id,
      enabled: c.available,
    }));
    const choices = shown.answers.find((a) => a.move === r.move)?.choices;
    assert(
      JSON.stringify(choices) === JSON.stringify(expected),
      `answers to move ${r.move}: shown ${JSON.stringify(choices)}, engine ${JSON.stringify(expected)}`,
    );
  }
}

export type TurnScreen = 'decide' | 'respond' | 'report' | 'pass' | 'debrief';

/** Which screen of a turn is up. */
export async function turnScreen(page: Page): Promise<TurnScreen> {
  return screenOf(await h1Text(page));
}

/** Which screen of a turn is up, from its heading. */
export function screenOf(text: string): TurnScreen {
  if (text.startsWith('Debrief')) return 'debrief';
  if (text.startsWith('Pass the device')) return 'pass';
  if (text.endsWith('decides')) return 'decide';
  if (text.endsWith('answers')) return 'respond';
  if (text.endsWith('what happened')) return 'report';
  throw new Error(`unknown screen "${text}"`);
}

/** Waits until the heading differs from `before` (the next screen is up). */
export async function nextScreen(page: Page, before: string): Promise<void> {
  await page.waitForFunction(
    (old) => (document.querySelector('h1')?.textContent ?? '').trim() !== old,
    before,
  );
}

/**
 * Ticks up to `count` options with the mouse — the enabled ones in page order from
 * `offset`, re-reading availability after each tick — and confirms.
 */
export async function decideByMouse(page: Page, count: number, offset = 0): Promise<string[]> {
  const picked: string[] = [];
  for (let n = 0; n < count; n++) {
    const open = await page
      .locator('input[name="option"]')
      .evaluateAll((inputs) =>
        (inputs as HTMLInputElement[]).map((i) => (!i.disabled && !i.checked ? i.value : '')),
      );
    const order = open.map((_, i) => open[(i + offset) % open.length]!).filter((id) => id !== '');
    const id = order[0];
    if (!id) break;
    await page.locator(`#option-${id}`).check();
    picked.push(id);
  }
  await page.locator('.decide-form button[type="submit"]').click();
  return picked;
}

/** Picks, for each move owed an answer, the first enabled answer (or the `nth`), and confirms. */
export async function respondByMouse(page: Page, nth = 0): Promise<string[]> {
  const picked: string[] = [];
  for (const fieldset of await page.locator('fieldset.answers').all()) {
    const enabled = fieldset.locator('input[type="radio"]:not(:disabled)');
    const count = await enabled.count();
    const radio = enabled.nth(Math.min(nth, count - 1));
    await radio.check();
    picked.push((await radio.getAttribute('value')) ?? '');
  }
  await page.getByRole('button', { name: 'Confirm the answers' }).click();
  return picked;
}

export { parseCsv } from '../ui/csv';
