/**
 * Whole solo games, as each government, played through the screens to the debrief. At
 * every step what the page shows is checked against the engine's state, rebuilt in Node
 * from the page's autosave; every kind of screen passes axe-core and is photographed at
 * laptop and phone sizes; the exported JSON and CSV are checked against the game played.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  gameResult,
  hashState,
  meterValue,
  metersById,
  outcomeAt,
  replay,
  scoreRole,
} from '../../src/engine';
import { translator } from '../../src/words/messages';
import { audienceOf } from '../../src/store/turnViews';
import { changeHeadline, changeMath, changeReasons } from '../../src/words/trace';
import type { GameState } from '../../src/engine/types';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  openPage,
  PHONE,
  screenshot,
  type BrowserTest,
  type Viewport,
} from './harness';
import type { Shown } from './play';
import {
  checkAnswers,
  checkMeters,
  checkOptions,
  decideByMouse,
  engineState,
  freshStart,
  h1Text,
  nextScreen,
  parseCsv,
  readSave,
  readShown,
  respondByMouse,
  shippedCompiled,
  shippedScenario,
  startGame,
  screenOf,
} from './play';

type Options = { viewport: Viewport; suffix: string; axe: boolean };

/** Checks the report on screen against the engine's record of that month. */
function checkReport(shown: Shown, state: GameState, index: number): void {
  const scenario = shippedScenario();
  const record = state.history[index]!;
  const label = scenario.calendar.turns[record.turn - 1]!.label;
  assert(shown.h1 === `${label}: what happened`, `report heading for ${label}`);
  const hidden = new Set(scenario.meters.filter((m) => m.hidden).map((m) => m.id));
  // What a secret move still hidden from the player set going is not on the report.
  const { secret } = audienceOf(state);
  const visible = record.trace.filter(
    (e) =>
      !(e.target.kind === 'meter' && hidden.has(e.target.id)) &&
      !secret.cause(record.turn, e.cause),
  );
  // Each change in the words of src/words; shown grouped by cause, so compared as a multiset.
  const t = translator('en');
  const words = visible
    .map((e) => {
      const math = changeMath(t, e);
      return [
        changeHeadline(t, scenario, e),
        ...changeReasons(t, scenario, e),
        ...(math === null ? [] : [t('change.mathOpen'), math]),
      ].join('');
    })
    .sort();
  assert(
    JSON.stringify([...shown.changes].sort()) === JSON.stringify(words),
    `${label}: changes shown ${shown.changes.length}, engine traced ${visible.length} visible`,
  );
  const rolls = record.rolls.filter((r) => !secret.cause(record.turn, r.cause));
  assert(shown.rolls === rolls.length, `${label}: rolls`);
  const moves =
    record.moves.filter((_m, i) => !secret.move(record.turn, i)).length + record.exposed.length;
  assert(shown.moves === moves, `${label}: moves`);
  const before = index > 0 ? state.history[index - 1]!.meters : undefined;
  const fmt = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(n);
  const net = scenario.meters
    .filter((m) => !m.hidden)
    .map((m) => {
      const from = meterValue(scenario, before ?? {}, m.id);
      const to = meterValue(scenario, record.meters, m.id);
      const d = (Math.sign(to - from) * Math.round(Math.abs(to - from) * 10)) / 10;
      const delta = d === 0 ? '±0' : d > 0 ? `+${fmt(d)}` : `\u2212${fmt(-d)}`;
      return `${m.label}: ${fmt(from)} → ${fmt(to)} (${delta})`;
    });
  assert(
    JSON.stringify(shown.net) === JSON.stringify(net),
    `${label}: net ${JSON.stringify(shown.net)} vs ${JSON.stringify(net)}`,
  );
}

