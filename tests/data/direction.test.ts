import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { balanceDirection, isolateDirection } from '../../src/data/direction';
import { edit, minimalText } from './helpers';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const FSI = '\u2068';

describe('balanceDirection', () => {
  it.each([
    ['plain text is left alone', 'North', 'North'],
    ['an override left open is closed at the end', `North ${RLO}evil`, `North ${RLO}evil${PDF}`],
    ['a closed override is left alone', `a ${RLO}b${PDF} c`, `a ${RLO}b${PDF} c`],
    ['a closing mark with nothing to close is dropped', `a${PDF}${PDI} b`, 'a b'],
    [
      'a PDI closes the embeddings inside its isolate',
      `${RLI}a ${RLO}b${PDI} c`,
      `${RLI}a ${RLO}b${PDI} c`,
    ],
    ['isolates and embeddings close in order', `${RLO}a${RLI}b`, `${RLO}a${RLI}b${PDI}${PDF}`],
  ])('%s', (_, text, expected) => {
    expect(balanceDirection(text)).toBe(expected);
  });

  it('is applied to every text the loader reads', () => {
    const text = edit(minimalText, '    name: North\n', `    name: "North ${RLO}evil"\n`);
    const result = loadScenario(text, 'bidi.yaml');
    expect(result.ok && result.scenario.roles[0]?.name).toBe(`North ${RLO}evil${PDF}`);
  });
});

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
