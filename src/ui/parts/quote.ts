/**
 * A verbatim quotation, shown the one way everywhere: the words of the source in
 * quotation marks, marked with the source's language (`lang`, so a screen reader reads
 * them in it); and, when the game speaks another language and has a translation, the
 * game's translation beside them, labelled as such and never in quotation marks, so no
 * one seems to have said words they did not say.
 */
import { h } from '../dom';
import { t } from '../i18n';
import { quoteTranslation } from '../i18n/scenarioText';

/** The language of the sources, in which every quotation is given. */
export const SOURCE_LANGUAGE = 'en';

/** The quote's words (a blockquote) and, if there is one, the game's translation. */
export function quotation(original: string): HTMLElement[] {
  const translation = quoteTranslation(original);
  return [
    h('blockquote', { lang: SOURCE_LANGUAGE }, h('p', {}, `“${original}”`)),
    ...(translation !== undefined
      ? [h('p', { class: 'quote-translation' }, t('quote.translation', { text: translation }))]
      : []),
  ];
}
