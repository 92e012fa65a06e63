/**
 * A plain implementation of the counterpart's valuation (src/engine/counterpart.ts), for
 * checking the engine's against: written from the heuristic's description, straight
 * from the scenario file's objects, counting uses by folding over the history, keeping
 * nothing. Conditions are evaluated by the engine's `holds` (tested on their own).
 */
import type { Condition, Effect, Scale, Scenario } from '../../../src/data';
import { effectOf } from '../../../src/data/kinds';
import {
  compileCondition,
  compileScenario,
  holds,
  type CompiledScenario,
  type GameState,
} from '../../../src/engine';

const DELAY_DISCOUNT = 0.75;
const compiled = new WeakMap<Scenario, CompiledScenario>();

function test(s: Scenario, state: GameState, c: Condition): boolean {
  let cs = compiled.get(s);
  if (!cs) {
    cs = compileScenario(s);
    compiled.set(s, cs);
  }
  return holds(cs, state, compileCondition(cs, c));
}

/** The game's last turn: its chosen length's, or the calendar's. */
function lastTurn(s: Scenario, state: GameState): number {
  const length = s.calendar.lengths.find((l) => l.id === state.config.length);
  return length?.turns ?? s.calendar.turns.length;
}

function meterAt(s: Scenario, state: GameState, id: string): number {
  return state.meters[s.meters.findIndex((m) => m.id === id)]!;
}

function factor(s: Scenario, state: GameState, scale: Scale): number {
  const v = meterAt(s, state, scale.meter);
  const t =
    scale.to === scale.from
      ? v >= scale.to
        ? 1
        : 0
      : Math.min(1, Math.max(0, (v - scale.from) / (scale.to - scale.from)));
  return scale.low + (scale.high - scale.low) * t;
}

/** Expected meter changes (by id) of `effects`, times `weight`. */
function expected(
  s: Scenario,
  state: GameState,
  effects: readonly Effect[],
  weight: number,
  uses: number,
  out: Map<string, number>,
): void {
  for (const effect of effects) {
    const k = effectOf(effect);
    switch (k.kind) {
      case 'meter': {
        let d = k.e.delta;
        if (k.e.diminishing !== undefined && uses > 0) d *= k.e.diminishing ** uses;
        if (k.e.scale) d *= factor(s, state, k.e.scale);
        out.set(k.e.meter, (out.get(k.e.meter) ?? 0) + weight * d);
        break;
      }
      case 'chance': {
        const c = k.e.chance;
        const p =
          typeof c === 'number' ? c : Math.min(1, Math.max(0, c.base * factor(s, state, c.scale)));
        expected(s, state, k.e.then, weight * p, uses, out);
        expected(s, state, k.e.else ?? [], weight * (1 - p), uses, out);
        break;
      }
      case 'if':
        expected(s, state, test(s, state, k.e.if) ? k.e.then : (k.e.else ?? []), weight, uses, out);
        break;
      case 'after':
        if (state.turn + k.e.after <= lastTurn(s, state)) {
          expected(s, state, k.e.effects, weight * DELAY_DISCOUNT ** k.e.after, uses, out);
        }
        break;
      case 'flag':
      case 'resource':
        break;
    }
  }
}

/** The counterpart's value for `role` of choosing option `optionId` in `state`. */
export function referenceOptionValue(
  s: Scenario,
  state: GameState,
  role: string,
  optionId: string,
): number {
  const option = s.options.find((o) => o.id === optionId)!;
  const past = state.history.flatMap((r) => r.moves).filter((m) => m.option === optionId).length;
  const changes = new Map<string, number>();
  expected(s, state, option.effects, 1, past, changes);
  for (const responder of s.roles) {
    if (responder.id === option.role) continue;
    const own = s.responses.filter((r) => r.role === responder.id);
    const candidates = [
      ...own.filter((r) => r.to.options?.includes(optionId)),
      ...own.filter(
        (r) =>
          !r.to.options?.includes(optionId) &&
          (r.to.tags ?? []).some((t) => option.tags.includes(t)),
      ),
    ];
    const rule = candidates.find((r) => r.when === undefined || test(s, state, r.when));
    if (!rule) continue;
    const open = rule.answers.filter((a) => a.when === undefined || test(s, state, a.when));
    const weights = open.map((a) =>
      a.weightIf.reduce((w, wi) => (test(s, state, wi.when) ? w * wi.factor : w), a.weight),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    open.forEach((answer, k) => {
      const share = total > 0 ? weights[k]! / total : k === 0 ? 1 : 0;
      const given = state.history
        .flatMap((r) => r.responses)
        .filter((x) => x.rule === rule.id && x.answer === answer.id).length;
      expected(s, state, answer.effects, share, given, changes);
    });
  }
  const def = s.roles.find((r) => r.id === role)!;
  const { weights, targets } = def.objectives;
  const sum =
    Object.values(weights).reduce((a, w) => a + Math.abs(w), 0) +
    Object.values(targets).reduce((a, t) => a + t.weight, 0);
  if (sum === 0) return 0;
  let total = 0;
  for (const m of s.meters) {
    const d = changes.get(m.id) ?? 0;
    if (d === 0) continue;
    const v = meterAt(s, state, m.id);
    const nv = Math.min(m.max, Math.max(m.min, v + d));
    const target = targets[m.id];
    if (target) {
      // Nearness to the target, 1 at it and 0 at the farther end of the range.
      const reach = Math.max(target.near - m.min, m.max - target.near);
      const near = (x: number) => Math.max(0, 1 - Math.abs(x - target.near) / reach);
      total += target.weight * (near(nv) - near(v));
    } else {
      total += ((weights[m.id] ?? 0) * (nv - v)) / (m.max - m.min);
    }
  }
  return (total / sum) * 100;
}
