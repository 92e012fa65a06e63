/** Scenario text cites sources by their short names, never by their raw ids. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { citeByName, readableCitations, shortNames } from '../../src/store/citations';

const names = new Map([
  ['s001', 'the “considering” article'],
  ['s002', 'the “weighs” article'],
]);

describe('citations by name', () => {
  it('names each source, opening a sentence with a capital', () => {
    expect(citeByName('s002 reports it (s001, s002). In s001 she says no.', names)).toBe(
      'The “weighs” article reports it (the “considering” article, the “weighs” article). In the “considering” article she says no.',
    );
    expect(citeByName("s002's account.", names)).toBe("The “weighs” article's account.");
  });

  it('leaves other words and unknown ids alone', () => {
    expect(citeByName('s0021 and xs001 and s003 and s001-b', names)).toBe(
      's0021 and xs001 and s003 and s001-b',
    );
  });

  const file = 'scenarios/cartel-strikes-2025/scenario.yaml';
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const raw = loaded.scenario;
  const readable = readableCitations(raw);

  it('leaves no raw source id in the shipped scenario’s text, and every id in place', () => {
    const ids = raw.meta.sources.map((s) => s.id);
    expect(shortNames(raw).size).toBe(ids.length);
    const pattern = new RegExp(`\\b(${ids.join('|')})\\b`);
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') {
        if (/\s/.test(value)) texts.push(value);
      } else if (typeof value === 'object' && value !== null) {
        Object.values(value).forEach(walk);
      }
    };
    walk(readable);
    expect(texts.filter((text) => pattern.test(text))).toEqual([]);
    // Ids and citations stay as they were.
    expect(readable.meta.sources.map((s) => s.id)).toEqual(ids);
    expect(readable.options.map((o) => o.cites.map((c) => c.source))).toEqual(
      raw.options.map((o) => o.cites.map((c) => c.source)),
    );
  });
});
