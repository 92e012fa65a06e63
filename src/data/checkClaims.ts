/**
 * Claims of agreement must show the agreement. Text that says "the sources agree" (or
 * "all the sources say", "every source reports") stands in a part whose `cites` quote at
 * least two different sources, so the reader sees each source say it. Otherwise it is
 * one source's claim, and should be worded as such.
 */
import type { PathSegment } from './problems';
import type { Report } from './refIndex';
import type { Scenario } from './schema';
import { isPlainObject } from './schemaIssues';

const AGREEMENT =
  /\b(?:the )?sources (?:all )?agree\b|\ball (?:the |five )?sources (?:agree|say|report)\b|\bevery source (?:agrees|says|reports)\b/i;

type Cite = { source?: unknown; quote?: unknown };

/** The distinct sources quoted in a `cites` list. */
function quotedSources(cites: readonly Cite[]): Set<string> {
  const sources = new Set<string>();
  for (const c of cites) {
    if (typeof c.source === 'string' && typeof c.quote === 'string') sources.add(c.source);
  }
  return sources;
}

function walk(value: unknown, path: PathSegment[], cites: readonly Cite[], report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], cites, report));
    return;
  }
  if (!isPlainObject(value)) return;
  const own = Array.isArray(value.cites) ? (value.cites as Cite[]) : cites;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && AGREEMENT.test(child)) {
      const quoted = quotedSources(own);
      if (quoted.size < 2) {
        const shown = quoted.size === 0 ? 'no source is' : `only '${[...quoted][0]}' is`;
        report(
          [...path, key],
          `this text says the sources agree, but ${shown} quoted in its cites: quote each source that says it, or name the one source that makes the claim`,
        );
      }
    } else if (key !== 'cites') {
      walk(child, [...path, key], own, report);
    }
  }
}

export function checkClaims(scenario: Scenario, report: Report): void {
  walk(scenario, [], [], report);
}
