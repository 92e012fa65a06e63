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
import { quotation } from '../../src/ui/parts/quote';

/** Just enough of an element for the DOM helpers, readable back as a small tree. */
class FakeElement {
  className = '';
  readonly attributes: Record<string, string> = {};
  readonly children: (FakeElement | { text: string })[] = [];
  readonly classList = { add: (name: string) => (this.className += ` ${name}`) };
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  appendChild(child: FakeElement | { text: string }) {
    this.children.push(child);
  }
  get text(): string {
    return this.children.map((c) => c.text).join('');
  }
}

function fakeDocument() {
  return {
    documentElement: { lang: 'en' },
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => ({ text }),
  };
}

/** A rendered quote as tag, lang, class and text of each element. */
function shape(elements: HTMLElement[]) {
  return (elements as unknown as FakeElement[]).map((e) => ({
    tag: e.tag,
    lang: e.attributes.lang,
    class: e.className || undefined,
    text: e.text,
  }));
}

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
    // A bare stand-in for the page: what setLanguage and the DOM helpers touch.
    Object.assign(globalThis, { document: fakeDocument(), Element: FakeElement });
    await loadCatalog('es');
  });
  afterAll(() => {
    setLanguage('en');
    delete (globalThis as { document?: unknown }).document;
    delete (globalThis as { Element?: unknown }).Element;
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

  it('show a quote in its words, marked English, and the game’s translation beside it', () => {
    expect(shape(quotation('We will act.'))).toEqual([
      { tag: 'blockquote', lang: 'en', class: undefined, text: '“We will act.”' },
      {
        tag: 'p',
        lang: undefined,
        class: 'quote-translation',
        text: 'Traducción del juego: Vamos a actuar.',
      },
    ]);
    expect(shape(quotation('Untranslated words.'))).toEqual([
      { tag: 'blockquote', lang: 'en', class: undefined, text: '“Untranslated words.”' },
    ]);
    setLanguage('en');
    expect(shape(quotation('We will act.'))).toHaveLength(1);
  });
});
