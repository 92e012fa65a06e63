/**
 * The scenarios the game can offer: the files bundled with it and, optionally, one an
 * author loaded to preview. Each is loaded through the data layer; a file with problems
 * is kept in the list with its problems, so the scenario screen can show them.
 */
import { loadScenario, type Problem } from '../data';
import type { Scenario } from '../data/schema';

export type ScenarioEntry = {
  /** Unique among entries: the file name for bundled files, `preview:` + name otherwise. */
  key: string;
  fileName: string;
  origin: 'bundled' | 'preview';
  result: { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };
};

/** A scenario file's text and the name problems are reported against. */
export type ScenarioText = { fileName: string; text: string };

/** Loads one file as an entry; the loader never throws, and neither does this. */
export function loadEntry(source: ScenarioText, origin: ScenarioEntry['origin']): ScenarioEntry {
  const key = origin === 'bundled' ? source.fileName : `preview:${source.fileName}`;
  let result: ScenarioEntry['result'];
  try {
    result = loadScenario(source.text, source.fileName);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = {
      ok: false,
      problems: [{ file: source.fileName, line: 1, column: 1, path: '(root)', message }],
    };
  }
  return { key, fileName: source.fileName, origin, result };
}

/** Loads bundled files, sorted by file name so the list is stable. */
export function loadBundled(sources: readonly ScenarioText[]): ScenarioEntry[] {
  return [...sources]
    .sort((a, b) => a.fileName.localeCompare(b.fileName))
    .map((source) => loadEntry(source, 'bundled'));
}

/**
 * The entry a save refers to: the one named by its key when that still holds the same
 * scenario id, else the first loaded scenario with the id (bundled files first).
 */
export function findEntryForSave(
  entries: readonly ScenarioEntry[],
  scenarioId: string,
  key: string | undefined,
): (ScenarioEntry & { result: { ok: true; scenario: Scenario } }) | undefined {
  const playable = entries.filter(
    (e): e is ScenarioEntry & { result: { ok: true; scenario: Scenario } } =>
      e.result.ok && e.result.scenario.meta.id === scenarioId,
  );
  return playable.find((e) => e.key === key) ?? playable[0];
}
