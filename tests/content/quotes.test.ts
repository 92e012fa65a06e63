/**
 * Faithfulness of the shipped scenarios to their sources.
 *
 * - Every quote (citations, statements, evidence cards) appears word for word in the text
 *   of the source it cites. Only runs of white space are collapsed: quote characters,
 *   apostrophes and dashes must match the file exactly, which is stricter than the
 *   loader's own check. An ellipsis (…) stands for words left out between two parts of
 *   one remark; each part must appear, in order.
 * - Every piece of plain text that stands inside “…” or "…" appears word for word in at
 *   least one source, so that a paraphrase never stands in quotation marks.
 *
 * The source texts live beside the project (../shared/sources). Where that folder is
 * absent these checks are reported as skipped, never as passed, and under CI (`CI=true`)
 * its absence fails the run: a build that cannot check its quotations must not pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import type { Scenario } from '../../src/data';
import { checkRecord } from '../../src/data/checkRecord';
import { sourcesMissing } from './sourcesFolder';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourcesDir = resolve(repoRoot, '../shared/sources');
const haveSources = existsSync(sourcesDir);

if (!haveSources) {
  console.warn(
    `Source texts not found at ${sourcesDir}: the quotation checks are SKIPPED (not passed).`,
  );
}

/** Collapses runs of white space; nothing else is normalised. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when each part of `quote` between ellipses occurs in `text`, in order. */
function verbatimIn(quote: string, text: string): boolean {
  const haystack = collapse(text);
  let from = 0;
  for (const part of collapse(quote).split(/\s*…\s*/)) {
    const at = haystack.indexOf(part, from);
    if (part === '' || at < 0) return false;
    from = at + part.length;
  }
  return true;
}

type Shipped = { id: string; file: string; scenario: Scenario };

function shippedScenarios(): Shipped[] {
  const dir = join(repoRoot, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'scenario.yaml')))
    .map((d) => {
      const file = join(dir, d.name, 'scenario.yaml');
      const result = loadScenario(readFileSync(file, 'utf8'), file);
      if (!result.ok) {
        throw new Error(`${file} does not load: ${JSON.stringify(result.problems.slice(0, 5))}`);
      }
      return { id: d.name, file, scenario: result.scenario };
    });
}

type Quoted = { path: string; quote: string; source: string | undefined };
type Plain = { path: string; text: string };

/** Walks the scenario, collecting quote fields (with their source) and plain text. */
function walk(value: unknown, path: string, quotes: Quoted[], plain: Plain[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, quotes, plain));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(obj)) {
    const here = path === '' ? key : `${path}.${key}`;
    if (key === 'quote' && typeof child === 'string') {
      const source = typeof obj.source === 'string' ? obj.source : undefined;
      quotes.push({ path: here, quote: child, source });
    } else if (typeof child === 'string') {
      plain.push({ path: here, text: child });
    } else {
      walk(child, here, quotes, plain);
    }
  }
}

/** The passages that stand inside “…” or "…" in `text`. */
function quotedPassages(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/“([^“”]*)”/g)) found.push(m[1]!);
  for (const m of text.matchAll(/"([^"]*)"/g)) found.push(m[1]!);
  return found;
}

/**
 * The shipped scenarios, and a scenario with no source texts at all (the three-government
 * fixture), which an author may bundle too: these checks must pass for it.
 */
const scenarios = [...shippedScenarios(), fixture('delta-accord')];

