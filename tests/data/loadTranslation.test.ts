/**
 * The check of a scenario's translation (`scenario.<lang>.yaml`): each kind of mistake
 * gives its message at the line and column where it is, as the validator prints it.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, type Scenario } from '../../src/data';
import { loadTranslation } from '../../src/data/loadTranslation';
import { textEntries } from '../../src/data/translationKeys';
import { edit, expectWellFormed, minimalText } from './helpers';

const loaded = loadScenario(minimalText, 'scenario.yaml');
if (!loaded.ok) throw new Error('the minimal fixture does not load');
const scenario: Scenario = loaded.scenario;
const originals = textEntries(scenario);
const keys = [...originals.keys()];
const FILE = 'scenario.es.yaml';

/**
 * A complete translation, laid out so that positions are easy to name: three header
 * lines, then three lines an entry (its key at column 3, `en` and `es` at column 9).
 */
const complete = [
  'scenario: test-crisis',
  'language: es',
  'entries:',
  ...keys.flatMap((key) => [
    `  ${key}:`,
    `    en: ${JSON.stringify(originals.get(key))}`,
    `    es: ${JSON.stringify(`ES ${originals.get(key)}`)}`,
  ]),
  '',
].join('\n');

/** `line:column` of an entry's key, or of its `en` or `es` value. */
function at(key: string, field?: 'en' | 'es'): string {
  const line = 4 + keys.indexOf(key) * 3 + (field === 'en' ? 1 : field === 'es' ? 2 : 0);
  return `${line}:${field === undefined ? 3 : 9}`;
}

const entry = (key: string) =>
  `  ${key}:\n    en: ${JSON.stringify(originals.get(key))}\n    es: ${JSON.stringify(`ES ${originals.get(key)}`)}\n`;

