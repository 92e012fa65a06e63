import { isolateDirection } from '../dom';
import { en, type Catalog, type MessageKey } from './en';

export type { MessageKey } from './en';

/** Catalogs by language tag. Add `es` here when the Spanish catalog lands. */
const catalogs: Record<string, Catalog> = { en };

let current: Catalog = en;
let currentLanguage = 'en';

export function availableLanguages(): string[] {
  return Object.keys(catalogs);
}

export function setLanguage(language: string): void {
  const catalog = catalogs[language];
  if (!catalog) return;
  current = catalog;
  currentLanguage = language;
  document.documentElement.lang = language;
}

export function language(): string {
  return currentLanguage;
}

/**
 * Looks up a message and fills its `{placeholders}`; a missing value is left visible.
 * Values are isolated (see isolateDirection), so that scenario text cannot reverse the
 * message around it.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return current[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? isolateDirection(String(params[name])) : whole,
  );
}
