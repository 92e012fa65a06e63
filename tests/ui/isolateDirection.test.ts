import { describe, expect, it } from 'vitest';
import { isolateDirection } from '../../src/ui/dom';

const RLO = '\u202E';
const PDF = '\u202C';
const PDI = '\u2069';
const FSI = '\u2068';

describe('isolateDirection', () => {
  it.each([
    ['plain text is left alone', 'Turn one', 'Turn one'],
    [
      'text with controls is balanced and isolated',
      `Turn ${RLO}one`,
      `${FSI}Turn ${RLO}one${PDF}${PDI}`,
    ],
    ['right-to-left letters are isolated', 'שלום', `${FSI}שלום${PDI}`],
    [
      'a stray PDI cannot close the isolate around it',
      `${PDI}${RLO}x`,
      `${FSI}${RLO}x${PDF}${PDI}`,
    ],
  ])('%s', (_, text, expected) => {
    expect(isolateDirection(text)).toBe(expected);
  });
});
