/**
 * Numbers written in prose must be the numbers the rules use. A model note that says
 * "15% a month" for an event whose chance is 0.2, or a requirement shown as "at least
 * 30" for a condition of 25, misleads the reader about the model.
 *
 * - In a model note, every percentage is read as a chance, and must be the chance (×100)
 *   of something the note explains (`about`), or a chance scaled to one end of its
 *   `scale`; a percentage written more often than the data holds it is also reported.
 *   Every number in a phrase that states a size or threshold ("by 24", "at least 25",
 *   "35 or less", "reaches 60", "weight 3") must occur in the rules of what it explains.
 * - In an option's `requiresText`, such numbers must occur in its `requires`.
 *
 * Years and other four-digit numbers are never read as numbers of the model.
 */
import type { PathSegment } from './problems';
import type { Report } from './refIndex';
import type { Chance, Condition, Effect, Scenario } from './schema';

type Numbers = { values: number[]; chances: number[] };

const empty = (): Numbers => ({ values: [], chances: [] });

function fromCondition(c: Condition, out: Numbers): void {
  if ('all' in c) c.all.forEach((x) => fromCondition(x, out));
  else if ('any' in c) c.any.forEach((x) => fromCondition(x, out));
  else if ('not' in c) fromCondition(c.not, out);
  else if ('turnAtLeast' in c) out.values.push(c.turnAtLeast);
  else if ('turnAtMost' in c) out.values.push(c.turnAtMost);
  else if ('flag' in c) return;
  else {
    if (c.atLeast !== undefined) out.values.push(c.atLeast);
    if (c.atMost !== undefined) out.values.push(c.atMost);
    if ('withinTurns' in c && c.withinTurns !== undefined) out.values.push(c.withinTurns);
  }
}

/** A chance in percent, with its values at both ends of its scale. */
function fromChance(chance: Chance, out: Numbers): void {
  if (typeof chance === 'number') {
    out.chances.push(chance * 100);
    return;
  }
  const { base, scale } = chance;
  out.chances.push(base * 100);
  for (const factor of [scale.low, scale.high]) out.chances.push(Math.min(1, base * factor) * 100);
  out.values.push(scale.from, scale.to);
}

function fromEffects(effects: readonly Effect[], out: Numbers): void {
  for (const e of effects) {
    if ('chance' in e) {
      fromChance(e.chance, out);
      fromEffects(e.then, out);
      fromEffects(e.else ?? [], out);
    } else if ('if' in e) {
      fromCondition(e.if, out);
      fromEffects(e.then, out);
      fromEffects(e.else ?? [], out);
    } else if ('after' in e) {
      out.values.push(e.after);
      fromEffects(e.effects, out);
    } else if ('delta' in e) {
      out.values.push(Math.abs(e.delta));
      if ('scale' in e && e.scale !== undefined) out.values.push(e.scale.from, e.scale.to);
    }
  }
}

/** The numbers of every option, answer, event and response rule, by id. */
function numbersById(scenario: Scenario): Map<string, Numbers> {
  const byId = new Map<string, Numbers>();
  const add = (id: string, fill: (n: Numbers) => void) => {
    const n = byId.get(id) ?? empty();
    fill(n);
    byId.set(id, n);
  };
  for (const o of scenario.options) {
    add(o.id, (n) => {
      if (o.requires) fromCondition(o.requires, n);
      if (o.maxUses !== undefined) n.values.push(o.maxUses);
      n.values.push(...Object.values(o.cost));
      fromEffects(o.effects, n);
    });
  }
  for (const rule of scenario.responses) {
    add(rule.id, (n) => rule.when && fromCondition(rule.when, n));
    for (const a of rule.answers) {
      add(a.id, (n) => {
        if (a.when) fromCondition(a.when, n);
        n.values.push(a.weight);
        for (const w of a.weightIf) {
          fromCondition(w.when, n);
          n.values.push(w.factor);
        }
        fromEffects(a.effects, n);
      });
    }
  }
  for (const e of scenario.events) {
    add(e.id, (n) => {
      if (e.when) fromCondition(e.when, n);
      if (e.chance !== undefined) n.chances.push(e.chance * 100);
      fromEffects(e.effects, n);
    });
  }
  return byId;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

/** Numbers stated as sizes or thresholds, e.g. "by 24", "at least 25", "35 or less". */
const VALUE_PHRASES = [
  /\bby (\d+(?:\.\d+)?)(?![\d%]|,\d)/g,
  /\bat (?:least|most) (\d+(?:\.\d+)?)(?![\d%]|,\d)/g,
  /\b(\d+(?:\.\d+)?) or (?:less|more|fewer|lower|higher|below|above)\b/g,
  /\breaches (\d+(?:\.\d+)?)(?![\d%]|,\d)/g,
  /\bweight (\d+(?:\.\d+)?)(?![\d%]|,\d)/g,
];

function statedValues(text: string): number[] {
  const found: number[] = [];
  for (const re of VALUE_PHRASES) {
    for (const m of text.matchAll(re)) {
      const n = Number(m[1]);
      if (n < 1000) found.push(n);
    }
  }
  return found;
}

function statedPercentages(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => Number(m[1]));
}

const percent = (n: number) => `${Number(n.toFixed(1))}%`;

/** Reports numbers in `text` that the rules in `data` do not hold. */
function compare(
  report: Report,
  path: PathSegment[],
  text: string,
  data: Numbers,
  what: string,
): void {
  const counts = new Map<number, number>();
  for (const p of statedPercentages(text)) counts.set(p, (counts.get(p) ?? 0) + 1);
  for (const [p, said] of counts) {
    const held = data.chances.filter((c) => near(c, p)).length;
    const known = [...new Set(data.chances.map(percent))].join(', ') || 'none';
    if (held === 0) {
      report(path, `${p}% is not a chance of ${what} (their chances: ${known})`);
    } else if (said > held) {
      report(
        path,
        `${p}% is written ${said} times, but only ${held} of the chances of ${what} is ${p}% (their chances: ${known})`,
      );
    }
  }
  for (const v of new Set(statedValues(text))) {
    if (!data.values.some((d) => near(d, v))) {
      report(path, `${v} is not a number in the rules of ${what}`);
    }
  }
}

export function checkNumbers(scenario: Scenario, report: Report): void {
  const byId = numbersById(scenario);
  scenario.modelNotes.forEach((note, i) => {
    const data = empty();
    for (const id of note.about) {
      const n = byId.get(id);
      if (n) {
        data.values.push(...n.values);
        data.chances.push(...n.chances);
      }
    }
    const what = `what this note explains (${note.about.join(', ')})`;
    compare(report, ['modelNotes', i, 'text'], note.text, data, what);
  });
  scenario.options.forEach((option, i) => {
    if (option.requiresText === undefined) return;
    const data = empty();
    if (option.requires) fromCondition(option.requires, data);
    compare(report, ['options', i, 'requiresText'], option.requiresText, data, 'its requires');
  });
}
