/**
 * The scenarios the game can offer, as list entries: the files shipped with the game
 * (compiled when the game is built, each loaded in full only when it is needed) and,
 * optionally, one an author loaded to preview. A file with problems is kept in the list
 * with its problems, so the scenario screen can show them.
 */
import type { MapData } from '../data/mapTypes';
import type { Problem, Scenario } from '../data';
import type { TextOverlay } from './scenarioText';

/**
 * What the scenario list and the setup screen need of a scenario, without loading it:
 * built from the loaded scenario by `listingOf` alone, so a field added to the list (game
 * lengths, say) is added there once and reaches shipped and authors' files alike.
 */
export type ScenarioListing = {
  id: string;
  title: string;
  summary: string;
  /** The question at stake, for the title screen, where the scenario gives one. */
  question?: string;
  version: string;
  language: string;
  /** How many months (turns) the calendar holds. */
  turns: number;
  /** How many sources the scenario cites. */
  sources: number;
  roles: { id: string; name: string; adviser: string }[];
  /** The game lengths it offers (none: the whole calendar). */
  lengths: { id: string; label: string; turns: number; minutes?: number }[];
  /** The map's outlines, projected when the file was compiled; absent when it has none. */
  map?: MapData;
};

export function listingOf(scenario: Scenario): ScenarioListing {
  const { meta, calendar, roles } = scenario;
  return {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    ...(meta.question !== undefined ? { question: meta.question } : {}),
    version: meta.version,
    language: meta.language,
    turns: calendar.turns.length,
    sources: meta.sources.length,
    roles: roles.map(({ id, name, adviser }) => ({ id, name, adviser })),
    lengths: calendar.lengths.map(({ id, label, turns, minutes }) => ({
      id,
      label,
      turns,
      ...(minutes !== undefined ? { minutes } : {}),
    })),
  };
}

export type EntryResult =
  { ok: true; listing: ScenarioListing } | { ok: false; problems: Problem[] };

export type ScenarioEntry = {
  /** Unique among entries: the file name for bundled files, `preview:` + name otherwise. */
  key: string;
  fileName: string;
  origin: 'bundled' | 'preview';
  /** Undefined while the file is still being checked (an author's file, in the background). */
  result?: EntryResult;
};

/** An entry that has been checked and can be played. */
export type PlayableEntry = ScenarioEntry & { result: { ok: true; listing: ScenarioListing } };

/**
 * A scenario shipped with the game, as the build compiled it: its list entry and how to
 * load the whole scenario (a separate file, fetched on first use), or — only while
 * developing, since a broken file fails the build — its problems.
 */
export type BundledScenario =
  | {
      fileName: string;
      listing: ScenarioListing;
      load: () => Promise<Scenario>;
      /** Its translations by language (`scenario.<lang>.yaml` beside it), if any. */
      translations?: Readonly<Record<string, BundledTranslation>>;
    }
  | { fileName: string; problems: Problem[] };

/**
 * A translation of a shipped scenario: its list entry in that language (in the first
 * screen's code, so the list is translated at once) and its text overlay, a separate file
 * fetched only when the language is chosen (see `scenarioText.ts`).
 */
export type BundledTranslation = { listing: ScenarioListing; load: () => Promise<TextOverlay> };

export const previewKey = (fileName: string) => `preview:${fileName}`;

/** Bundled files as list entries, sorted by file name so the list is stable. */
export function bundledEntries(bundled: readonly BundledScenario[]): ScenarioEntry[] {
  return [...bundled]
    .sort((a, b) => a.fileName.localeCompare(b.fileName))
    .map((file) => ({
      key: file.fileName,
      fileName: file.fileName,
      origin: 'bundled',
      result:
        'listing' in file
          ? { ok: true, listing: file.listing }
          : { ok: false, problems: file.problems },
    }));
}

export function isPlayable(entry: ScenarioEntry | undefined): entry is PlayableEntry {
  return entry?.result?.ok === true;
}

/**
 * The entry a save refers to: the one named by its key when that still holds the same
 * scenario id, else the first playable scenario with the id (bundled files first).
 */
export function findEntryForSave(
  entries: readonly ScenarioEntry[],
  scenarioId: string,
  key: string | undefined,
): PlayableEntry | undefined {
  const playable = entries.filter(
    (e): e is PlayableEntry => isPlayable(e) && e.result.listing.id === scenarioId,
  );
  return playable.find((e) => e.key === key) ?? playable[0];
}

/** A shipped scenario that can be played (one the build compiled without problems). */
export type PlayableBundle = Extract<BundledScenario, { load: unknown }>;

/**
 * A shipped scenario's list entry in `language`: the translation's words over the
 * original's map, or its own entry where it has no translation.
 */
export function listingIn(bundled: PlayableBundle, language: string): ScenarioListing {
  const translated = bundled.translations?.[language]?.listing;
  return translated
    ? { ...translated, ...(bundled.listing.map ? { map: bundled.listing.map } : {}) }
    : bundled.listing;
}
