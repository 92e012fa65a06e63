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
  /** The number of the save slot written last, opened at start. */
  lastSlot: 'bilateral.save.v1.last',
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
  /** A game of an author's file that this browser could not keep: it can be chosen again. */
  | { code: 'missing-file'; scenarioId: string; fileName: string }
  | {
      code: 'replay';
      scenarioId: string;
      problem: ReplayProblem | { code: 'crashed'; detail: string };
    };

/**
 * Moves a save slot aside under an archive key (with `stamp` to keep several), so a save
 * that could not be opened is kept for inspection and the game can start fresh.
 * Returns the archive key, or null when there was nothing to move or storage refused
 * (the save then stays where it was).
 */
export function archiveSave(
  storage: KeyValueStorage | null,
  stamp: number,
  slot = 1,
): string | null {
  const raw = readKey(storage, slotKey(slot));
  if (raw === null) return null;
  const key = `${STORAGE_KEYS.archivedSavePrefix}${stamp}`;
  if (!writeKey(storage, key, raw)) return null;
  removeKey(storage, slotKey(slot));
  return key;
}

// --- Save slots ------------------------------------------------------------------------
// A few games are kept at once, each in a slot of its own. Slot 1 is the key the single
// autosave of earlier versions used, so such a save is found as the game in slot 1. Each
// save carries, beside the game, a `slot` record: a revision that every write raises by
// one, the time of the write, and a summary to list it by. A tab writes a slot only over
// the revision it last read or wrote there, so a stale tab never overwrites a newer game.

/** How many games are kept at once. */
export const SLOT_COUNT = 5;

export const SLOTS: readonly number[] = Array.from({ length: SLOT_COUNT }, (_, i) => i + 1);

/** The storage key of slot `n` (1 to SLOT_COUNT). */
export function slotKey(n: number): string {
  return n === 1 ? STORAGE_KEYS.save : `${STORAGE_KEYS.save}.slot${n}`;
}

/** The slot a storage key holds, if it is one. */
export function slotOfKey(key: string | null): number | undefined {
  return SLOTS.find((n) => slotKey(n) === key);
}

/** What a save's list entry shows, written with it (a save of an earlier version has none). */
export type SlotSummary = {
  /** The scenario's title. */
  title: string;
  /** Who plays: the team or player names when given, else the governments played. */
  who: string[];
  /** The chosen game length's label, when the game has one. */
  length?: string;
  /** The month reached, as the scenario names it; absent once the game is over. */
  month?: string;
};

export type SlotRecord = { revision: number; savedAt: number; summary?: SlotSummary };

/** A slot as the list shows it, read without the save schema. */
export type SlotInfo =
  | { slot: number; ok: true; record: SlotRecord; scenarioId: string; scenarioKey?: string }
  | { slot: number; ok: false; size: number };

function recordOf(data: unknown): SlotRecord {
  const slot = (data as { slot?: Partial<SlotRecord> } | null)?.slot;
  const revision = typeof slot?.revision === 'number' ? slot.revision : 0;
  const savedAt = typeof slot?.savedAt === 'number' ? slot.savedAt : 0;
  const summary = slot?.summary;
  return {
    revision,
    savedAt,
    ...(summary && typeof summary.title === 'string' && Array.isArray(summary.who)
      ? { summary }
      : {}),
  };
}

/** The slot record of a save's text: revision 0 for a save without one or unreadable. */
export function slotRecordOf(raw: string): SlotRecord {
  try {
    return recordOf(JSON.parse(raw));
  } catch {
    return { revision: 0, savedAt: 0 };
  }
}

/** Every slot that holds something, in slot order. */
export function listSlots(storage: KeyValueStorage | null): SlotInfo[] {
  const out: SlotInfo[] = [];
  for (const slot of SLOTS) {
    const raw = readKey(storage, slotKey(slot));
    if (raw === null) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      out.push({ slot, ok: false, size: raw.length });
      continue;
    }
    const save = data as { scenarioId?: unknown; progress?: { scenarioKey?: unknown } };
    if (typeof save !== 'object' || save === null || typeof save.scenarioId !== 'string') {
      out.push({ slot, ok: false, size: raw.length });
      continue;
    }
    const key = save.progress?.scenarioKey;
    out.push({
      slot,
      ok: true,
      record: recordOf(data),
      scenarioId: save.scenarioId,
      ...(typeof key === 'string' ? { scenarioKey: key } : {}),
    });
  }
  return out;
}

/** The first empty slot, if any. */
export function freeSlot(storage: KeyValueStorage | null): number | undefined {
  return SLOTS.find((n) => readKey(storage, slotKey(n)) === null);
}

/**
 * The slot to open at start: the one written last (by any tab), else the most recent,
 * else slot 1.
 */
export function startSlot(storage: KeyValueStorage | null): number {
  const last = Number(readKey(storage, STORAGE_KEYS.lastSlot));
  if (SLOTS.includes(last) && readKey(storage, slotKey(last)) !== null) return last;
  const slots = listSlots(storage);
  const newest = slots.reduce<SlotInfo | undefined>(
    (best, s) =>
      !best || (s.ok && (!best.ok || s.record.savedAt > best.record.savedAt)) ? s : best,
    undefined,
  );
  return newest?.slot ?? 1;
}

export type SlotWrite =
  | { ok: true; revision: number }
  /** Another tab has written the slot since this one last read it: nothing was written. */
  | { ok: false; reason: 'newer'; revision: number }
  /** Storage refused the write (full, or disabled). */
  | { ok: false; reason: 'refused' };

/**
 * Writes a game to slot `slot` if the slot still holds revision `expected` (or nothing:
 * a slot emptied meanwhile is written again), with the next revision.
 */
export function writeSlot(
  storage: KeyValueStorage | null,
  slot: number,
  expected: number,
  save: StoredSave,
  summary: SlotSummary | undefined,
  now: number,
): SlotWrite {
  const raw = readKey(storage, slotKey(slot));
  if (raw !== null) {
    const found = slotRecordOf(raw).revision;
    if (found !== expected) return { ok: false, reason: 'newer', revision: found };
  }
  const revision = (raw === null ? 0 : expected) + 1;
  const record: SlotRecord = { revision, savedAt: now, ...(summary ? { summary } : {}) };
  if (!writeKey(storage, slotKey(slot), JSON.stringify({ ...save, slot: record }))) {
    return { ok: false, reason: 'refused' };
  }
  writeKey(storage, STORAGE_KEYS.lastSlot, String(slot));
  return { ok: true, revision };
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
