/**
 * A game as readable text: each turn's events, the moves and answers (with their
 * statements), chance rolls, every change with its cause, its reasons in plain words, its
 * arithmetic and its receipts, and the result. The golden-transcript tests and
 * `npm run simulate -- --transcript` print this, with the same words as the game.
 */
import type { Citation, Scenario } from '../data/schema';
import type { CompiledScenario, GameState, TurnRecord } from '../engine';
import { effectAt, finalTurn, gameResult, rootEffects } from '../engine';
import { causeCites } from '../engine/causes';
import {
  causeName,
  causeText,
  changeHeadline,
  changeMath,
  changeReasons,
  effectLabel,
  rollLabel,
} from './trace';
import { formatNumber, formatPercent } from './format';
import type { Translate } from './messages';

/**
 * The whole game so far as text (ends with a newline). The layout and headings are the
 * transcript's own; every sentence about the game comes from the catalog through `t`.
 */
export function formatTranscript(
  t: Translate,
  compiled: CompiledScenario,
  state: GameState,
): string {
  const s = compiled.source;
  const lines: string[] = [];
  const humans = state.config.humanRoles.map((r) => roleName(s, r));
  lines.push(`${s.meta.title} (${s.meta.id} ${s.meta.version})`);
  lines.push(
    `Seed ${state.config.seed} · ${state.config.mode} · played by people: ${humans.length > 0 ? humans.join(', ') : 'none'}`,
  );
  lines.push(
    `Start: ${meterLine(
      t,
      s,
      s.meters.map((m) => m.start),
    )}`,
  );
  for (const record of state.history) formatTurn(t, compiled, state, record, lines);
  if (state.phase !== 'ended')
    lines.push('', `== Turn ${state.turn} in progress (${state.phase}) ==`);
  const result = gameResult(compiled, state);
  const outcome =
    s.endings.find((e) => e.id === result.outcome) ??
    s.outcomes.find((o) => o.id === result.outcome);
  lines.push('', state.phase === 'ended' ? '== Result ==' : '== Standing ==');
  lines.push(`Outcome: ${outcome?.label ?? result.outcome} [${result.outcome}]`);
  lines.push(
    `Scores: ${result.scores.map((r) => `${roleName(s, r.role)} ${r.score.toFixed(1)}`).join(' · ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function roleName(s: Scenario, id: string): string {
  return s.roles.find((r) => r.id === id)?.name ?? id;
}

function optionLabel(s: Scenario, id: string): string {
  return s.options.find((o) => o.id === id)?.label ?? id;
}

function formatTurn(
  t: Translate,
  compiled: CompiledScenario,
  state: GameState,
  record: TurnRecord,
  lines: string[],
): void {
  const s = compiled.source;
  lines.push('', `== Turn ${record.turn}: ${s.calendar.turns[record.turn - 1]?.label ?? ''} ==`);
  if (record.events.length > 0) {
    lines.push('Events:');
    for (const id of record.events) {
      const ev = s.events.find((e) => e.id === id);
      lines.push(`  - ${ev?.title ?? id} [${id}]: ${ev?.text ?? ''}`);
    }
  }
  lines.push('Moves:');
  if (record.moves.length === 0) lines.push('  (none)');
  record.moves.forEach((m, index) => {
    const secret = state.secrets.find((x) => x.turn === record.turn && x.move === index);
    const hidden = secret
      ? ` (secret from ${secret.from.map((r) => roleName(s, r)).join(', ')}${secret.revealed === null ? ', never came to light' : `, came to light in turn ${secret.revealed}`})`
      : '';
    lines.push(`  - ${roleName(s, m.role)}: ${optionLabel(s, m.option)} [${m.option}]${hidden}`);
  });
  for (const m of record.exposed) {
    lines.push(
      `  - came to light: ${roleName(s, m.role)}: ${optionLabel(s, m.option)} [${m.option}], made in turn ${m.turn}`,
    );
  }
  if (record.responses.length > 0) {
    lines.push('Responses:');
    const answerable = [...record.moves, ...record.exposed];
    for (const r of record.responses) {
      const move = answerable[r.move];
      const to = move ? `${roleName(s, move.role)}’s move ${optionLabel(s, move.option)}` : '?';
      const answer = s.responses
        .find((x) => x.id === r.rule)
        ?.answers.find((a) => a.id === r.answer);
      if (!answer) {
        lines.push(`  - ${roleName(s, r.responder)} to ${to}: (no answer)`);
        continue;
      }
      const st = answer.statement;
      const quote =
        st.quote === undefined
          ? ''
          : ` “${st.quote}”${st.speaker ? ` — ${st.speaker}` : ''}${st.source ? ` [${st.source}]` : ''}`;
      const assumed = answer.assumption ? ' (model assumption)' : '';
      lines.push(
        `  - ${roleName(s, r.responder)} to ${to}: ${answer.label} [${answer.id}, ${answer.kind}]${assumed} — ${st.text}${quote}`,
      );
    }
  }
  if (record.rolls.length > 0) {
    lines.push('Rolls:');
    for (const roll of record.rolls) {
      lines.push(
        `  - ${rollLabel(t, s, roll)}: ${formatPercent(roll.chance, t.language)}, ${roll.success ? 'succeeded' : 'failed'} (${causeName(t, s, roll.cause)})`,
      );
    }
  }
  lines.push('Changes:');
  if (record.trace.length === 0) lines.push('  (none)');
  for (const entry of record.trace) {
    const parts = [
      `${changeHeadline(t, s, entry)}.`,
      t('change.because', { cause: causeText(t, s, entry.cause) }),
      ...changeReasons(t, s, entry),
    ];
    const math = changeMath(t, entry);
    if (math !== null) parts.push(t('change.math', { math }));
    const cites = causeCites(s, entry.cause);
    lines.push(
      `  - ${parts.join(' ')}${cites.length > 0 ? ` ${cites.map(citeText).join(' ')}` : ''}`,
    );
  }
  const scheduled = state.delayed.filter((d) => {
    const node = effectAt(rootEffects(compiled, d.cause)?.effects ?? [], d.effectPath);
    return node?.kind === 'after' && d.dueTurn - node.turns === record.turn;
  });
  if (scheduled.length > 0) {
    lines.push('Scheduled:');
    for (const d of scheduled) {
      const late =
        d.dueTurn > finalTurn(compiled, state.config)
          ? ', after the last turn: it will not happen'
          : '';
      const label = effectLabel(s, d.cause, d.effectPath);
      lines.push(`  - ${label}, due turn ${d.dueTurn}${late} (${causeName(t, s, d.cause)})`);
    }
  }
  lines.push(`Meters: ${meterLine(t, s, record.meters)}`);
}

function meterLine(t: Translate, s: Scenario, meters: readonly number[]): string {
  return s.meters
    .map(
      (m, i) =>
        `${m.label}${m.hidden ? ' (hidden)' : ''} ${formatNumber(meters[i] ?? m.start, t.language)}`,
    )
    .join(' · ');
}

function citeText(c: Citation): string {
  const quote = c.quote === undefined ? '' : `: “${c.quote}”${c.speaker ? ` — ${c.speaker}` : ''}`;
  return `[${c.source}${quote}]`;
}
