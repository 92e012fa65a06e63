import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { balanceDirection } from '../../src/data/direction';
import { edit, minimalText } from './helpers';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

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