/** Checks `text` as `scenario.<language>.yaml` (`''`: a file whose name gives none). */
function check(text: string, language = 'es') {
  const result = loadTranslation(text, FILE, scenario, language === '' ? {} : { language });
  expectWellFormed(result.problems, FILE, text);
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('a translation file', () => {
  it('has every text of the scenario, and gives each translation', () => {
    const { lines, texts, gaps } = check(complete);
    expect(lines).toEqual([]);
    expect(Object.keys(texts)).toEqual(keys);
    expect(texts['meta.title']).toBe('ES Test crisis');
    expect(gaps).toEqual({ missing: [], empty: [], stale: [] });
  });

  const cases: [name: string, text: () => string, expected: () => string[], language?: string][] = [
    [
      'missing the first entry: shown at entries',
      () => edit(complete, entry('meta.title'), ''),
      () => [
        `${FILE}:3:1 entries["meta.title"]: missing: no translation of 'meta.title', which reads "Test crisis"`,
      ],
    ],
    [
      'missing an entry: shown after the one before it',
      () => edit(complete, entry('options.talk.label'), ''),
      () => [
        `${FILE}:${at('options.strike.cites.0.quote')} entries["options.talk.label"]: missing: no translation of 'options.talk.label', which reads "Talk" (add it after 'options.strike.cites.0.quote')`,
      ],
    ],
    [
      'an unknown key: the key it probably is',
      () => edit(complete, '  options.talk.summary:', '  options.tlak.summary:'),
      () => [
        `${FILE}:${at('options.talk.label')} entries["options.talk.summary"]: missing: no translation of 'options.talk.summary', which reads "Open talks." (add it after 'options.talk.label')`,
        `${FILE}:${at('options.talk.summary')} entries["options.tlak.summary"]: unknown key 'options.tlak.summary': the scenario has no text there (did you mean 'options.talk.summary'?)`,
      ],
    ],
    [
      'a misspelt field in a key',
      () => edit(complete, '  meta.title:', '  meta.titel:'),
      () => [
        `${FILE}:3:1 entries["meta.title"]: missing: no translation of 'meta.title', which reads "Test crisis"`,
        `${FILE}:4:3 entries["meta.titel"]: unknown key 'meta.titel': the scenario has no text there (did you mean 'meta.title'?)`,
      ],
    ],
    [
      'a key for a field that is not text',
      () => edit(complete, '  meta.summary:', '  meta.version:'),
      () => [
        `${FILE}:${at('meta.title')} entries["meta.summary"]: missing: no translation of 'meta.summary', which reads "Two governments, one dispute." (add it after 'meta.title')`,
        `${FILE}:${at('meta.summary')} entries["meta.version"]: unknown key 'meta.version': the scenario has no text there`,
      ],
    ],
    [
      'a stale entry: both versions of the original',
      () => edit(complete, 'en: "Plans leak."', 'en: "Plans leaked."'),
      () => [
        `${FILE}:${at('events.leak.text', 'en')} entries["events.leak.text"].en: stale: the original has changed since this was translated. It read "Plans leaked."; it now reads "Plans leak.". Check the translation, then set 'en' to the new original (npm run translation does it, keeping the old one as 'was')`,
      ],
    ],
    [
      'an entry marked stale by the command',
      () =>
        edit(
          complete,
          '    es: "ES Plans leak."\n',
          '    es: "ES Plans leaked."\n    was: "Plans leaked."\n',
        ),
      () => [
        `${FILE}:${Number(at('events.leak.text', 'es').split(':')[0]) + 1}:10 entries["events.leak.text"].was: stale: the original has changed since this was translated. It read "Plans leaked."; it now reads "Plans leak.". Check the translation, then delete 'was'`,
      ],
    ],
    [
      'an empty translation',
      () => edit(complete, 'es: "ES Act now."', 'es: ""'),
      () => [
        `${FILE}:${at('advisors.hawk.view', 'es')} entries["advisors.hawk.view"].es: not translated yet: es is empty`,
      ],
    ],
    [
      'a misspelt field in an entry',
      () => edit(complete, '    es: "ES Act now."', '    ess: "ES Act now."'),
      () => [
        `${FILE}:${at('advisors.hawk.view')} entries["advisors.hawk.view"]: missing field 'es': the translation`,
        `${FILE}:${at('advisors.hawk.view', 'es').replace(/:9$/, ':5')} entries["advisors.hawk.view"].ess: unknown field 'ess' (did you mean 'es'?)`,
      ],
    ],
    [
      'a translation that is not text',
      () => edit(complete, 'es: "ES Act now."', 'es: [Actúa]'),
      () => [
        `${FILE}:${at('advisors.hawk.view', 'es')} entries["advisors.hawk.view"].es: expected text, not a list`,
      ],
    ],
    [
      'a quotation translated in quotation marks, as if someone had said it',
      () => edit(complete, 'es: "ES drones may fly"', 'es: "«ES drones may fly»"'),
      () => [
        `${FILE}:${at('options.strike.cites.0.quote', 'es')} entries["options.strike.cites.0.quote"].es: the game's translation of a quotation is shown beside it as a translation, not as words someone said: leave out the quotation marks`,
      ],
    ],
    [
      'a file name that names no language',
      () => complete,
      () => [
        `${FILE}:1:1 (root): a translation is named scenario.<language>.yaml with a language tag such as "es", not 'copy'`,
        `${FILE}:2:11 language: the file name says the language is 'copy', but the file says 'es'`,
      ],
      'copy',
    ],
    [
      'the wrong language for its file name',
      () => edit(complete, 'language: es', 'language: fr'),
      () => [
        `${FILE}:2:11 language: the file name says the language is 'es', but the file says 'fr'`,
      ],
    ],
    [
      'the language of the scenario itself',
      () => edit(complete, 'language: es', 'language: en'),
      () => [
        `${FILE}:2:11 language: the scenario itself is in 'en': a translation is into another language`,
      ],
      '',
    ],
    [
      'a language that is no language tag',
      () => edit(complete, 'language: es', 'language: Spanish'),
      () => [`${FILE}:2:11 language: expected a language tag such as "es", not "Spanish"`],
    ],
    [
      'another scenario',
      () => edit(complete, 'scenario: test-crisis', 'scenario: other-crisis'),
      () => [
        `${FILE}:1:11 scenario: this is a translation of 'other-crisis', but the scenario beside it is 'test-crisis'`,
      ],
    ],
    [
      'a misspelt top-level field',
      () => edit(complete, 'language: es', 'languge: es'),
      () => [
        `${FILE}:1:1 (root): missing field 'language': the language of the translation, such as 'es'`,
        `${FILE}:2:1 languge: unknown field 'languge' (did you mean 'language'?)`,
      ],
    ],
    [
      'a YAML mistake in one entry: set aside, the rest still checked',
      () =>
        edit(
          edit(complete, 'es: "ES Act now."', 'es: "ES Act now.'),
          'es: "ES Plans leak."',
          'es: ""',
        ),
      () => [
        `${FILE}:${at('events.leak.text', 'es')} entries["events.leak.text"].es: not translated yet: es is empty`,
        `${FILE}:${at('advisors.hawk.view', 'es')} (root): YAML syntax: a text opened with " is not closed with "`,
      ],
    ],
    [
      'an empty file',
      () => '',
      () => [
        `${FILE}:1:1 (root): the file is empty: a translation starts with scenario: test-crisis, language and entries`,
      ],
    ],
  ];

  it.each(cases)('reports %s', (_, text, expected, language) => {
    expect(check(text(), language).lines).toEqual(expected());
  });

  it('is read in the language its file name gives, whatever it declares', () => {
    const french = edit(complete, 'language: es', 'language: fr').replace(
      /\n {4}es: /g,
      '\n    fr: ',
    );
    expect(check(french, 'fr').lines).toEqual([]);
    expect(check(french, 'fr').language).toBe('fr');
  });

  it('names what is left to translate', () => {
    const text = edit(
      edit(edit(complete, entry('meta.title'), ''), 'es: "ES Act now."', 'es: ""'),
      'en: "Plans leak."',
      'en: "Plans leaked."',
    );
    const { gaps, texts, count } = check(text);
    expect(gaps).toEqual({
      missing: ['meta.title'],
      empty: ['advisors.hawk.view'],
      stale: ['events.leak.text'],
    });
    expect(count).toBe(3);
    // What is left out is shown in the original; the rest is translated.
    expect(Object.keys(texts)).toHaveLength(keys.length - 3);
  });

  it('lists at most 100 problems, then says how many more', () => {
    const empty = complete.replace(/es: "ES [^"]*"/g, 'es: ""');
    const many = `${empty}${Array.from({ length: 60 }, (_, i) => `  extra.${i}:\n    en: x\n    es: x\n`).join('')}`;
    const { problems, count } = check(many);
    expect(count).toBe(keys.length + 60);
    expect(problems).toHaveLength(101);
    expect(problems[100]?.message).toBe(
      `… and ${count - 100} more problems from here on (only the first 100 are listed)`,
    );
  });

  it('is held to the size limit of scenario files', () => {
    const { lines } = check(`${complete}#${'x'.repeat(1024 * 1024)}\n`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^scenario\.es\.yaml:1:1 \(root\): the file is too large to check \(more than 1\.0 MB\): a scenario file may be at most 1\.0 MB$/,
    );
  });

  it('never throws, whatever it is given', () => {
    for (const text of [
      '- a\n- b\n',
      'entries: 3\n',
      '{',
      'entries:\n  meta.title: 3\n',
      '\u0000',
    ]) {
      const result = loadTranslation(text, FILE, scenario, { language: 'es' });
      expect(result.count).toBeGreaterThan(0);
      expectWellFormed(result.problems, FILE, text);
    }
  });
});
