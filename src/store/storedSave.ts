/**
 * Reading the autosave back: its text through the save schema (data/save.ts). Loaded only
 * when there is a save to read, so that the first screen does without the schema library.
 */
import { parseSave } from '../data/save';
import type { SaveProblem, StoredSave } from './persistence';

/** A stored save parsed and checked against the save schema (not yet replayed). */
export type ParsedSave = { ok: true; save: StoredSave } | { ok: false; problem: SaveProblem };

/**
 * Parses the autosave's text through the save schema. It does not replay it: the
 * scenario it needs may be missing, which is a separate problem.
 */
export function parseStoredSave(raw: string): ParsedSave {
  const parsed = parseSave(raw);
  if (!parsed.ok) return { ok: false, problem: { code: 'format', problem: parsed.problem } };
  return { ok: true, save: { ...parsed.value.save, progress: parsed.value.progress } };
}
