/**
 * A game as readable text: each turn's events, both sides' moves and answers (with their
 * statements), chance rolls, every change with its rule, reason and receipts, and the
 * result. The golden-transcript tests and `npm run simulate -- --transcript` print this.
 */
import type { Citation, Scenario } from '../data/schema';
import type { Cause, GameState, TraceEntry, TurnRecord } from './types';
import { indexScenario, roleName, type ScenarioIndex } from './scenarioIndex';
import { causeSource, effectAt } from './effects';
import { gameResult } from './scoring';
import { assertNever, fmt, percent, signed } from './ruleText';

/** The whole game so far as text (ends with a newline). */
export function formatTranscript(scenario: Scenario, state: GameState): string {
  const ix = indexScenario(scenario);
  const lines: string[] = [];
  const humans = state.config.humanRoles.map((r) => roleName(ix, r));
  lines.push(`${scenario.meta.title} (${scenario.meta.id} ${scenario.meta.version})`);
  lines.push(
    `Seed ${state.config.seed} · ${state.config.mode} · played by people: ${humans.length > 0 ? humans.join(', ') : 'none'}`,
  );
  lines.push(
    `Start: ${meterLine(
      scenario,
      scenario.meters.map((m) => m.start),
    )}`,
  );
  for (const record of state.history) formatTurn(scenario, ix, state, record, lines);
  if (state.phase !== 'ended') {
    lines.push('', `== Turn ${state.turn} in progress (${state.phase}) ==`);
  }
  const result = gameResult(scenario, state);
  const outcome = scenario.outcomes.find((o) => o.id === result.outcome);
  lines.push('', state.phase === 'ended' ? '== Result ==' : '== Standing ==');
  lines.push(`Outcome: ${outcome?.label ?? result.outcome} [${result.outcome}]`);
  lines.push(
    `Scores: ${result.scores.map((s) => `${roleName(ix, s.role)} ${s.score.toFixed(1)}`).join(' · ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function formatTurn(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  record: TurnRecord,
  lines: string[],
): void {
  const label = scenario.calendar.turns[record.turn - 1]?.label ?? '';
  lines.push('', `== Turn ${record.turn}: ${label} ==`);
  if (record.events.length > 0) {
    lines.push('Events:');
    for (const id of record.events) {
      const ev = ix.events.get(id);
      lines.push(`  - ${ev?.title ?? id} [${id}]: ${ev?.text ?? ''}`);
    }
  }
  lines.push('Moves:');
  if (record.moves.length === 0) lines.push('  (none)');
  for (const m of record.moves) {
    lines.push(
      `  - ${roleName(ix, m.role)}: ${ix.options.get(m.option)?.label ?? m.option} [${m.option}]`,
    );
  }
  if (record.responses.length > 0) {
    lines.push('Responses:');
    for (const r of record.responses) {
      const move = record.moves[r.move];
      const answer = r.answer === undefined ? undefined : ix.answers.get(r.rule)?.get(r.answer);
      const to = move
        ? `${roleName(ix, move.role)}’s move ${ix.options.get(move.option)?.label ?? move.option}`
        : '?';
      if (!answer) {
        lines.push(`  - ${roleName(ix, r.responder)} to ${to}: (no answer)`);
        continue;
      }
      const st = answer.statement;
      const quote =
        st.quote === undefined
          ? ''
          : ` “${st.quote}”${st.speaker ? ` — ${st.speaker}` : ''}${st.source ? ` [${st.source}]` : ''}`;
      const assumed = answer.assumption ? ' (model assumption)' : '';
      lines.push(
        `  - ${roleName(ix, r.responder)} to ${to}: ${answer.label} [${answer.id}, ${answer.kind}]${assumed} — ${st.text}${quote}`,
      );
    }
  }
  if (record.rolls.length > 0) {
    lines.push('Rolls:');
    for (const roll of record.rolls) {
      lines.push(
        `  - ${roll.label}: ${percent(roll.chance)}, ${roll.success ? 'succeeded' : 'failed'} (${causeText(ix, roll.cause)})`,
      );
    }
  }
  lines.push('Changes:');
  if (record.trace.length === 0) lines.push('  (none)');
  for (const t of record.trace) lines.push(`  - ${traceText(ix, t)}`);
  const scheduled = state.delayed.filter((d) => {
    const src = causeSource(ix, d.cause);
    const e = src && effectAt(src.effects, d.effectPath);
    return e !== undefined && 'after' in e && d.dueTurn - e.after === record.turn;
  });
  if (scheduled.length > 0) {
    lines.push('Scheduled:');
    for (const d of scheduled) {
      const late = d.dueTurn > ix.lastTurn ? ', after the last turn: it will not happen' : '';
      lines.push(`  - ${d.label}, due turn ${d.dueTurn}${late} (${causeText(ix, d.cause)})`);
    }
  }
  lines.push(`Meters: ${meterLine(scenario, record.meters)}`);
}

function meterLine(scenario: Scenario, meters: readonly number[]): string {
  return scenario.meters
    .map((m, i) => `${m.label}${m.hidden ? ' (hidden)' : ''} ${fmt(meters[i] ?? m.start)}`)
    .join(' · ');
}

/** One trace entry as a line: what changed, by how much, through what, why, receipts. */
export function traceText(ix: ScenarioIndex, t: TraceEntry): string {
  let what: string;
  switch (t.target.kind) {
    case 'meter':
      what = `${ix.meters.get(t.target.id)?.label ?? t.target.id} ${fmt(Number(t.before))} → ${fmt(Number(t.after))} (${signed(t.delta)})`;
      break;
    case 'resource': {
      const owner = t.target.role === undefined ? '' : `${roleName(ix, t.target.role)} `;
      const label = ix.resourceLabels.get(t.target.id) ?? t.target.id;
      what = `${owner}${label} ${fmt(Number(t.before))} → ${fmt(Number(t.after))} (${signed(t.delta)})`;
      break;
    }
    case 'flag':
      what = `${ix.flags.get(t.target.id)?.label ?? t.target.id}: ${t.before ? 'yes' : 'no'} → ${t.after ? 'yes' : 'no'}`;
      break;
    default:
      what = assertNever(t.target.kind);
  }
  const why = t.why === undefined ? '' : ` Why: ${t.why}`;
  const cites = t.cites.length === 0 ? '' : ` ${t.cites.map(citeText).join(' ')}`;
  return `${what} by ${causeText(ix, t.cause)}: ${t.rule}.${why}${cites}`;
}

/** Who or what caused a change, in words. */
export function causeText(ix: ScenarioIndex, cause: Cause): string {
  switch (cause.kind) {
    case 'option':
      return `${roleName(ix, cause.role)}’s move ${ix.options.get(cause.option)?.label ?? cause.option}`;
    case 'answer': {
      const label = ix.answers.get(cause.rule)?.get(cause.answer)?.label ?? cause.answer;
      const to = ix.options.get(cause.toOption)?.label ?? cause.toOption;
      return `${roleName(ix, cause.role)}’s answer ${label} to the move ${to}`;
    }
    case 'event':
      return `event ${ix.events.get(cause.event)?.title ?? cause.event}`;
    case 'regen':
      return `${roleName(ix, cause.role)}’s renewal`;
    default:
      return assertNever(cause);
  }
}

function citeText(c: Citation): string {
  const quote = c.quote === undefined ? '' : `: “${c.quote}”${c.speaker ? ` — ${c.speaker}` : ''}`;
  return `[${c.source}${quote}]`;
}
