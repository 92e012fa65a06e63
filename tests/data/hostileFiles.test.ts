/**
 * Known answers for files that once hid problems, gave the wrong advice, or could hang
 * or crash the loader. Each row is one such file and the exact problems it must give
 * (`line:column path: message`), or `ok` when it must load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { edit, fixturesDir, minimalText } from './helpers';

type Row = { name: string; input: () => string | Uint8Array; expected: 'ok' | string[] };

const bytes = (text: string, encoding: BufferEncoding) =>
  new Uint8Array(Buffer.from(text, encoding));
const bigEndian = (little: Uint8Array) => {
  const out = new Uint8Array(little.length);
  for (let i = 0; i + 1 < little.length; i += 2) {
    out[i] = little[i + 1] as number;
    out[i + 1] = little[i] as number;
  }
  return out;
};
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
/** The minimal fixture with one part replaced. */
const minimalWith = (old: string, replacement: string) => () => edit(minimalText, old, replacement);

const everyProblem: Row[] = [
  {
    name: 'five mistakes of five kinds are all listed in one run',
    input: () => readFileSync(join(fixturesDir, 'broken', '29-five-mistakes.yaml'), 'utf8'),
    expected: [
      "39:7 (root): indentation: this line starts in column 7 but 'start' above it starts in column 5; fields of one mapping must start in the same column",
      "69:11 (root): YAML syntax: a list opened with '[' is not closed with ']' (or a line is not indented enough)",
      '87:34 options[1].effects[0].set: expected true or false, found "maybe"',
      "154:76 advisors[0].arguments[0].evidence[0]: unknown evidence card 'expertt' (did you mean 'expert'?)",
      "168:5 glossary[0].defintion: unknown field 'defintion' (did you mean 'definition'?)",
    ],
  },
  {
    name: 'a syntax error in one option does not hide a reference mistake in another',
    input: () =>
      edit(
        edit(minimalText, '    tags: [kinetic, unilateral]\n', '    tags: [kinetic, unilateral\n'),
        '      - if: { used: strike, by: north }',
        '      - if: { used: strike, by: nort }',
      ),
    expected: [
      "68:11 (root): YAML syntax: a list opened with '[' is not closed with ']' (or a line is not indented enough)",
      "89:33 options[1].effects[1].if.by: unknown role 'nort' (did you mean 'north'?)",
    ],
  },
  {
    name: 'syntax errors in neighbouring options are both reported',
    input: () =>
      edit(
        edit(
          minimalText,
          '    role: north\n    label: Strike\n',
          '    role: north\n      label: Strike\n',
        ),
        '    role: south\n    label: Talk\n',
        '    role: south\n   label: Talk\n',
      ),
    expected: [
      "66:7 (root): indentation: this line starts in column 7 but 'role' above it starts in column 5; fields of one mapping must start in the same column",
      "83:4 (root): indentation: this line starts in column 4 but 'role' above it starts in column 5; fields of one mapping must start in the same column",
    ],
  },
  {
    name: 'a field indented too far is named as such, at its own line',
    input: minimalWith(
      '    role: south\n    label: Talk\n',
      '    role: south\n      label: Talk\n',
    ),
    expected: [
      "83:7 (root): indentation: this line starts in column 7 but 'role' above it starts in column 5; fields of one mapping must start in the same column",
    ],
  },
  {
    name: 'a field indented too little is named as such',
    input: minimalWith('    role: south\n    label: Talk\n', '    role: south\n   label: Talk\n'),
    expected: [
      "83:4 (root): indentation: this line starts in column 4 but 'role' above it starts in column 5; fields of one mapping must start in the same column",
    ],
  },
  {
    name: 'list items indented differently are named as such',
    input: minimalWith(
      '      - { flag: talks-open, set: true }\n',
      '        - { flag: talks-open, set: true }\n',
    ),
    expected: [
      '89:7 (root): indentation: this list item starts in column 7 but the list item above it starts in column 9; items of one list must start in the same column',
    ],
  },
  {
    name: 'an unclosed quotation mark is shown where the text opens',
    input: minimalWith('    summary: Open talks.\n', '    summary: "Open talks.\n'),
    expected: ['84:14 (root): YAML syntax: a text opened with " is not closed with "'],
  },
  {
    name: 'lone CR line endings (classic Mac) are lines',
    input: () => minimalText.replace(/\n/g, '\r'),
    expected: 'ok',
  },
  {
    name: 'UTF-8 bytes with a byte-order mark',
    input: () => withBom([0xef, 0xbb, 0xbf], bytes(minimalText, 'utf8')),
    expected: 'ok',
  },
  {
    name: 'UTF-16 little-endian bytes with a byte-order mark',
    input: () => withBom([0xff, 0xfe], bytes(minimalText, 'utf16le')),
    expected: 'ok',
  },
  {
    name: 'UTF-16 big-endian bytes with a byte-order mark',
    input: () => withBom([0xfe, 0xff], bigEndian(bytes(minimalText, 'utf16le'))),
    expected: 'ok',
  },
  {
    name: 'UTF-16 bytes without a byte-order mark',
    input: () => bytes(minimalText, 'utf16le'),
    expected: 'ok',
  },
  {
    name: 'UTF-16 with an error keeps its line numbers',
    input: () =>
      withBom([0xff, 0xfe], bytes(edit(minimalText, 'start: 20\n', 'start: lots\n'), 'utf16le')),
    expected: ['37:12 meters[2].start: expected a number, found "lots"'],
  },
  {
    name: 'UTF-32 is refused with advice',
    input: () => withBom([0xff, 0xfe, 0, 0], new Uint8Array([0x61, 0, 0, 0])),
    expected: [
      '1:1 (root): this file is saved as UTF-32, which the game does not read: save it as UTF-8',
    ],
  },
  {
    name: 'Latin-1 text is named at the first letter that is not UTF-8',
    input: () =>
      bytes(edit(minimalText, 'Pressure on the gangs.', 'Pressure on the gangs née.'), 'latin1'),
    expected: [
      '36:41 (root): this is not UTF-8 text (byte 0xE9 here cannot be read; the file may be saved as Latin-1 or Windows-1252): save it as UTF-8',
    ],
  },
  {
    name: '!!binary is described as binary data, not as a mapping',
    input: minimalWith('    label: Talk\n', '    label: !!binary aGVsbG8=\n'),
    expected: ['83:21 options[1].label: expected text, found binary data (!!binary)'],
  },
  {
    name: '!!timestamp is described as a date',
    input: minimalWith('    label: Talk\n', '    label: !!timestamp 2025-02-01\n'),
    expected: ['83:24 options[1].label: expected text, found a date (!!timestamp)'],
  },
  {
    name: '!!set is described as a set',
    input: minimalWith('    tags: [diplomatic]\n', '    tags: !!set { diplomatic }\n'),
    expected: ['85:17 options[1].tags: expected a list, found a set (!!set)'],
  },
  {
    name: 'a meter range too wide to compute with is refused',
    input: minimalWith(
      '    start: 50\n  - id: sovereignty',
      '    min: -1.7e308\n    max: 1.7e308\n    start: 50\n  - id: sovereignty',
    ),
    expected: [
      '29:10 meters[0].min: must be at least -1000000 (found -1.7e+308)',
      '30:10 meters[0].max: must be at most 1000000 (found 1.7e+308)',
    ],
  },
  {
    name: 'an effect too large to compute with is refused',
    input: minimalWith('delta: -10,', 'delta: -1e300,'),
    expected: ['72:38 options[0].effects[0].delta: must be at least -1000000 (found -1e+300)'],
  },
  {
    name: 'an alias inside the mapping it names is refused, not followed forever',
    input: minimalWith(
      'requires: { all: [{ meter: pressure, atLeast: 10 }, { not: { flag: talks-open } }] }',
      'requires: &loop { all: [*loop] }',
    ),
    expected: [
      '69:29 (root): this alias names the list or mapping it is inside, which would never end',
    ],
  },
];

