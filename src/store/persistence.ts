/**
 * What the game keeps in the browser's storage: the autosave (a versioned SaveFile plus
 * where the player was in the turn's screens), the settings, and an author's preview
 * scenario. Storage is passed in, so tests use an in-memory map; every access is
 * guarded because storage can be full, disabled or hold anything.
 */
import type { AnySaveFile, Progress, SaveFormatProblem } from '../data/save';
import type { ReplayProblem } from '../engine';
import { isLanguageTag, preferredLanguage, type Settings } from './settings';

export type { Progress } from '../data/save';

/** The subset of the Web Storage API the game uses. */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export const STORAGE_KEYS = {
  save: 'bilateral.save.v1',
  settings: 'bilateral.settings.v1',
  /** A scenario file an author loaded on the scenario screen (YAML text). */
  devScenario: 'bilateral.devScenario',
  devScenarioName: 'bilateral.devScenario.name',
  /** A save that could not be opened is moved here (plus a time stamp), never deleted. */
  archivedSavePrefix: 'bilateral.save.v1.archived.',
} as const;

/** The stored autosave: a save file the engine replays, plus the player's progress. */
export type StoredSave = AnySaveFile & { progress: Progress };

export const DEFAULT_SETTINGS: Settings = { textScale: 1, reducedMotion: false, language: 'en' };

export const TEXT_SCALES: readonly Settings['textScale'][] = [1, 1.25, 1.5];

/** Reads a key, or null when storage is missing or throws. */
export function readKey(storage: KeyValueStorage | null, key: string): string | null {
  if (!storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a key; false when storage is missing, full or refuses. */
export function writeKey(storage: KeyValueStorage | null, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeKey(storage: KeyValueStorage | null, key: string): void {
  if (!storage) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a key that cannot be removed is read again next time and reported.
  }
}

/**
 * Settings from storage, each field checked on its own so that one bad value falls back
 * to its default without losing the others. `prefersReducedMotion` seeds the default, and
 * the browser's languages (most wanted first) the language of a first visit.
 */
export function loadSettings(
  storage: KeyValueStorage | null,
  prefersReducedMotion = false,
  browserLanguages: readonly string[] = [],
): Settings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    reducedMotion: prefersReducedMotion,
    language: preferredLanguage(browserLanguages),
  };
  const raw = readKey(storage, STORAGE_KEYS.settings);
  if (raw === null) return settings;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return settings;
  }
  if (typeof data !== 'object' || data === null) return settings;
  const record = data as Record<string, unknown>;
  const scale = TEXT_SCALES.find((s) => s === record.textScale);
  if (scale !== undefined) settings.textScale = scale;
  if (typeof record.reducedMotion === 'boolean') settings.reducedMotion = record.reducedMotion;
  if (isLanguageTag(record.language)) settings.language = record.language;
  if (typeof record.teamLanguages === 'object' && record.teamLanguages !== null) {
    const teams = Object.entries(record.teamLanguages).filter(([, tag]) => isLanguageTag(tag));
    if (teams.length > 0)
      settings.teamLanguages = Object.fromEntries(teams) as Record<string, string>;
  }
  return settings;
}

export function saveSettings(storage: KeyValueStorage | null, settings: Settings): boolean {
  return writeKey(storage, STORAGE_KEYS.settings, JSON.stringify(settings));
}

/** Why a stored save could not be used; the UI words each case. */
export type SaveProblem =
  | { code: 'format'; problem: SaveFormatProblem }
  | { code: 'missing-scenario'; scenarioId: string }
  | {
      code: 'replay';
      scenarioId: string;
      problem: ReplayProblem | { code: 'crashed'; detail: string };
    };

export function writeSave(storage: KeyValueStorage | null, save: StoredSave): boolean {
  return writeKey(storage, STORAGE_KEYS.save, JSON.stringify(save));
}

/**
 * Moves the autosave aside under an archive key (with `stamp` to keep several), so a save
 * that could not be opened is kept for inspection and the game can start fresh.
 * Returns the archive key, or null when there was nothing to move or storage refused.
 */
export function archiveSave(storage: KeyValueStorage | null, stamp: number): string | null {
  const raw = readKey(storage, STORAGE_KEYS.save);
  if (raw === null) return null;
  const key = `${STORAGE_KEYS.archivedSavePrefix}${stamp}`;
  if (!writeKey(storage, key, raw)) return null;
  removeKey(storage, STORAGE_KEYS.save);
  return key;
}

/** An in-memory storage, for tests and for browsers where localStorage is unavailable. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  dump(): Record<string, string>;
} {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    dump: () => Object.fromEntries(map),
  };
}