/** Plays a whole solo game as `role`; returns the final engine state. */
async function playSolo(
  page: Page,
  role: 'us' | 'mx',
  seed: number,
  options: Options,
): Promise<GameState> {
  const scenario = shippedScenario();
  const seen = new Set<string>();
  const visit = async (kind: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    if (options.axe) await checkAccessibility(page, `${kind} (${options.suffix})`);
    await screenshot(page, `${kind}-${options.suffix}`);
  };
  await startGame(page, role, seed, visit);
  await visit('briefing');
  const begin = await h1Text(page);
  await page.getByRole('button', { name: /^Begin/ }).click();
  await nextScreen(page, begin);
  let turn = 0;
  for (let guard = 0; guard < 60; guard++) {
    const shown = await readShown(page);
    const kind = screenOf(shown.h1);
    assert(shown.focused === 'H1', `focus moves to the heading of each new screen (${kind})`);
    assert(!shown.overflow, `${shown.h1}: the page scrolls sideways at ${options.suffix}`);
    if (kind === 'debrief') break;
    const state = await engineState(page);
    const before = shown.h1;
    if (kind === 'decide') {
      turn += 1;
      const label = scenario.calendar.turns[state.turn - 1]!.label;
      assert(before.startsWith(`${label}:`), `decide heading "${before}" for turn ${state.turn}`);
      checkMeters(shown, state.meters, `${label} decide`);
      const region = outcomeAt(scenario, state.meters).label;
      const regionLine = await page.locator('.meters-region').textContent();
      assert(
        regionLine?.includes(`region ${region}.`),
        `${label}: region shown "${regionLine}", engine has ${region}`,
      );
      checkOptions(shown, state, role);
      await visit('decide');
      await decideByMouse(page, 1 + (turn % 2), turn * 3);
    } else if (kind === 'respond') {
      checkAnswers(shown, state, role);
      await visit('respond');
      await respondByMouse(page, turn % 2);
    } else if (kind === 'report') {
      const save = await readSave(page);
      checkReport(shown, state, save.progress.reportsSeen);
      await visit('report');
      await page.getByRole('button', { name: /^(Go on to|See the debrief)/ }).click();
    } else {
      throw new Error(`unexpected screen ${kind} in a solo game`);
    }
    await nextScreen(page, before);
  }
  const state = await engineState(page);
  assert(state.phase === 'ended', 'the game ended');
  assert(turn === scenario.calendar.turns.length, `played ${turn} months`);
  await visit('debrief');
  return state;
}

/** The debrief against the engine: outcome, scores, path rows, hidden meters revealed. */
async function checkDebrief(page: Page, state: GameState): Promise<void> {
  const scenario = shippedScenario();
  const result = gameResult(shippedCompiled(), state);
  const outcome = scenario.outcomes.find((o) => o.id === result.outcome)!;
  const shown = await readShown(page);
  const text = shown.text;
  assert(text.includes(`The crisis ended in the region ${outcome.label}.`), 'outcome shown');
  for (const role of scenario.roles) {
    const score = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(
      scoreRole(shippedCompiled(), state.meters, role.id),
    );
    assert(text.includes(`${role.name}: ${score} out of 100`), `score of ${role.name}`);
  }
  const rows = await page.locator('.path-table tbody tr').count();
  assert(rows === state.history.length + 1, `path table has ${rows} rows`);
  checkMeters(shown, state.meters, 'debrief', true);
  for (const question of scenario.debrief.questions) {
    assert(text.includes(question), `discussion question shown: ${question.slice(0, 40)}`);
  }
}