function fixture(name: string): Shipped {
  const file = join(repoRoot, 'tests', 'fixtures', `${name}.yaml`);
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load`);
  return { id: `${name} (a scenario without source texts)`, file, scenario: result.scenario };
}

describe('shipped scenarios', () => {
  it('there is at least one, and each loads', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it('have their source texts at hand (required under CI)', () => {
    expect(sourcesMissing(sourcesDir, process.env), sourcesDir).toBe(false);
  });

  // The loader checks the record only against the source texts; this holds without them.
  it.each(scenarios.map((s) => [s.id, s.scenario] as const))(
    '%s: every option is on the record or hypothetical, every answer on the record or an assumption',
    (_id, scenario) => {
      const problems: string[] = [];
      checkRecord(scenario, (path, message) => problems.push(`${path.join('.')}: ${message}`));
      expect(problems).toEqual([]);
    },
  );
});

describe.skipIf(!haveSources)('quotations are verbatim from the sources', () => {
  const sourceTexts = new Map<string, string>();
  if (haveSources) {
    for (const name of readdirSync(sourcesDir)) {
      if (name.endsWith('.txt'))
        sourceTexts.set(name, readFileSync(join(sourcesDir, name), 'utf8'));
    }
  }
  const allSources = [...sourceTexts.values()].map(collapse);

  for (const { id, scenario } of scenarios) {
    const quotes: Quoted[] = [];
    const plain: Plain[] = [];
    walk(scenario, '', quotes, plain);
    const fileOf = new Map(scenario.meta.sources.map((s) => [s.id, s.file]));

    // A source need not name a file (a quotation citing one without is the loader's
    // error, checkQuotes.ts); one that names a file must have it.
    it(`${id}: every source file named in meta.sources exists`, () => {
      for (const s of scenario.meta.sources) {
        if (s.file !== undefined) expect(sourceTexts.has(s.file), `missing ${s.file}`).toBe(true);
      }
    });

    it(`${id}: every quote appears in the source it cites (${quotes.length} quotes)`, () => {
      const wrong: string[] = [];
      for (const q of quotes) {
        const file = q.source === undefined ? undefined : fileOf.get(q.source);
        const text = file === undefined ? undefined : sourceTexts.get(file);
        if (text === undefined) {
          wrong.push(`${q.path}: cites no readable source (${q.source ?? 'none'})`);
        } else if (!verbatimIn(q.quote, text)) {
          wrong.push(`${q.path}: not verbatim in ${file}: ${q.quote}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`${id}: text in quotation marks is verbatim from a source`, () => {
      const wrong: string[] = [];
      for (const p of plain) {
        for (const passage of quotedPassages(p.text)) {
          if (!allSources.some((s) => s.includes(collapse(passage)))) {
            wrong.push(`${p.path}: “${passage}” is in no source`);
          }
        }
        const opens = (p.text.match(/“/g) ?? []).length;
        const closes = (p.text.match(/”/g) ?? []).length;
        if (opens !== closes) wrong.push(`${p.path}: unbalanced curly quotation marks`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------
// The first scenario's content requirements.

/**
 * Every quotation listed in BRIEF.md §3 (Q1–Q27), as short strings; quotations split in
 * their article by "she said" and the like are listed part by part. Each must appear in
 * at least one evidence card.
 */
const BRIEF_QUOTATIONS: readonly string[] = [
  'Mexico categorically rejects any form of unilateral foreign military intervention', // Q1
  'Our sovereignty is not negotiable.', // Q2
  'we do not agree with any intervention or interference. We coordinate—we do not subordinate', // Q3
  'What works is a sustained effort to address root causes and enforce justice through arrests, with zero impunity.', // Q4
  'But in Mexico, no. Absolutely not', // Q5
  'The intent of designating these cartels and transnational organizations as terrorists', // Q6
  'These designations provide law enforcement additional tools to stop these groups.', // Q7
  'They can call it whatever they decide', // Q8
  'it is collaboration and coordination—never subordination, non-interference, and much less invasion.', // Q8
  'We reject any form of intervention or interference', // Q9
  'collaborates, but does not subordinate itself.', // Q10
  'build a target deck', // Q11
  'would throw the U.S.-Mexico relationship into a tailspin', // Q12
  'kingpin strategy', // Q13
  'We believe in strong partnerships', // Q14
  'But at some point, it’s about the safety of our kids.', // Q14
  'The gloves are off', // Q15
  'Dropping bombs is seductive but accomplishes not very much and comes with enormous risk', // Q16
  'This is not a military problem', // Q17
  'It’s more of a law enforcement challenge.', // Q17
  'Cartels aren’t ideologues. They’re businessmen', // Q18
  'If the cost of doing business becomes too high, they’ll find another way.', // Q18
  'until drugs, especially fentanyl, and all illegal immigrants', // Q19
  'such an operation would not solve anything', // Q20
  'killed more Americans than al-Qaeda and ISIS', // Q21
  'hopeless', // Q22
  'Offer a cartel member a small bit of cash, and they will turn on their mothers', // Q23
  'She’s so afraid of the cartels that she can’t even think straight.', // Q24
  'exercise total control', // Q25
  'waging war in America.', // Q26
  'We will take action immediately.', // Q27
];

const first = scenarios.find((s) => s.id === 'cartel-strikes-2025')?.scenario;

describe.skipIf(first === undefined)('cartel-strikes-2025: content requirements', () => {
  const s = first as Scenario;
  const roles = s.roles.map((r) => r.id);
  const answers = s.responses.flatMap((r) => r.answers);

  it('every BRIEF §3 quotation appears in at least one evidence card', () => {
    const cards = s.evidence.map((e) => collapse(e.quote ?? ''));
    const missing = BRIEF_QUOTATIONS.filter((q) => !cards.some((c) => c.includes(collapse(q))));
    expect(missing).toEqual([]);
  });

  it('has the roles us and mx, each with at least 10 options', () => {
    expect(roles).toEqual(['us', 'mx']);
    for (const role of roles) {
      expect(s.options.filter((o) => o.role === role).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('every option has a response rule from the other role', () => {
    const unanswered: string[] = [];
    for (const o of s.options) {
      const answered = s.responses.some(
        (r) =>
          r.role !== o.role &&
          ((r.to.options ?? []).includes(o.id) ||
            (r.to.tags ?? []).some((t) => o.tags.includes(t))),
      );
      if (!answered) unanswered.push(o.id);
    }
    expect(unanswered).toEqual([]);
  });

  it('every option, answer and event is explained by a model note', () => {
    const covered = new Set(s.modelNotes.flatMap((n) => n.about));
    const ids = [
      ...s.options.map((o) => o.id),
      ...answers.map((a) => a.id),
      ...s.events.map((e) => e.id),
    ];
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('answers marked as assumptions say so in their statement', () => {
    const silent = answers
      .filter((a) => a.assumption && !/assum/i.test(a.statement.text))
      .map((a) => a.id);
    expect(silent).toEqual([]);
  });

  it('turns after May 2025 are hypothetical, and the record before is not', () => {
    for (const t of s.calendar.turns) {
      expect(t.hypothetical ?? false, t.label).toBe((t.date ?? '') > '2025-05');
    }
  });

  it('advisors are composite characters, two or three per role', () => {
    for (const role of roles) {
      const mine = s.advisors.filter((a) => a.role === role);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      expect(mine.length).toBeLessThanOrEqual(3);
      expect(mine.every((a) => a.composite)).toBe(true);
    }
  });

  it('the outcome regions cover the whole plane', () => {
    const gaps: string[] = [];
    for (let x = 0; x <= 100; x += 0.5) {
      for (let y = 0; y <= 100; y += 0.5) {
        const inside = s.outcomes.some(
          (o) => x >= o.x.min && x <= o.x.max && y >= o.y.min && y <= o.y.max,
        );
        if (!inside) gaps.push(`(${x}, ${y})`);
      }
    }
    expect(gaps.slice(0, 5)).toEqual([]);
  });
});
