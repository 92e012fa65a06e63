/**
 * Readable citations: scenario text that names a source by its id ("s002 reports", "(s001,
 * s003)") shows the source's short name instead, where the scenario gives one. Only text
 * is rewritten (strings with a space: an id never has one), so every id the rules and
 * the citations refer to stays as it is. Applied where a scenario is compiled for the
 * browser (`scenarioFile.ts`), so every screen shows the same words.
 */
import type { Scenario } from '../data';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with each source id named by its short name (capitalised to open a sentence). */
export function citeByName(text: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return text;
  const pattern = new RegExp(
    `(?<![\\w-])(?:${[...names.keys()].map(escapeRegExp).join('|')})(?![\\w-])`,
    'g',
  );
  return text.replace(pattern, (id: string, offset: number) => {
    const name = names.get(id) ?? id;
    const opensSentence = /(^|[.!?]\s+)$/.test(text.slice(0, offset));
    return opensSentence ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
}

/** The short name of each source that has one, by id. */
export function shortNames(scenario: Scenario): Map<string, string> {
  return new Map(
    scenario.meta.sources.flatMap((s) => (s.short !== undefined ? [[s.id, s.short] as const] : [])),
  );
}

/** The scenario with its text citing sources by their short names (a copy; ids unchanged). */
export function readableCitations(scenario: Scenario): Scenario {
  const names = shortNames(scenario);
  if (names.size === 0) return scenario;
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') return /\s/.test(value) ? citeByName(value, names) : value;
    if (Array.isArray(value)) return value.map(copy);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
    }
    return value;
  };
  return copy(scenario) as Scenario;
}
