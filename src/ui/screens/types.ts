/**
 * What every screen receives from the app: the scenario in play (if one is chosen),
 * the player's settings and how to change them, and the way back to where it came from.
 */
import type { Scenario } from '../../data/schema';
import type { Settings } from '../../store/settings';

/** Display settings, persisted apart from saves (defined beside the store). */
export type { Settings } from '../../store/settings';

export type ScreenDeps = {
  scenario?: Scenario;
  settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
  back(): void;
  /** Opens the list of sources (in place of the screen, as another auxiliary screen). */
  openSources?(): void;
};
