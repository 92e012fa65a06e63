/**
 * What the app store opens with: the scenario list (shipped entries, and the author's kept
 * file, read only if the autosave needs it), and the autosave, opened against it with its
 * scenario loaded in full: parsed, version-checked and replayed.
 */
import type { Scenario } from '../data';
import { createGameStoreFromSave, type GameStore } from './gameStore';
import type { CompiledFile } from './scenarioFile';
import {
  readKey,
  slotKey,
  slotRecordOf,
  startSlot,
  STORAGE_KEYS,
  type KeyValueStorage,
  type Progress,
  type SaveProblem,
  type StoredSave,
} from './persistence';
import type { ParsedSave } from './storedSave';
import type { AnySaveFile } from '../data/save';
import type { ScenarioChecker } from './scenarioCheck';
import { scenarioFromJson } from './scenarioJson';
import {
  bundledEntries,
  findEntryForSave,
  isPlayable,
  previewKey,
  type BundledScenario,
  type ScenarioEntry,
} from './scenarios';

/** How to load each shipped scenario in full, by entry key. */
export function shippedLoaders(
  bundled: readonly BundledScenario[],
): Map<string, () => Promise<Scenario>> {
  const loaders = new Map<string, () => Promise<Scenario>>();
  for (const file of bundled) if ('load' in file) loaders.set(file.fileName, file.load);
  return loaders;
}

/** The author's file kept in storage, if any. */
export function keptFile(
  storage: KeyValueStorage | null,
): { text: string; fileName: string } | undefined {
  const text = readKey(storage, STORAGE_KEYS.devScenario);
  if (text === null) return undefined;
  return { text, fileName: readKey(storage, STORAGE_KEYS.devScenarioName) ?? 'my-scenario.yaml' };
}

/** An author's file as a list entry, and its scenario when it has no problems. */
export function previewOf(
  fileName: string,
  file: CompiledFile,
): { entry: ScenarioEntry; scenario?: Scenario } {
  const key = previewKey(fileName);
  if (!file.ok) {
    return { entry: { key, fileName, origin: 'preview', result: file } };
  }
  return {
    entry: { key, fileName, origin: 'preview', result: { ok: true, listing: file.listing } },
    scenario: scenarioFromJson(file),
  };
}

/** The save file part of a stored save, as the engine's `replay` expects it. */
function withoutProgress(stored: StoredSave): AnySaveFile {
  const save: Partial<StoredSave> = { ...stored };
  delete save.progress;
  return save as AnySaveFile;
}

export type BootSave =
  | { kind: 'none' }
  | { kind: 'ok'; game: GameStore; progress: Progress }
  | { kind: 'problem'; problem: SaveProblem };

/**
 * Opens the autosave, if any, against the scenarios on offer: parse, version, replay.
 * `load` gives a scenario in full (a shipped one is fetched on first use).
 */
export async function openSave(
  parsed: ParsedSave | undefined,
  entries: readonly ScenarioEntry[],
  load: (key: string) => Promise<Scenario>,
): Promise<BootSave> {
  if (!parsed) return { kind: 'none' };
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  const stored = parsed.save;
  const entry = findEntryForSave(entries, stored.scenarioId, stored.progress.scenarioKey);
  if (!entry) {
    const key = stored.progress.scenarioKey;
    // A game of an author's file that is no longer kept: the player can choose it again.
    if (key?.startsWith(previewKey(''))) {
      return {
        kind: 'problem',
        problem: {
          code: 'missing-file',
          scenarioId: stored.scenarioId,
          fileName: key.slice(previewKey('').length),
        },
      };
    }
    return {
      kind: 'problem',
      problem: { code: 'missing-scenario', scenarioId: stored.scenarioId },
    };
  }
  // The list entry says whether the versions differ, without loading the scenario.
  if (entry.result.listing.version !== stored.scenarioVersion) {
    const problem = {
      code: 'scenario-version',
      saved: stored.scenarioVersion,
      current: entry.result.listing.version,
    } as const;
    return { kind: 'problem', problem: { code: 'replay', scenarioId: stored.scenarioId, problem } };
  }
  const rebuilt = createGameStoreFromSave(await load(entry.key), withoutProgress(stored));
  if (!rebuilt.ok) {
    return {
      kind: 'problem',
      problem: { code: 'replay', scenarioId: stored.scenarioId, problem: rebuilt.problem },
    };
  }
  return {
    kind: 'ok',
    game: rebuilt.store,
    progress: { ...stored.progress, scenarioKey: entry.key },
  };
}

/** Whether the autosave may be a game of the author's kept file (so it must be checked first). */
export function saveNeedsKeptFile(
  parsed: ParsedSave | undefined,
  entries: readonly ScenarioEntry[],
  kept: { fileName: string },
): boolean {
  if (!parsed?.ok) return false;
  const { scenarioId, progress } = parsed.save;
  return (
    progress.scenarioKey === previewKey(kept.fileName) ||
    !entries.some((e) => isPlayable(e) && e.result.listing.id === scenarioId)
  );
}

/**
 * The scenario list and the autosave at start. Rejects only if a shipped scenario the
 * save needs cannot be fetched.
 */
export async function openAtStart(
  storage: KeyValueStorage | null,
  bundled: readonly BundledScenario[],
  loaders: ReadonlyMap<string, () => Promise<Scenario>>,
  checkFile: ScenarioChecker,
): Promise<{
  scenarios: ScenarioEntry[];
  loaded: Record<string, Scenario>;
  save: BootSave;
  /** The save slot opened, and the revision read there (0 when empty). */
  slot: number;
  revision: number;
  /** Whether the author's kept file has been checked (because the save needed it). */
  keptChecked: boolean;
}> {
  const loaded: Record<string, Scenario> = {};
  const scenarios = bundledEntries(bundled);
  const slot = startSlot(storage);
  const raw = readKey(storage, slotKey(slot));
  const stored = raw === null ? undefined : await import('./storedSave');
  const parsed = raw === null ? undefined : stored?.parseStoredSave(raw);
  const kept = keptFile(storage);
  let keptChecked = false;
  if (kept) {
    // An author's file is read only when something needs it: here, a save of its game.
    if (saveNeedsKeptFile(parsed, scenarios, kept)) {
      const { entry, scenario } = previewOf(
        kept.fileName,
        await checkFile(kept.text, kept.fileName),
      );
      scenarios.push(entry);
      if (scenario) loaded[entry.key] = scenario;
      keptChecked = true;
    } else {
      scenarios.push({
        key: previewKey(kept.fileName),
        fileName: kept.fileName,
        origin: 'preview',
      });
    }
  }
  const save = await openSave(parsed, scenarios, async (key) => {
    const scenario = loaded[key] ?? (await loaders.get(key)?.());
    if (!scenario) throw new Error(`no scenario ${key}`);
    loaded[key] = scenario;
    return scenario;
  });
  const revision = raw === null ? 0 : slotRecordOf(raw).revision;
  return { scenarios, loaded, save, slot, revision, keptChecked };
}
