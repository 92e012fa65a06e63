/**
 * The content checks, each shown catching a bad case: one edit of the minimal fixture and
 * the exact problems it must give (path: message). The fixture is checked against an
 * in-memory source text, so these tests do not need the shared sources.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { edit, fixturesDir, minimalText } from '../data/helpers';
import { sourcesMissing } from './sourcesFolder';

const SOURCES: Record<string, string> = {
  'paper.txt':
    'Officials said drones may fly soon. The president: no strikes here. Experts say strikes do little.',
  'second.txt': 'The second paper agrees: strikes do little.',
};
const lookup = (file: string) => SOURCES[file];

function problemsOf(text: string, withSources = true): string[] {
  const result = loadScenario(text, 'case.yaml', withSources ? { sourceText: lookup } : {});
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

function applyEdits(edits: [string, string][]): string {
  return edits.reduce((text, [old, replacement]) => edit(text, old, replacement), minimalText);
}

const SECOND_SOURCE: [string, string] = [
  '      file: paper.txt\n',
  '      file: paper.txt\n    - id: second\n      headline: A second article\n      file: second.txt\n',
];

type Case = { name: string; edits: [string, string][]; expected: string[]; withSources?: boolean };

const cases: Case[] = [
  // ---------------------------------------------------------------- the record
  {
    name: 'an option neither on the record nor hypothetical',
    edits: [
      ['        quote: drones may fly\n        record: true\n', '        quote: drones may fly\n'],
    ],
    expected: [
      "options[0]: option 'strike' is not on the record: mark the citation that reports it taken 'record: true', or mark the option 'hypothetical: true'",
    ],
  },
  {
    name: 'a hypothetical option with a citation reporting it taken',
    edits: [
      [
        '    tags: [kinetic, unilateral]\n',
        '    tags: [kinetic, unilateral]\n    hypothetical: true\n',
      ],
    ],
    expected: [
      "options[0].hypothetical: option 'strike' is marked hypothetical, but a citation is marked as reporting it taken: keep one or the other",
    ],
  },
  {
    name: 'a record citation without the quote that reports the move',
    edits: [['        quote: drones may fly\n        record: true\n', '        record: true\n']],
    expected: [
      'options[0].cites[0].record: a citation marked record needs the quote that reports the move or answer',
    ],
  },
  {
    name: 'an answer neither on the record nor an assumption',
    edits: [['        label: Welcome\n        assumption: true\n', '        label: Welcome\n']],
    expected: [
      "responses[1].answers[0]: answer 'welcome' is not on the record: mark the citation that reports this answer 'record: true', or mark the answer 'assumption: true'",
    ],
  },
  {
    name: 'an answer on the record to a move no source reports',
    edits: [
      ['        quote: drones may fly\n        record: true\n', '        quote: drones may fly\n'],
      [
        '    tags: [kinetic, unilateral]\n',
        '    tags: [kinetic, unilateral]\n    hypothetical: true\n',
      ],
      [
        '        label: Protest\n        assumption: true\n',
        '        label: Protest\n        cites: [{ source: paper, quote: no strikes here, record: true }]\n',
      ],
    ],
    expected: [
      "responses[0].answers[0]: answer 'protest' answers only hypothetical moves (strike), so no source can report it: mark it 'assumption: true'",
    ],
  },
  {
    name: 'record marking a citation where it means nothing',
    edits: [
      [
        '    dated: February 1\n    effects: [{ meter: pressure, delta: 5 }]\n    cites: [{ source: paper }]\n',
        '    dated: February 1\n    effects: [{ meter: pressure, delta: 5 }]\n    cites: [{ source: paper, quote: drones may fly, record: true }]\n',
      ],
    ],
    expected: [
      'events[0].cites[0].record: record marks the passage that reports an option taken or an answer given; it has no meaning here',
    ],
  },
  {
    name: 'the record is not checked without the source texts',
    edits: [
      ['        quote: drones may fly\n        record: true\n', '        quote: drones may fly\n'],
    ],
    withSources: false,
    expected: [],
  },
  // ---------------------------------------------------------------- numbers in prose
  {
    name: 'a model note giving a chance the rules do not hold',
    edits: [
      [
        '    text: A strike without consent lowers sovereignty.\n',
        '    text: A strike hits half the time at first (60% at most).\n',
      ],
    ],
    expected: [
      'modelNotes[0].text: 60% is not a chance of what this note explains (strike, protest) (their chances: 50%, 25%, 75%)',
    ],
  },
  {
    name: 'a model note giving one chance for two',
    edits: [
      [
        '    text: A strike without consent lowers sovereignty.\n',
        '    text: A strike hits 50% of the time; a protest follows 50% of the time.\n',
      ],
    ],
    expected: [
      'modelNotes[0].text: 50% is written 2 times, but only 1 of the chances of what this note explains (strike, protest) is 50% (their chances: 50%, 25%, 75%)',
    ],
  },
  {
    name: 'a model note giving a size the rules do not hold',
    edits: [
      [
        '    text: A strike without consent lowers sovereignty.\n',
        '    text: A strike without consent lowers sovereignty by 12, a hit 25% to 75% of the time.\n',
      ],
    ],
    expected: [
      'modelNotes[0].text: 12 is not a number in the rules of what this note explains (strike, protest)',
    ],
  },
  {
    name: 'numbers the rules hold pass',
    edits: [
      [
        '    text: A strike without consent lowers sovereignty.\n',
        '    text: A strike lowers sovereignty by 10 and needs pressure of at least 10; it hits 25% to 75% of the time.\n',
      ],
    ],
    expected: [],
  },
  {
    name: 'a requirement shown with another number than it has',
    edits: [
      [
        '    cost: { capital: 2 }\n',
        '    requiresText: Pressure at least 20.\n    cost: { capital: 2 }\n',
      ],
    ],
    expected: ['options[0].requiresText: 20 is not a number in the rules of its requires'],
  },
  // ---------------------------------------------------------------- claims of agreement
  {
    name: '"the sources agree" with no source quoted',
    edits: [
      [
        "    definition: Control over one's own territory.\n",
        "    definition: Control over one's own territory; the sources agree it matters.\n",
      ],
    ],
    expected: [
      'glossary[0].definition: this text says the sources agree, but no source is quoted in its cites: quote each source that says it, or name the one source that makes the claim',
    ],
  },
  {
    name: '"the sources agree" with one source quoted',
    edits: [
      [
        "    definition: Control over one's own territory.\n",
        '    definition: The sources agree that strikes do little.\n    cites: [{ source: paper, quote: strikes do little }]\n',
      ],
    ],
    expected: [
      "glossary[0].definition: this text says the sources agree, but only 'paper' is quoted in its cites: quote each source that says it, or name the one source that makes the claim",
    ],
  },
  {
    name: '"the sources agree" with each source quoted',
    edits: [
      SECOND_SOURCE,
      [
        "    definition: Control over one's own territory.\n",
        '    definition: The sources agree that strikes do little.\n    cites:\n      - { source: paper, quote: strikes do little }\n      - { source: second, quote: strikes do little }\n',
      ],
    ],
    expected: [],
  },
  // ---------------------------------------------------------------- quotations
  {
    name: 'a quotation whose source names no file',
    edits: [
      [
        '      file: paper.txt\n',
        '      file: paper.txt\n    - id: second\n      headline: A second article\n',
      ],
      [
        '    quote: strikes do little\n    source: paper\n',
        '    quote: strikes do little\n    source: second\n',
      ],
    ],
    expected: [
      "evidence[0].quote: this quote cannot be checked: source 'second' names no file; add 'file:' to its entry in meta.sources",
    ],
  },
];

describe('content checks catch what they are meant to', () => {
  it('the minimal fixture passes them all', () => {
    expect(problemsOf(minimalText)).toEqual([]);
  });

  it.each(cases)('$name', ({ edits, expected, withSources }) => {
    expect(problemsOf(applyEdits(edits), withSources ?? true)).toEqual(expected);
  });
});

describe('the source texts under CI', () => {
  it('a missing folder fails the run under CI, and only there', () => {
    expect(sourcesMissing('/no/such/folder', { CI: 'true' })).toBe(true);
    expect(sourcesMissing('/no/such/folder', {})).toBe(false);
    expect(sourcesMissing(fixturesDir, { CI: 'true' })).toBe(false);
  });
});
