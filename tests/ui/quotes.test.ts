/**
 * The game's translations of quotations: found by the path of each `quote` field of the
 * scenario, kept by the original words, and given only in the language they translate to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/ui/i18n';
import {
  quotePaths,
  quoteTranslation,
  useScenarioTranslation,
} from '../../src/ui/i18n/scenarioText';
import { loadCatalog } from '../../src/words/messages';
import { fixtureCompiled } from '../store/fixture';

const scenario = {
  options: [
    { id: 'strike', label: 'Strike', cites: [{ source: 's1', quote: 'We will act.' }] },
    { id: 'talk', cites: [{ source: 's2' }] },
  ],
  evidence: [{ id: 'e1', speaker: 'A', quote: 'No, we will not.' }],
  notes: [{ text: 'x', quote: 'Untranslated words.' }],
};

describe('quote translations', () => {
  beforeAll(async () => {
    // setLanguage sets <html lang>; a bare stand-in for the page is enough here.
    (globalThis as { document?: unknown }).document = { documentElement: { lang: 'en' } };
    await loadCatalog('es');
  });
  afterAll(() => {
    setLanguage('en');
    delete (globalThis as { document?: unknown }).document;
  });

  it('name each quote by its path, array elements by id or index', () => {
    expect(quotePaths(scenario)).toEqual([
      { path: 'options.strike.cites.0.quote', quote: 'We will act.' },
      { path: 'evidence.e1.quote', quote: 'No, we will not.' },
      { path: 'notes.0.quote', quote: 'Untranslated words.' },
    ]);
  });

  it('find every quote of a real scenario', () => {
    const paths = quotePaths(fixtureCompiled().source);
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths.map((p) => p.path)).size).toBe(paths.length);
  });

  it('give the translation in its language only, and nothing for an untranslated quote', () => {
    const asked: string[] = [];
    useScenarioTranslation('es', scenario, (path) => {
      asked.push(path);
      return path === 'evidence.e1.quote'
        ? 'No, no lo haremos.'
        : path === 'options.strike.cites.0.quote'
          ? 'Vamos a actuar.'
          : undefined;
    });
    expect(asked).toHaveLength(3);
    expect(quoteTranslation('No, we will not.')).toBeUndefined();
    expect(setLanguage('es')).toBe(true);
    expect(document.documentElement.lang).toBe('es');
    expect(quoteTranslation('No, we will not.')).toBe('No, no lo haremos.');
    expect(quoteTranslation('We will act.')).toBe('Vamos a actuar.');
    expect(quoteTranslation('Untranslated words.')).toBeUndefined();
  });
});
