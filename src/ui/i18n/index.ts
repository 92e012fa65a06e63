/**
 * The interface's current language: the translator the screens word everything with
 * (src/words), and the page's `lang`, which screen readers follow. English is always
 * here; another language's catalog is loaded the first time it is wanted
 * (`loadLanguage`), and until then the screens speak English.
 */
import type { AppState } from '../../store/appStore';
import { selectPlayScreen } from '../../store/selectors';
import { languageFor } from '../../store/settings';
import {
  availableLanguages,
  isLoaded,
  loadCatalog,
  translator,
  type MessageKey,
  type Params,
  type Translate,
} from '../../words/messages';

export type { MessageKey } from '../../words/messages';
export { availableLanguages };

let current: Translate = translator('en');

/**
 * Speaks `tag` from now on, and sets `<html lang>` to it, if its catalog is loaded;
 * returns whether it is (load it with `loadLanguage` otherwise).
 */
export function setLanguage(tag: string): boolean {
  if (!isLoaded(tag)) return false;
  if (current.tag !== tag) current = translator(tag);
  if (document.documentElement.lang !== current.tag) document.documentElement.lang = current.tag;
  return true;
}

/** Loads `tag`'s catalog (once), so that `setLanguage(tag)` takes effect. */
export function loadLanguage(tag: string): Promise<void> {
  return loadCatalog(tag);
}

/** The locale numbers are formatted in ("en", "es-MX"). */
export function language(): string {
  return current.language;
}

/** The tag of the language spoken now ("en", "es"), as `<html lang>` has it. */
export function languageTag(): string {
  return current.tag;
}

/**
 * The language the screen `app` is on should speak: in a two-team game, a team's private
 * screens (pass, decide, respond) speak the team's own language; every other screen the
 * game's.
 */
export function screenLanguage(app: AppState): string {
  if (app.screen === 'play' && app.game?.getState().state.config.mode === 'teams') {
    const play = selectPlayScreen(app);
    if (play.screen !== 'report' && play.screen !== 'debrief') {
      return languageFor(app.settings, play.role);
    }
  }
  return app.settings.language;
}

/** The current translator, for the word functions of src/words. */
export function translate(): Translate {
  return current;
}

/** Looks up a message and fills its `{placeholders}`; a missing value is left visible. */
export function t(key: MessageKey, params: Params = {}): string {
  return current(key, params);
}
