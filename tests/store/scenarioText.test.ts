/**
 * A scenario's text in the player's language (src/store/scenarioText.ts), with the
 * overlay the build compiles from the shipped Spanish translation: texts translated,
 * quotations kept in their own words with the translation beside them, rules untouched.
 */
import { describe, expect, it } from 'vitest';
import { rewriteTexts, textEntries } from '../../src/data/translationKeys';
import {
  languagesOf,
  listingIn,
  loadBundledIn,
  localizeListing,
  localizeScenario,
  overlayOf,
} from '../../src/store/scenarioText';
import { compiled, scenario, translation } from './shippedTranslation';

const spanish = localizeScenario(scenario, 'es', translation.overlay);

/** The scenario with every text blanked: what must not change from one language to another. */
const rules = (value: unknown) => JSON.stringify(rewriteTexts(value, () => ''));

describe('the scenario in another language', () => {
  it('compiles the shipped translation for the build', () => {
    expect(translation.language).toBe('es');
    expect(translation.broken).toBe(false);
    expect(translation.overlay.texts).toHaveLength(textEntries(scenario).size);
  });

  it('shows its texts translated', () => {
    expect(spanish.language).toBe('es');
    expect(spanish.originalLanguage).toBe('en');
    expect(spanish.scenario.meta.title).toBe('Ataques con drones contra los cárteles, 2025');
    expect(spanish.text('meta.title')).toBe(spanish.scenario.meta.title);
    const role = spanish.scenario.roles[0]!;
    expect(role.briefing).not.toBe(scenario.roles[0]!.briefing);
    expect(spanish.text(`roles.${role.id}.briefing`)).toBe(role.briefing);
  });

  it('keeps every quotation in its own words, with the translation beside it', () => {
    const evidence = spanish.scenario.evidence.find(
      (e) => e.id === 'sheinbaum-categorically-rejects',
    )!;
    const original = scenario.evidence.find((e) => e.id === evidence.id)!;
    expect(evidence.quote).toBe(original.quote);
    expect(evidence.quote).toBe(
      'Mexico categorically rejects any form of unilateral foreign military intervention',
    );
    const quoted = spanish.quoteTranslation(evidence);
    expect(quoted).toBeTypeOf('string');
    expect(quoted).not.toBe(evidence.quote);
    // A view that copied the quotation out finds the translation by its text.
    expect(spanish.quoteTranslation(evidence.quote!)).toBe(quoted);
    expect(spanish.quoteTranslation('words nobody said')).toBeUndefined();
    // The speaker's role around it is translated.
    expect(evidence.affiliation).not.toBe(original.affiliation);
    // Every quotation of the scenario is kept, and every one has its translation.
    const quotes = [...textEntries(scenario)].filter(([key]) => key.endsWith('.quote'));
    expect(quotes.length).toBeGreaterThan(50);
    for (const [key, text] of quotes) expect(spanish.text(key)).toBe(text);
    let translated = 0;
    const stack: unknown[] = [spanish.scenario];
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== 'object' || node === null) continue;
      if (typeof (node as { quote?: unknown }).quote === 'string') {
        if (spanish.quoteTranslation(node) !== undefined) translated++;
      }
      stack.push(...Object.values(node));
    }
    expect(translated).toBe(quotes.length);
  });

  it('changes no id, number or rule, and is frozen like the loaded scenario', () => {
    expect(rules(spanish.scenario)).toBe(rules(scenario));
    expect(Object.isFrozen(spanish.scenario.options[0]!.effects)).toBe(true);
    expect(Object.isFrozen(spanish.scenario.meta)).toBe(true);
  });

  it('shows the original where a text has no translation', () => {
    const keys = [...textEntries(scenario).keys()];
    const partial = overlayOf(keys, (key) => (key === 'meta.title' ? 'Título' : undefined));
    const shown = localizeScenario(scenario, 'es', partial);
    expect(shown.scenario.meta.title).toBe('Título');
    expect(shown.scenario.meta.summary).toBe(scenario.meta.summary);
  });

  it('shows the scenario as it is in its own language, or with an overlay made for other texts', () => {
    expect(localizeScenario(scenario, 'en', translation.overlay).scenario).toBe(scenario);
    expect(localizeScenario(scenario, 'es', undefined).scenario).toBe(scenario);
    const other = overlayOf(['meta.title'], () => 'Otro');
    const mismatched = localizeScenario(scenario, 'es', other);
    expect(mismatched.scenario).toBe(scenario);
    expect(mismatched.language).toBe('en');
    expect(mismatched.quoteTranslation(scenario.evidence[0]!)).toBeUndefined();
  });

  it('translates the list entry the first screen shows', () => {
    expect(translation.listing.title).toBe(spanish.scenario.meta.title);
    expect(translation.listing.summary).toBe(spanish.scenario.meta.summary);
    expect(translation.listing.roles.map((r) => r.name)).toEqual(
      spanish.scenario.roles.map((r) => r.name),
    );
    expect(translation.listing.lengths.map((l) => l.label)).toEqual(
      spanish.scenario.calendar.lengths.map((l) => l.label),
    );
    expect(localizeListing(compiled.listing, () => undefined)).toEqual(compiled.listing);
  });

  it('loads a shipped scenario in a language, fetching the overlay only for a translated one', async () => {
    let overlays = 0;
    const bundled = {
      fileName: 'scenarios/cartel-strikes-2025/scenario.yaml',
      listing: compiled.listing,
      load: () => Promise.resolve(scenario),
      translations: {
        es: {
          listing: translation.listing,
          load: () => {
            overlays++;
            return Promise.resolve(translation.overlay);
          },
        },
      },
    };
    expect(languagesOf(bundled)).toEqual(['en', 'es']);
    expect(listingIn(bundled, 'es').title).toBe('Ataques con drones contra los cárteles, 2025');
    expect(listingIn(bundled, 'fr')).toBe(compiled.listing);
    const english = await loadBundledIn(bundled, 'en');
    expect(english.scenario).toBe(scenario);
    expect(overlays).toBe(0);
    const shown = await loadBundledIn(bundled, 'es');
    expect(overlays).toBe(1);
    expect(shown.scenario.meta.title).toBe(translation.listing.title);
  });
});
