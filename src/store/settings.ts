/**
 * The player's display settings. Defined beside the store, which persists them; the UI
 * re-exports the type from src/ui/screens/types.ts.
 */
export type Settings = {
  /** Multiplies the root font size (CSS var --font-scale). */
  textScale: 1 | 1.25 | 1.5;
  /** Still meters and no transitions on the stage; no CSS animation. */
  reducedMotion: boolean;
  /** A language tag with a message catalog, e.g. "en". */
  language: string;
};
