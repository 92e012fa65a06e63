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
  const parsed = parseSave(withoutSlotRecord(raw));
  if (!parsed.ok) return { ok: false, problem: { code: 'format', problem: parsed.problem } };
  return { ok: true, save: { ...parsed.value.save, progress: parsed.value.progress } };
}

/** The save's text without the slot record written beside it (see `writeSlot`). */
function withoutSlotRecord(raw: string): string {
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || !('slot' in data)) return raw;
    const rest: Record<string, unknown> = { ...data };
    delete rest.slot;
    return JSON.stringify(rest);
  } catch {
    return raw;
  }
}
