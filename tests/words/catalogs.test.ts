/**
 * The catalogs agree: every message of one language is in the other, with the same
 * placeholders, and a message with plural forms has every form its language's
 * `Intl.PluralRules` can choose. A message added in English without its Spanish (or the
 * reverse) fails here, by name.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/words/en';
import { es } from '../../src/words/es';
import {
  availableLanguages,
  LANGUAGES,
  loadCatalog,
  translator,
  type Message,
} from '../../src/words/messages';
import { LANGUAGE_TAGS } from '../../src/store/settings';

type AnyCatalog = Record<string, Message>;

function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const [, name] of form.matchAll(/\{(\w+)\}/g)) names.add(name!);
  return [...names].sort();
}

/** Every disagreement between catalog `a` (in `aLocale`) and `b` (in `bLocale`), in words. */
function catalogProblems(a: AnyCatalog, aLocale: string, b: AnyCatalog, bLocale: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(a)) if (!(key in b)) problems.push(`${key}: missing in ${bLocale}`);
  for (const key of Object.keys(b)) if (!(key in a)) problems.push(`${key}: missing in ${aLocale}`);
  for (const [locale, catalog] of [
    [aLocale, a],
    [bLocale, b],
  ] as const) {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalog)) {
      if (typeof message === 'string') continue;
      const lacking = needed.filter((form) => message[form] === undefined);
      if (lacking.length > 0) problems.push(`${key}: ${locale} lacks ${lacking.join(', ')}`);
    }
  }
  for (const key of Object.keys(a).filter((k) => k in b)) {
    const [pa, pb] = [placeholders(a[key]!), placeholders(b[key]!)];
    if (pa.join() !== pb.join()) {
      problems.push(
        `${key}: placeholders {${pa.join('}, {')}} in ${aLocale}, {${pb.join('}, {')}} in ${bLocale}`,
      );
    }
    if ((typeof a[key] === 'string') !== (typeof b[key] === 'string')) {
      problems.push(`${key}: plural forms in one language only`);
    }
  }
  return problems;
}

describe('the Spanish and English catalogs', () => {
  it('have the same keys, placeholders and every plural form each language needs', () => {
    expect(catalogProblems(en, LANGUAGES.en, es, LANGUAGES.es)).toEqual([]);
  });

  it('would be caught disagreeing', () => {
    const broken: AnyCatalog = { ...es };
    delete broken['title.newGame'];
    broken['extra.key'] = 'Sobra';
    broken['bar.turn'] = 'Mes {n} de {count}: {label}';
    broken['step.diminishing'] = { one: 'Una vez.', other: '{count} veces.' };
    broken['meters.value'] = {
      one: '{value} de {max}',
      many: '{value}',
      other: '{value} de {max}',
    };
    expect(catalogProblems(en, 'en', broken, 'es-MX')).toEqual([
      'title.newGame: missing in es-MX',
      'extra.key: missing in en',
      'step.diminishing: es-MX lacks many',
      'bar.turn: placeholders {label}, {n}, {total} in en, {count}, {label}, {n} in es-MX',
      'meters.value: plural forms in one language only',
    ]);
  });

  it('are the languages the settings accept', () => {
    expect(availableLanguages()).toEqual([...LANGUAGE_TAGS]);
  });

  it('speak Spanish once loaded, with Mexican numbers and Spanish plurals', async () => {
    expect(translator('es')('title.newGame')).toBe('New game');
    await loadCatalog('es');
    const t = translator('es');
    expect([t.tag, t.language]).toEqual(['es', 'es-MX']);
    expect(t('title.newGame')).toBe('Nueva partida');
    expect(t('step.diminishing', { count: 1 })).toBe(
      'Ya se había usado una vez, así que funcionó peor.',
    );
    expect(t('step.diminishing', { count: 3 })).toBe(
      'Ya se había usado 3 veces, así que funcionó peor.',
    );
    expect(new Intl.PluralRules(t.language).select(1_000_000)).toBe('many');
    expect(t('step.diminishing', { count: 1_000_000 })).toContain('1000000 veces');
    expect(translator('fr')('title.newGame')).toBe('New game');
  });
});
