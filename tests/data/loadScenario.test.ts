import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../src/data';
import { edit, MINIMAL_FILE, minimalText } from './helpers';

const FILE = 'case.yaml';

function problemsOf(text: string): string[] {
  const result = loadScenario(text, FILE);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('loadScenario on the minimal fixture', () => {
  const result = loadScenario(minimalText, MINIMAL_FILE);

  it('loads with zero problems', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('applies defaults and keeps values', () => {
    if (!result.ok) throw new Error('fixture does not load');
    const { scenario } = result;
    expect(scenario.meters[0]).toMatchObject({
      id: 'cooperation',
      min: 0,
      max: 100,
      hidden: false,
    });
    expect(scenario.options[1]?.cost).toEqual({});
    expect(scenario.flags[0]?.start).toBe(false);
    expect(scenario.responses[0]?.answers[1]?.weight).toBe(1);
  });

  it('freezes the scenario deeply', () => {
    if (!result.ok) throw new Error('fixture does not load');
    const { scenario } = result;
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.options)).toBe(true);
    expect(Object.isFrozen(scenario.options[0]?.effects[1])).toBe(true);
    expect(Object.isFrozen(scenario.roles[0]?.objectives.weights)).toBe(true);
    expect(() => {
      (scenario.meters as unknown as unknown[]).push({});
    }).toThrow();
  });
});

/**
 * Known answers: one edit of the minimal fixture, and the exact problems it must give
 * (path: message). Each regression found becomes a row here.
 */
