/**
 * The interface's current language: the translator the screens word everything with
 * (src/words), and the page's `lang`, which screen readers follow.
 */
import {
  availableLanguages,
  translator,
  type MessageKey,
  type Params,
  type Translate,
} from '../../words/messages';

export type { MessageKey } from '../../words/messages';
export { availableLanguages };

let current: Translate = translator('en');

export function setLanguage(language: string): void {
  if (!availableLanguages().includes(language)) return;
  current = translator(language);
  document.documentElement.lang = language;
}

export function language(): string {
  return current.language;
}

/** The current translator, for the word functions of src/words. */
export function translate(): Translate {
  return current;
}

/** Looks up a message and fills its `{placeholders}`; a missing value is left visible. */
export function t(key: MessageKey, params: Params = {}): string {
  return current(key, params);
}
