/**
 * The quotation check: every quote in the scenario must appear word for word in the
 * text of the source it cites. Typographic quote marks and runs of white space are
 * treated as equal, and an ellipsis (… or ...) in a quote stands for omitted words,
 * so each part must appear in order.
 */
import type { PathSegment } from './problems';
import type { Report } from './refIndex';
import type { Scenario } from './schema';
import { isPlainObject } from './schemaIssues';

/** Returns a source file's text by its file name, or undefined when it is missing. */
export type SourceLookup = (file: string) => string | undefined;

function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every part of `quote` between ellipses occurs in `text`, in order. */
export function quoteOccursIn(quote: string, text: string): boolean {
  return occursInNormalized(quote, normalize(text));
}

function occursInNormalized(quote: string, haystack: string): boolean {
  const parts = normalize(quote)
    .split(/\s*(?:\.\.\.|\u2026)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

type Quoted = { path: PathSegment[]; quote: string; source: string };

/** Every object carrying both `quote` and `source`: citations, statements, evidence. */
function findQuotes(value: unknown, path: PathSegment[], out: Quoted[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => findQuotes(item, [...path, i], out));
  } else if (isPlainObject(value)) {
    if (typeof value.quote === 'string' && typeof value.source === 'string') {
      out.push({ path: [...path, 'quote'], quote: value.quote, source: value.source });
    }
    for (const [key, child] of Object.entries(value)) findQuotes(child, [...path, key], out);
  }
}

/**
 * Reports quotes missing from their source's text, quotes whose source names no file
 * (they would escape the check), and source files that cannot be read.
 */
export function checkQuotes(scenario: Scenario, report: Report, sourceText: SourceLookup): void {
  const texts = new Map<string, string | undefined>();
  scenario.meta.sources.forEach((source, i) => {
    if (source.file === undefined || texts.has(source.id)) return;
    const text = sourceText(source.file);
    if (text === undefined) {
      report(['meta', 'sources', i, 'file'], `cannot find the source file '${source.file}'`);
    }
    texts.set(source.id, text === undefined ? undefined : normalize(text));
  });
  const quotes: Quoted[] = [];
  findQuotes(scenario, [], quotes);
  // A scenario that names no source file is not bound to any text: nothing to check.
  if (!scenario.meta.sources.some((s) => s.file !== undefined)) return;
  const named = new Set(scenario.meta.sources.map((s) => s.id));
  for (const q of quotes) {
    const text = texts.get(q.source);
    if (text === undefined) {
      // An unknown source id is reported by the cross-reference check; a missing file above.
      if (named.has(q.source) && !texts.has(q.source)) {
        report(
          q.path,
          `this quote cannot be checked: source '${q.source}' names no file; add 'file:' to its entry in meta.sources`,
        );
      }
      continue;
    }
    if (!occursInNormalized(q.quote, text)) {
      const file = scenario.meta.sources.find((s) => s.id === q.source)?.file ?? q.source;
      report(
        q.path,
        `this quote is not word for word in source '${q.source}' (${file}); quote it exactly, or make it a paraphrase without quotation marks`,
      );
    }
  }
}
