/**
 * `npm run translation`: writes the skeleton of a translation and keeps it up to date as
 * the scenario changes, losing no translation; and `npm run validate` checks what it
 * writes beside the scenario.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateTranslation } from '../../src/cli/translation';
import { edit, minimalText, repoRoot } from '../data/helpers';

const tsx = resolve(repoRoot, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) => {
  const out = spawnSync(tsx, [script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: out.status, lines: out.stdout.trim().split('\n'), stderr: out.stderr };
};

const META = { id: 'test-crisis', language: 'en' };
const originals = new Map([
  ['meta.title', 'Test crisis'],
  ['meta.summary', 'Two governments.'],
  ['events.leak.text', 'Plans leak.'],
]);
type Entries = Record<string, { en: string; es: string; was?: string }>;
const entriesOf = (text: string) => (parse(text) as { entries: Entries }).entries;

describe('updating a translation', () => {
  it('writes an entry for every text, in the order of the scenario, to fill in', () => {
    const update = updateTranslation(META, 'es', originals, undefined);
    const doc = parse(update.text) as { scenario: string; language: string; entries: Entries };
    expect(doc.scenario).toBe('test-crisis');
    expect(doc.language).toBe('es');
    expect(doc.entries).toEqual({
      'meta.title': { en: 'Test crisis', es: '' },
      'meta.summary': { en: 'Two governments.', es: '' },
      'events.leak.text': { en: 'Plans leak.', es: '' },
    });
    expect(update).toMatchObject({ translated: 0, untranslated: 3, stale: 0, orphans: [] });
  });

  it('keeps translations, marks those whose original changed, and keeps entries for texts gone', () => {
    const existing = {
      scenario: 'test-crisis',
      language: 'es',
      entries: {
        'events.leak.text': { en: 'Plans leak.', es: 'Se filtran planes.' },
        'meta.title': { en: 'Test crises', es: 'Crisis de prueba' },
        'meta.sumary': { en: 'Two governments.', es: 'Dos gobiernos.' },
      },
    };
    const update = updateTranslation(META, 'es', originals, existing);
    expect(Object.entries(entriesOf(update.text))).toEqual([
      ['meta.title', { en: 'Test crisis', es: 'Crisis de prueba', was: 'Test crises' }],
      ['meta.summary', { en: 'Two governments.', es: '' }],
      ['events.leak.text', { en: 'Plans leak.', es: 'Se filtran planes.' }],
      ['meta.sumary', { en: 'Two governments.', es: 'Dos gobiernos.' }],
    ]);
    expect(update).toMatchObject({
      translated: 1,
      untranslated: 1,
      stale: 1,
      orphans: ['meta.sumary'],
    });
  });

  it('keeps the original a stale entry was translated from, and unmarks it when the original returns', () => {
    const stale = (en: string) => ({
      entries: { 'meta.title': { en, es: 'Crisis de prueba', was: 'Test crises' } },
    });
    const again = updateTranslation(META, 'es', originals, stale('Test crisis, again'));
    expect(entriesOf(again.text)['meta.title']).toEqual({
      en: 'Test crisis',
      es: 'Crisis de prueba',
      was: 'Test crises',
    });
    const back = new Map([['meta.title', 'Test crises']]);
    const restored = updateTranslation(META, 'es', back, stale('Test crisis'));
    expect(entriesOf(restored.text)['meta.title']).toEqual({
      en: 'Test crises',
      es: 'Crisis de prueba',
    });
    expect(restored.stale).toBe(0);
  });

  it('writes the file beside the scenario, which npm run validate then checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilateral-translation-'));
    // The minimal fixture without its source file name, so no quotation check applies.
    writeFileSync(join(dir, 'scenario.yaml'), edit(minimalText, '      file: paper.txt\n', ''));
    const first = run('src/cli/translation.ts', [dir, 'es']);
    expect(first.code).toBe(0);
    expect(first.lines[0]).toMatch(
      /scenario\.es\.yaml: 61 texts: 0 translated, 61 to translate, 0 stale \(marked with 'was'\)\.$/,
    );
    const file = join(dir, 'scenario.es.yaml');
    // Laid out as Prettier lays it out, so that npm run format:check passes.
    const prettier = spawnSync(
      resolve(repoRoot, 'node_modules', '.bin', 'prettier'),
      ['--check', file],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(prettier.status).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/es: ""/g, 'es: "traducido"'));
    // Notes (a tag without a glossary entry, say) are advice, not problems.
    const problemLines = (lines: string[]) => lines.filter((line) => !line.includes(': note: '));
    const valid = run('src/cli/validate.ts', [join(dir, 'scenario.yaml')]);
    expect(problemLines(valid.lines)).toEqual([
      '1 scenario file and 1 translation checked: no problems.',
    ]);
    expect(valid.code).toBe(0);

    writeFileSync(file, readFileSync(file, 'utf8').replace('es: "traducido"', 'es: ""'));
    const invalid = run('src/cli/validate.ts', [join(dir, 'scenario.yaml')]);
    expect(invalid.code).toBe(1);
    const invalidLines = problemLines(invalid.lines);
    expect(invalidLines).toHaveLength(2);
    expect(invalidLines[0]).toMatch(
      /scenario\.es\.yaml:9:9 entries\["meta\.title"\]\.es: not translated yet: es is empty$/,
    );
    expect(invalidLines[1]).toBe('1 scenario file and 1 translation checked: 1 problem in 1 file.');
  }, 120_000);

  it('names the fields of an entry by the two languages', () => {
    const update = updateTranslation({ id: 'test-crisis', language: 'es' }, 'pt-BR', originals, {
      entries: { 'meta.title': { es: 'Test crisis', 'pt-BR': 'Crise de teste' } },
    });
    expect(entriesOf(update.text)['meta.title']).toEqual({
      es: 'Test crisis',
      'pt-BR': 'Crise de teste',
    });
  });

  it('names each quotation translated in more than one way', () => {
    const quoted = new Map([
      ['options.a.cites.0.quote', 'we will act'],
      ['events.b.cites.0.quote', 'we will act'],
      ['evidence.c.quote', 'we will act'],
      ['evidence.d.quote', 'enough'],
      ['evidence.e.quote', 'enough'],
    ]);
    const entries = {
      'options.a.cites.0.quote': { en: 'we will act', es: 'actuaremos' },
      'events.b.cites.0.quote': { en: 'we will act', es: 'vamos a actuar' },
      'evidence.c.quote': { en: 'we will act', es: 'actuaremos' },
      'evidence.d.quote': { en: 'enough', es: 'basta' },
      'evidence.e.quote': { en: 'enough', es: 'basta' },
    };
    const update = updateTranslation(META, 'es', quoted, { entries });
    expect(update.quoteVariants).toEqual([
      ['options.a.cites.0.quote', 'evidence.c.quote', 'events.b.cites.0.quote'],
    ]);
  });
});
