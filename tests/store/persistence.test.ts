import { describe, expect, it } from 'vitest';
import {
  archiveSave,
  loadSettings,
  memoryStorage,
  STORAGE_KEYS,
} from '../../src/store/persistence';
import { parseStoredSave } from '../../src/store/storedSave';

const validSave = {
  saveVersion: 1,
  scenarioId: 'river-dispute',
  scenarioVersion: '1.0.0',
  config: { humanRoles: ['up'], mode: 'solo', seed: 3 },
  log: [{ type: 'endMoves', role: 'up' }],
  progress: { briefingSeen: true, reportsSeen: 1 },
};

describe('settings', () => {
  it('fall back field by field', () => {
    const storage = memoryStorage({
      [STORAGE_KEYS.settings]: JSON.stringify({
        textScale: 1.25,
        reducedMotion: 'yes',
        language: 'x!',
      }),
    });
    expect(loadSettings(storage)).toEqual({
      textScale: 1.25,
      reducedMotion: false,
      language: 'en',
    });
  });

  it('use the system preference for reduced motion by default, and survive garbage', () => {
    expect(loadSettings(memoryStorage({ [STORAGE_KEYS.settings]: '{' }), true)).toEqual({
      textScale: 1,
      reducedMotion: true,
      language: 'en',
    });
    expect(loadSettings(null).textScale).toBe(1);
  });
});

describe('stored saves', () => {
  it.each([
    ['not JSON', '{"saveVersion":', { code: 'not-json', detail: expect.any(String) }],
    ['not an object', '[1,2]', { code: 'field', path: '(root)' }],
    [
      'another version',
      JSON.stringify({ ...validSave, saveVersion: 3 }),
      { code: 'version', found: '3' },
    ],
    [
      'missing fields',
      JSON.stringify({ saveVersion: 1, scenarioId: 'x' }),
      { code: 'field', path: 'scenarioVersion' },
    ],
    [
      'a bad mode',
      JSON.stringify({ ...validSave, config: { ...validSave.config, mode: 'x' } }),
      { code: 'field', path: 'config.mode' },
    ],
  ])('refuses %s, saying what is wrong', (_name, raw, problem) => {
    const parsed = parseStoredSave(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toEqual({ code: 'format', problem });
  });

  it('accepts a valid save and defaults missing progress', () => {
    const parsed = parseStoredSave(JSON.stringify({ ...validSave, progress: undefined }));
    expect(parsed).toMatchObject({
      ok: true,
      save: { progress: { briefingSeen: false, reportsSeen: 0 } },
    });
  });

  it('archives rather than deletes', () => {
    const storage = memoryStorage({ [STORAGE_KEYS.save]: 'broken' });
    const key = archiveSave(storage, 42);
    expect(key).toBe(`${STORAGE_KEYS.archivedSavePrefix}42`);
    expect(storage.dump()).toEqual({ [key!]: 'broken' });
    expect(archiveSave(storage, 43)).toBeNull();
  });
});
