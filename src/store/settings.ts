/**
 * The player's display settings. Defined beside the store, which persists them; the UI
 * re-exports the type from src/ui/screens/types.ts.
 */
export type Settings = {
  /** Multiplies the root font size (CSS var --font-scale). */
  textScale: 1 | 1.25 | 1.5;
  /** Still meters and no transitions on the stage; no CSS animation. */
  reducedMotion: boolean;
  /** A language tag with a message catalog, one of LANGUAGE_TAGS. */
  language: string;
  /**
   * In a two-team game, a team's own language, by role id, chosen on its pass screen: its
   * private screens (pass, decide, respond) speak it. Screens both teams see speak
   * `language`.
   */
  teamLanguages?: Record<string, string>;
};

/** The languages with a message catalog (src/words/messages.ts names the same ones). */
export const LANGUAGE_TAGS = ['en', 'es'] as const;

export function isLanguageTag(tag: unknown): tag is (typeof LANGUAGE_TAGS)[number] {
  return typeof tag === 'string' && (LANGUAGE_TAGS as readonly string[]).includes(tag);
}

/**
 * The first of the browser's languages (`navigator.languages`, most wanted first) that the
 * game speaks, by its primary tag ("es-MX" → "es"); English when none is.
 */
export function preferredLanguage(browserLanguages: readonly string[]): string {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguageTag(primary)) return primary;
  }
  return 'en';
}

/** The language a screen speaks: the team's own on its private screens, else the game's. */
export function languageFor(settings: Settings, role: string | undefined): string {
  const own = role !== undefined ? settings.teamLanguages?.[role] : undefined;
  return own !== undefined && isLanguageTag(own) ? own : settings.language;
}
