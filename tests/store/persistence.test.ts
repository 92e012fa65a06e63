import { describe, expect, it } from 'vitest';
import {
  archiveSave,
  loadSettings,
  memoryStorage,
  STORAGE_KEYS,
} from '../../src/store/persistence';
import { parseStoredSave } from '../../src/store/storedSave';
import { languageFor } from '../../src/store/settings';

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

describe('the language setting', () => {
  it('follows the browser on a first visit, by primary tag, English when none is spoken', () => {
    expect(loadSettings(memoryStorage(), false, ['fr-FR', 'es-MX', 'en']).language).toBe('es');
    expect(loadSettings(memoryStorage(), false, ['en-GB', 'es']).language).toBe('en');
    expect(loadSettings(memoryStorage(), false, ['de', 'fr']).language).toBe('en');
    expect(loadSettings(memoryStorage(), false, []).language).toBe('en');
  });

  it('keeps the language chosen over the browser’s, and drops one without a catalog', () => {
    const stored = (language: unknown) =>
      memoryStorage({ [STORAGE_KEYS.settings]: JSON.stringify({ language }) });
    expect(loadSettings(stored('en'), false, ['es-MX']).language).toBe('en');
    expect(loadSettings(stored('es'), false, ['en']).language).toBe('es');
    expect(loadSettings(stored('fr'), false, ['es']).language).toBe('es');
  });

  it('keeps each team’s own language, and only languages with a catalog', () => {
    const storage = memoryStorage({
      [STORAGE_KEYS.settings]: JSON.stringify({
        language: 'en',
        teamLanguages: { mx: 'es', us: 'en', xx: 'fr' },
      }),
    });
    const settings = loadSettings(storage);
    expect(settings.teamLanguages).toEqual({ mx: 'es', us: 'en' });
    expect(languageFor(settings, 'mx')).toBe('es');
    expect(languageFor(settings, 'us')).toBe('en');
    expect(languageFor(settings, 'xx')).toBe('en');
    expect(languageFor(settings, undefined)).toBe('en');
  });
});