const cases: { name: string; edits: [string, string][]; expected: string[] }[] = [
  {
    name: 'unknown meter in a nested condition',
    edits: [['{ meter: pressure, atLeast: 10 }', '{ meter: presure, atLeast: 10 }']],
    expected: [
      "options[0].requires.all[0].meter: unknown meter 'presure' (did you mean 'pressure'?)",
    ],
  },
  {
    name: 'misspelt bound inside a meter condition',
    edits: [['{ meter: pressure, atLeast: 10 }', '{ meter: pressure, atleast: 10 }']],
    expected: [
      "options[0].requires.all[0].atleast: unknown field 'atleast' (did you mean 'atLeast'?)",
    ],
  },
  {
    name: 'wrong type inside a not condition',
    edits: [['{ not: { flag: talks-open } }', '{ not: { flag: 3 } }']],
    expected: ['options[0].requires.all[1].not.flag: expected text, found 3'],
  },
  {
    name: 'effect with no identifying key and no near miss',
    edits: [['- { flag: talks-open, set: true }', '- { increase: 3 }']],
    expected: [
      'options[1].effects[0]: expected an effect with one of: meter, flag, resource, chance, if, after, reveal (found: increase)',
    ],
  },
  {
    name: 'effect with a misspelt identifying key',
    edits: [['- { flag: talks-open, set: true }', '- { flg: talks-open, set: true }']],
    expected: ["options[1].effects[0].flg: unknown field 'flg' (did you mean 'flag'?)"],
  },
  {
    name: 'meter effect without delta',
    edits: [
      [
        '{ meter: cooperation, delta: -5 }]\n      - id: accept',
        '{ meter: cooperation }]\n      - id: accept',
      ],
    ],
    expected: [
      "responses[0].answers[0].effects[0].delta: missing required field 'delta' (a number)",
    ],
  },
  {
    name: 'chance given as text',
    edits: [['    chance: 0.3\n', '    chance: likely\n']],
    expected: ['events[1].chance: expected a number, found "likely"'],
  },
  {
    name: 'chance object with a bad base',
    edits: [['chance: { base: 0.5,', 'chance: { base: 5,']],
    expected: ['options[0].effects[1].chance.base: must be at most 1 (found 5)'],
  },
  {
    name: 'diminishing of zero',
    edits: [['diminishing: 0.5', 'diminishing: 0']],
    expected: ['options[0].effects[1].then[0].diminishing: must be greater than 0 (found 0)'],
  },
  {
    name: 'enum value misspelt',
    edits: [['{ option: strike, stance: against }', '{ option: strike, stance: aganst }']],
    expected: [
      "evidence[0].bearsOn[0].stance: expected one of 'for', 'against'; found \"aganst\" (did you mean 'against'?)",
    ],
  },
  {
    name: 'record key that is not an id',
    edits: [
      ['weights: { pressure: 2, cooperation: 1 }', 'weights: { Pressure: 2, cooperation: 1 }'],
    ],
    expected: [
      'roles[0].objectives.weights.Pressure: field name \'Pressure\': expected a kebab-case id such as "unilateral-strike"',
    ],
  },
  {
    name: 'unknown meter as an objective weight',
    edits: [
      ['weights: { pressure: 2, cooperation: 1 }', 'weights: { pressur: 2, cooperation: 1 }'],
    ],
    expected: [
      "roles[0].objectives.weights.pressur: unknown meter 'pressur' (did you mean 'pressure'?)",
    ],
  },
  {
    name: 'meter start outside its range',
    edits: [['    start: 20\n    hidden: true', '    start: 120\n    hidden: true']],
    expected: ['meters[2].start: start must lie between min and max'],
  },
  {
    name: 'used condition with the wrong role',
    edits: [['if: { used: strike, by: north }', 'if: { used: strike, by: south }']],
    expected: [
      "options[1].effects[1].if.by: option 'strike' belongs to 'north', so 'south' never uses it",
    ],
  },
  {
    name: 'tagUsed of a tag no option carries',
    edits: [['when: { tagUsed: kinetic, by: north }', 'when: { tagUsed: kinetik, by: north }']],
    expected: [
      "events[1].when.tagUsed: no option carries the tag 'kinetik' (did you mean 'kinetic'?)",
    ],
  },
  {
    name: 'response tag carried only by the answering role',
    edits: [['to: { tags: [diplomatic] }', 'to: { tags: [kinetic] }']],
    expected: [
      "responses[1].to.tags[0]: only options of 'north' itself carry the tag 'kinetic'; a response rule answers the other side's moves",
    ],
  },
  {
    name: 'condition bounds that can never hold',
    edits: [
      ['{ meter: cooperation, atMost: 30 }', '{ meter: cooperation, atLeast: 40, atMost: 30 }'],
    ],
    expected: [
      'responses[0].answers[0].weightIf[0].when: atLeast 40 is above atMost 30: this can never hold',
    ],
  },
  {
    name: 'resource condition on a role without it',
    edits: [['when: { turnAtLeast: 2 }', 'when: { resource: capital, role: south, atLeast: 1 }']],
    expected: [
      "responses[0].answers[1].when.resource: role 'south' has no resource 'capital' (it declares no resources; add them under roles[].resources)",
    ],
  },
  {
    name: 'model note about an unknown id',
    edits: [['about: [strike, protest]', 'about: [strike, protst]']],
    expected: [
      "modelNotes[0].about[1]: 'protst' is not the id of an option, answer, event or response rule (did you mean 'protest'?)",
    ],
  },
  {
    name: 'dispute about an unknown id',
    edits: [['about: [strike]', 'about: [strikes]']],
    expected: [
      "disputes[0].about[0]: 'strikes' is not the id of an option, event or evidence card (did you mean 'strike'?)",
    ],
  },
  {
    name: 'debrief assessment naming unknown evidence and option',
    edits: [['{ evidence: expert, options: [strike] }', '{ evidence: experts, options: [talks] }']],
    expected: [
      "debrief.assessments[0].evidence: unknown evidence card 'experts' (did you mean 'expert'?)",
      "debrief.assessments[0].options[0]: unknown option 'talks' (did you mean 'talk'?)",
    ],
  },
  {
    name: 'plane with the same meter twice',
    edits: [['  y: sovereignty\nmeters:', '  y: cooperation\nmeters:']],
    expected: ["plane.y: the two axes must be different meters (both are 'cooperation')"],
  },
  {
    name: 'duplicate answer ids within a rule',
    edits: [
      ['      - id: accept\n        kind: accept', '      - id: protest\n        kind: accept'],
    ],
    expected: [
      "responses[0].answers[1].id: duplicate answer id 'protest' (already used by responses[0].answers[0])",
    ],
  },
  {
    name: 'event resource effect on a resource no role holds',
    edits: [
      ['effects: [{ meter: pressure, delta: 5 }]', 'effects: [{ resource: money, delta: 5 }]'],
    ],
    expected: ["events[0].effects[0].resource: no role holds a resource 'money'"],
  },
  {
    name: 'two tests in one effect',
    edits: [
      ['- { flag: talks-open, set: true }', '- { flag: talks-open, set: true, meter: pressure }'],
    ],
    expected: [
      "options[1].effects[0].meter: 'meter' cannot be combined with 'flag' in one effect (write them as two effects)",
    ],
  },
  {
    name: 'unknown top-level section with a suggestion',
    edits: [['modelNotes:', 'modelNote:']],
    expected: ["modelNote: unknown field 'modelNote' (did you mean 'modelNotes'?)"],
  },
  {
    name: 'unknown field with no suggestion lists the allowed ones',
    edits: [['    hidden: true\n', '    colour: red\n    hidden: true\n']],
    expected: [
      "meters[2].colour: unknown field 'colour' (allowed here: id, label, description, min, max, start, hidden, hiddenFrom, drift)",
    ],
  },
  {
    name: 'empty text',
    edits: [['  title: Test crisis', "  title: ''"]],
    expected: ['meta.title: must not be empty'],
  },
  {
    name: 'empty value where text is required',
    edits: [['  title: Test crisis', '  title:']],
    expected: ['meta.title: expected text, found an empty value'],
  },
  {
    name: 'whole number expected',
    edits: [['  movesPerTurn: 1', '  movesPerTurn: 1.5']],
    expected: ['calendar.movesPerTurn: expected a whole number, found 1.5'],
  },
  {
    name: 'empty list where entries are required',
    edits: [['  questions:\n    - Was the strike worth it?', '  questions: []']],
    expected: ['debrief.questions: needs at least one entry'],
  },
];

