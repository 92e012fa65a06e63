import { describe, expect, it } from 'vitest';
import { parseStoredSave } from '../../src/store/storedSave';
import { saveProblemText } from '../../src/ui/screens/saveProblem';

const textOf = (raw: string) => {
  const parsed = parseStoredSave(raw);
  if (parsed.ok) throw new Error('expected a problem');
  return saveProblemText(parsed.problem);
};

describe('a save that cannot be opened, in words', () => {
  it('calls a format number written as text damage, not another version', () => {
    expect(textOf(JSON.stringify({ saveVersion: '1' }))).toBe(
      'The save is damaged: its format number is written as text ("1") where a number belongs.',
    );
    expect(textOf(JSON.stringify({ saveVersion: 7 }))).toContain(
      'made by another version of Bilateral (save format 7)',
    );
  });

  it('names an author’s file that was not kept, to be chosen again', () => {
    expect(
      saveProblemText({ code: 'missing-file', scenarioId: 'x', fileName: 'mine.yaml' }),
    ).toContain('your scenario file “mine.yaml”, which this browser could not keep');
  });
});
