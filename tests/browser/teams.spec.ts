/**
 * Two teams on one device: a whole game, checking at every screen that nothing of one
 * team's pending choice — moves or answers — is in the page (not even hidden) while the
 * other team has the device or the device is being passed; and that both are revealed
 * in the report. Played at phone width, with each screen axe-checked once.
 */
import type { Scenario } from '../../src/data/schema';
import type { GameState } from '../../src/engine/types';
import { audienceOf } from '../../src/store/turnViews';
import {
  assert,
  checkAccessibility,
  checkPage,
  LAPTOP,
  openPage,
  PHONE,
  screenshot,
  type BrowserTest,
} from './harness';
import {
  checkAnswers,
  checkOptions,
  decideByMouse,
  engineState,
  freshStart,
  h1Text,
  nextScreen,
  readShown,
  respondByMouse,
  screenOf,
  shippedScenario,
  startGame,
  type Shown,
} from './play';

type Pending = { role: string; phase: 'decide' | 'respond'; texts: string[]; ids: string[] };

/** What would give a team's choice away: option summaries and values, answer statements. */
function moveTells(scenario: Scenario, ids: string[]): string[] {
  return ids.map((id) => scenario.options.find((o) => o.id === id)!.summary);
}

function answerTells(scenario: Scenario, state: GameState, role: string): string[] {
  return state.responses
    .filter((r) => r.responder === role && r.answer !== undefined)
    .map((r) => {
      const answer = scenario.responses
        .find((x) => x.id === r.rule)!
        .answers.find((a) => a.id === r.answer)!;
      return answer.statement.text;
    });
}

function assertPrivate(shown: Shown, pending: Pending | undefined, where: string): void {
  if (!pending) return;
  for (const text of pending.texts) {
    assert(
      !shown.text.includes(text),
      `${where}: the ${pending.role} team's pending "${text.slice(0, 50)}…" is on the page`,
    );
  }
  for (const id of pending.ids) {
    assert(
      !shown.html.includes(`value="${id}"`),
      `${where}: a control for the pending "${id}" is in the page`,
    );
  }
}

export const tests: BrowserTest[] = [
  {
    name: 'a whole two-team game: each team’s pending choice never on the page during the other’s turn',
    async run({ browser, baseUrl }) {
      const scenario = shippedScenario();
      const tracked = await openPage(browser, baseUrl, PHONE);
      const { page } = tracked;
      await freshStart(page, baseUrl, true);
      await startGame(page, 'teams', 4242);
      const seen = new Set<string>();
      const visit = async (kind: string) => {
        if (seen.has(kind)) return;
        seen.add(kind);
        await checkAccessibility(page, `${kind} (two teams, phone)`);
        await screenshot(page, `teams-${kind}-phone`);
        if (kind === 'pass') {
          await page.setViewportSize(LAPTOP);
          await screenshot(page, 'teams-pass-1366x768');
          await page.setViewportSize(PHONE);
        }
      };
      await visit('briefing');
      const begin = await h1Text(page);
      await page.getByRole('button', { name: /^Begin/ }).click();
      await nextScreen(page, begin);

      let pending: Pending | undefined;
      let revealedMonths = 0;
      for (let guard = 0; guard < 120; guard++) {
        const shown = await readShown(page);
        const kind = screenOf(shown.h1);
        if (kind === 'debrief') break;
        const state = await engineState(page);
        const roleName = (id: string) => scenario.roles.find((r) => r.id === id)!.name;
        const active = scenario.roles.find((r) => shown.h1.includes(r.name))?.id;
        // Moves are revealed once both teams have chosen (the answer phase shows them).
        if (pending?.phase === 'decide' && state.phase !== 'decide') pending = undefined;
        if (kind === 'pass' || kind === 'decide' || kind === 'respond') {
          assert(active, `whose turn: "${shown.h1}"`);
          assertPrivate(shown, pending?.role === active ? undefined : pending, `${shown.h1}`);
        }
        await visit(kind);
        if (kind === 'pass') {
          await page
            .getByRole('button', { name: `We are the ${roleName(active!)} team: show our screen` })
            .click();
        } else if (kind === 'decide') {
          checkOptions(shown, state, active!);
          const picks = await decideByMouse(page, 2, state.turn + (active === 'us' ? 0 : 5));
          pending = {
            role: active!,
            phase: 'decide',
            texts: moveTells(scenario, picks),
            ids: picks,
          };
        } else if (kind === 'respond') {
          checkAnswers(shown, state, active!);
          await respondByMouse(page, state.turn % 2);
          const after = await engineState(page);
          pending = {
            role: active!,
            phase: 'respond',
            texts: answerTells(scenario, after.phase === 'respond' ? after : state, active!),
            ids: [],
          };
          // Once both have answered the month resolves and everything is revealed.
          if (after.turn !== state.turn || after.phase === 'ended') pending = undefined;
        } else if (kind === 'report') {
          const record = state.history[revealedMonths]!;
          // A secret move still hidden from a team stays off the shared report.
          const { secret } = audienceOf(state);
          for (const [index, move] of record.moves.entries()) {
            if (secret.move(record.turn, index)) continue;
            const label = scenario.options.find((o) => o.id === move.option)!.label;
            assert(
              shown.text.includes(`${roleName(move.role)} chose: ${label}`),
              `report reveals ${label}`,
            );
          }
          revealedMonths += 1;
          pending = undefined;
          await page.getByRole('button', { name: /^(Go on to|See the debrief)/ }).click();
        }
        await nextScreen(page, shown.h1);
      }
      const state = await engineState(page);
      assert(state.phase === 'ended', 'the two-team game ended');
      assert(revealedMonths === scenario.calendar.turns.length, `${revealedMonths} reports read`);
      await visit('debrief');
      checkPage(tracked);
    },
  },
];