describe('known answers', () => {
  it.each(cases)('$name', ({ edits, expected }) => {
    let text = minimalText;
    for (const [old, replacement] of edits) text = edit(text, old, replacement);
    expect(problemsOf(text)).toEqual(expected);
  });
});

describe('positions', () => {
  it('points at the offending value, the key of an unknown field, and the parent of a missing one', () => {
    const text = edit(
      edit(minimalText, '  title: Test crisis\n', ''),
      '    hidden: true\n',
      '    hiden: true\n',
    );
    const result = loadScenario(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split('\n');
    const [missing, unknown] = result.problems;
    // meta.title is missing: reported at the `meta:` key.
    expect(missing?.path).toBe('meta.title');
    expect(lines[(missing?.line ?? 0) - 1]?.slice((missing?.column ?? 0) - 1)).toMatch(/^meta:/);
    expect(unknown?.path).toBe('meters[2].hiden');
    expect(lines[(unknown?.line ?? 0) - 1]?.slice((unknown?.column ?? 0) - 1)).toMatch(/^hiden:/);
  });

  it('reports a YAML error at its position, and checks the rest of the file', () => {
    const text = edit(
      edit(minimalText, '  title: Test crisis\n', '  title: [Test crisis\n'),
      '    start: 20\n',
      '    start: lots\n',
    );
    const result = loadScenario(text, FILE);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: FILE,
        line: 6,
        column: 10,
        path: '(root)',
        message:
          "YAML syntax: a list opened with '[' is not closed with ']' (or a line is not indented enough)",
      },
      {
        file: FILE,
        line: 37,
        column: 12,
        path: 'meters[2].start',
        message: 'expected a number, found "lots"',
      },
    ]);
  });

  it('reports a duplicate key and still checks the rest', () => {
    const text = edit(
      minimalText,
      '  title: Test crisis\n',
      '  title: Test crisis\n  title: Again\n',
    ).replace('start: 50\n  - id: sovereignty', 'start: 500\n  - id: sovereignty');
    expect(problemsOf(text)).toEqual([
      "meta.title: field 'title' appears twice here (each field may appear only once)",
      'meters[0].start: start must lie between min and max',
    ]);
  });

  it('reports an unknown alias, and checks the rest of the file', () => {
    const text = edit(minimalText, '    start: 20\n', '    start: *twenty\n');
    expect(problemsOf(text)).toEqual([
      "meters[2].start: unknown alias '*twenty': an alias needs an anchor '&twenty' earlier in the file",
    ]);
  });
});

describe('special inputs', () => {
  it.each([
    ['', '(root): the file is empty: a scenario starts with schemaVersion, meta, calendar, …'],
    [
      '# nothing\n',
      '(root): the file is empty: a scenario starts with schemaVersion, meta, calendar, …',
    ],
    ['- a\n- b\n', '(root): expected a mapping of fields, found a list'],
    ['hello', '(root): expected a mapping of fields, found "hello"'],
  ])('%j', (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it('stops at a newer schema version, whatever else is wrong', () => {
    expect(problemsOf('schemaVersion: 7\nnonsense: true\n')).toEqual([
      'schemaVersion: this file needs a newer version of Bilateral (schema 7; this build reads 1)',
    ]);
  });

  it('does not throw on non-string input', () => {
    const result = loadScenario(42 as unknown as string, FILE);
    expect(result.ok).toBe(false);
  });

  it('does not throw on very deep nesting', () => {
    const deep = `${'{ not: '.repeat(3000)}{ flag: x }${' }'.repeat(3000)}`;
    const result = loadScenario(edit(minimalText, '{ not: { flag: talks-open } }', deep), FILE);
    expect(result.ok).toBe(false);
  });

  it('keeps __proto__ keys as plain (unknown) fields', () => {
    const text = edit(
      minimalText,
      '    hidden: true\n',
      '    hidden: true\n    __proto__: { polluted: true }\n',
    );
    const got = problemsOf(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^meters\[2\]\.__proto__: unknown field '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('quotation check', () => {
  const sources: Record<string, string> = {
    'paper.txt':
      'Officials said “drones may fly” soon.\nThe president: “No strikes here,” she said. Experts say strikes do little.',
  };
  const lookup = (file: string) => sources[file];

  it('fails on a quote that is not word for word in its source', () => {
    const result = loadScenario(minimalText, FILE, { sourceText: lookup });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "responses[0].answers[0].statement.quote: this quote is not word for word in source 'paper' (paper.txt); quote it exactly, or make it a paraphrase without quotation marks",
    ]);
  });

  it('passes once the quote is exact', () => {
    const text = edit(minimalText, 'quote: no strikes here', 'quote: No strikes here');
    expect(loadScenario(text, FILE, { sourceText: lookup }).ok).toBe(true);
  });

  it('reports a source file that cannot be found', () => {
    const result = loadScenario(minimalText, FILE, { sourceText: () => undefined });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "meta.sources[0].file: cannot find the source file 'paper.txt'",
    ]);
  });
});