/** `k0: 1` … on `count` lines: the shape of the mapping that once took minutes. */
const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}: 1\n`).join('');

const limits: Row[] = [
  {
    name: 'a text over 1 MB is refused before it is parsed',
    input: () => `x: "${'a'.repeat(1024 * 1024)}"\n`,
    expected: [
      '1:1 (root): the file is too large to check (more than 1.0 MB): a scenario file may be at most 1.0 MB',
    ],
  },
  {
    name: 'bytes over 1 MB are refused with their size',
    input: () => new Uint8Array(20 * 1024 * 1024).fill(0x20),
    expected: [
      '1:1 (root): the file is too large to check (20.0 MB): a scenario file may be at most 1.0 MB',
    ],
  },
  {
    name: '100,000 keys are refused at the token limit, where it is passed',
    input: () => keys(100_000),
    expected: [
      '28572:7 (root): too much to check: a scenario file may hold at most 200,000 YAML tokens (words, numbers, punctuation marks and line breaks), and this one passes that here',
    ],
  },
  {
    name: 'lists nested deeper than the limit are refused at the line that passes it',
    input: () => `a: 1\nb: ${'['.repeat(100)}${']'.repeat(100)}\n`,
    expected: [
      '2:67 (root): too deeply nested: lists and mappings may be nested at most 64 levels deep',
    ],
  },
  {
    name: 'indented lists nested deeper than the limit are refused at their line',
    input: () => Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n') + ' x\n',
    expected: [
      '65:129 (root): too deeply nested: lists and mappings may be nested at most 64 levels deep',
    ],
  },
  {
    name: 'aliases nesting deeper than the limit are refused',
    input: () =>
      Array.from(
        { length: 3 },
        (_, i) =>
          `l${i}: &l${i} ${'['.repeat(40)}${i === 0 ? '' : `*l${i - 1}`}${']'.repeat(40)}\n`,
      ).join(''),
    expected: [
      '2:24 (root): too deeply nested: with its aliases, this part nests lists and mappings more than 64 levels deep',
    ],
  },
  {
    name: 'aliases that would expand past the limit are refused',
    input: () =>
      'a: &a [x,x,x,x,x,x,x,x,x,x]\n' +
      ['b', 'c', 'd', 'e', 'f']
        .map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcde'[i]}`).join(',')}]\n`)
        .join(''),
    expected: [
      '6:7 (root): aliases repeat too much here: with every alias written out, the file would hold more than 200,000 values',
    ],
  },
];

function problemsOf(input: string | Uint8Array): 'ok' | string[] {
  const result = loadScenario(input, 'case.yaml');
  return result.ok
    ? 'ok'
    : result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
}

describe('every problem at once, with the right advice', () => {
  it.each(everyProblem)('$name', ({ input, expected }) => {
    expect(problemsOf(input())).toEqual(expected);
  });
});

describe('limits', () => {
  it.each(limits)('$name', ({ input, expected }) => {
    expect(problemsOf(input())).toEqual(expected);
  });

  it('lists 100 problems and counts the rest in a last line', { timeout: 60_000 }, () => {
    const result = loadScenario(`options:\n${'  - {}\n'.repeat(20_000)}`, 'many.yaml');
    if (result.ok) throw new Error('expected problems');
    expect(result.count).toBe(80_008);
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]).toMatchObject({
      line: 25,
      path: '(root)',
      message: '… and 79,908 more problems from here on (only the first 100 are listed)',
    });
  });
});
