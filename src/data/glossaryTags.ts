/**
 * Tags players see on options with no glossary entry to explain them. A tag is explained
 * by a term that names it, ignoring case, hyphens and a trailing "(tag)": "Non-kinetic
 * (tag)" explains `non-kinetic`, and "Sovereignty" explains `sovereignty`. Not a problem
 * of the file (the game runs without), so `npm run validate` notes them apart.
 */
import type { Scenario } from './schema';

/** A term or tag as compared. */
export function glossaryKey(text: string): string {
  return text
    .replace(/\s*\(tag\)\s*$/i, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The tags, in order of first use, that no glossary term explains. */
export function tagsWithoutGlossary(scenario: Pick<Scenario, 'glossary' | 'options'>): string[] {
  const terms = new Set(scenario.glossary.map((g) => glossaryKey(g.term)));
  const tags = new Set(scenario.options.flatMap((o) => o.tags));
  return [...tags].filter((tag) => !terms.has(glossaryKey(tag)));
}