/** Downloads the JSON and CSV and checks them against the game. */
async function checkExports(page: Page, state: GameState): Promise<void> {
  const scenario = shippedScenario();
  const grab = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  };
  const json = await grab('Download the results (JSON)');
  assert(json.name.endsWith('.json'), `JSON file name ${json.name}`);
  const results = JSON.parse(json.text) as {
    outcome: { id: string };
    meters: Record<string, number>;
    turns: { moves: { option: string }[] }[];
    save: Parameters<typeof replay>[1];
  };
  const replayed = replay(shippedCompiled(), results.save);
  assert(
    replayed.ok && hashState(replayed.state) === hashState(state),
    'the JSON replays to the game played',
  );
  assert(results.outcome.id === gameResult(shippedCompiled(), state).outcome, 'JSON outcome');
  assert(
    JSON.stringify(results.meters) === JSON.stringify(metersById(scenario, state.meters)),
    'JSON meters, by id',
  );
  assert(
    JSON.stringify(results.turns.map((t) => t.moves.map((m) => m.option))) ===
      JSON.stringify(state.history.map((r) => r.moves.map((m) => m.option))),
    'JSON moves',
  );
  const csv = await grab('Download the table (CSV)');
  const rows = parseCsv(csv.text);
  assert(rows.length === state.history.length + 2, `CSV has ${rows.length} rows`);
  const header = rows[0]!;
  assert(
    rows.every((r) => r.length === header.length),
    'CSV rows all have every column',
  );
  for (const meter of scenario.meters) {
    const value = rows[rows.length - 1]![header.indexOf(meter.id)];
    const final = meterValue(scenario, state.meters, meter.id);
    assert(Number(value) === final, `CSV final ${meter.id}: ${value}`);
  }
}

/** The print layout: no stage or controls, black on white, nothing wider than the paper. */
async function checkPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const printed = await page.evaluate(() => ({
    stage: getComputedStyle(document.getElementById('stage')!).display,
    buttons: Array.from(document.querySelectorAll('button')).filter(
      (b) => getComputedStyle(b).display !== 'none',
    ).length,
    background: getComputedStyle(document.body).backgroundColor,
    overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  }));
  assert(printed.stage === 'none', 'the stage is not printed');
  assert(printed.buttons === 0, `${printed.buttons} buttons would be printed`);
  assert(printed.background === 'rgb(255, 255, 255)', `printed on white (${printed.background})`);
  assert(!printed.overflow, 'the printed debrief fits the paper width');
  await screenshot(page, 'debrief-print');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(LAPTOP);
}

function soloTest(role: 'us' | 'mx', seed: number): BrowserTest {
  const name = shippedScenario().roles.find((r) => r.id === role)!.name;
  return {
    name: `a whole solo game as ${name}, each screen checked against the engine; exports match`,
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, LAPTOP);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      const state = await playSolo(page, role, seed, {
        viewport: LAPTOP,
        suffix: role === 'us' ? '1366x768' : '1366x768-mx',
        axe: true,
      });
      await checkDebrief(page, state);
      await checkExports(page, state);
      if (role === 'us') await checkPrint(page);
      checkPage(tracked);
    },
  };
}

/** 200% browser zoom on a 1366×768 screen leaves a 683×384 CSS-pixel viewport. */
const ZOOM_200: Viewport = { width: 683, height: 384 };

export const tests: BrowserTest[] = [
  soloTest('us', 20250201),
  soloTest('mx', 77),
  {
    name: 'at 200% zoom and at the largest text size, screens fit without sideways scrolling',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, ZOOM_200);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await page.evaluate(() =>
        localStorage.setItem(
          'bilateral.settings.v1',
          JSON.stringify({ textScale: 1.5, reducedMotion: true, language: 'en' }),
        ),
      );
      await page.reload({ waitUntil: 'load' });
      const scale = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--font-scale'),
      );
      assert(scale.trim() === '1.5', `the text-size setting is applied (--font-scale ${scale})`);
      await startGame(page, 'mx', 3);
      const begin = await h1Text(page);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await nextScreen(page, begin);
      for (const kind of ['decide', 'respond-or-report']) {
        const shown = await readShown(page);
        assert(!shown.overflow, `${shown.h1} (${kind}) scrolls sideways at 200% zoom`);
        await screenshot(page, `${screenOf(shown.h1)}-zoom200-text150`);
        if (kind === 'decide') {
          await decideByMouse(page, 2);
          await nextScreen(page, shown.h1);
        }
      }
      checkPage(tracked);
    },
  },
  {
    name: 'a solo game at phone width: every screen axe-clean and photographed',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl, PHONE);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      const state = await playSolo(page, 'mx', 5, { viewport: PHONE, suffix: 'phone', axe: true });
      await checkDebrief(page, state);
      checkPage(tracked);
    },
  },
];
