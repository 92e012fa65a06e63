/**
 * `npm run translation -- <scenario-folder> <lang>`: writes or updates the translation
 * of a scenario into `lang`, `<scenario-folder>/scenario.<lang>.yaml`, so that it holds
 * an entry for every text of the scenario, in the order of the scenario file:
 *
 * - a text with no entry gets one: the original under the scenario's language code, and
 *   an empty translation under the translation's (`en: …` and `es: ""`) to fill in;
 * - an entry already translated keeps its translation;
 * - an entry whose original has changed gets the new original (as `en`) and the one it
 *   was translated from as `was`, which marks it stale until someone checks the
 *   translation and deletes the `was` line (an entry not yet translated just gets the new
 *   original);
 * - an entry for a text the scenario no longer has is kept, at the end, so that nothing
 *   translated is lost: `npm run validate` names it, with the key it probably became.
 *
 * The file is written as Prettier lays it out (so `npm run format:check` passes), without
 * the comments it held. Then it prints how much is left to translate.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { Document } from 'yaml';
import { fileText, formatProblem } from '../data';
import { entryFields, loadTranslation, translationFileName } from '../data/loadTranslation';
import { isPlainObject } from '../data/schemaIssues';
import { LANGUAGE_TAG, QUOTE_FIELD, textEntries } from '../data/translationKeys';
import { parseYaml } from '../data/yamlDocument';
import { readScenario, repoRoot } from './scenarioFile';

export type TranslationUpdate = {
  /** The text of the file to write. */
  text: string;
  translated: number;
  untranslated: number;
  stale: number;
  /** Keys of entries for texts the scenario no longer has. */
  orphans: string[];
  /**
   * Quotations translated in more than one way: for each, the keys where it is quoted (a
   * quotation shown with two translations reads as two different remarks).
   */
  quoteVariants: string[][];
};

/**
 * The translation into `language` of the scenario `scenarioId`, written in
 * `scenarioLanguage`, whose texts are `originals` (key → original text, as `textEntries`
 * gives them), keeping what `existing` (the data of the file so far, if any) holds.
 */
export function updateTranslation(
  scenario: { id: string; language: string },
  language: string,
  originals: ReadonlyMap<string, string>,
  existing: unknown,
): TranslationUpdate {
  const { original: from, translation: into } = entryFields(scenario.language, language);
  const old = isPlainObject(existing) && isPlainObject(existing.entries) ? existing.entries : {};
  const entries = new Map<string, unknown>();
  let translated = 0;
  let untranslated = 0;
  let stale = 0;
  for (const [key, original] of originals) {
    const before = Object.hasOwn(old, key) ? old[key] : undefined;
    const es = isPlainObject(before) && typeof before[into] === 'string' ? before[into] : '';
    if (es.trim() === '') {
      entries.set(key, { [from]: original, [into]: '' });
      untranslated++;
      continue;
    }
    const en = isPlainObject(before) && typeof before[from] === 'string' ? before[from] : original;
    const was = isPlainObject(before) && typeof before.was === 'string' ? before.was : en;
    if (was === original) {
      entries.set(key, { [from]: original, [into]: es });
      translated++;
    } else {
      entries.set(key, { [from]: original, [into]: es, was });
      stale++;
    }
  }
  const byQuote = new Map<string, Map<string, string[]>>();
  for (const [key, original] of originals) {
    const entry = entries.get(key) as Record<string, string>;
    const translation = entry[into] ?? '';
    if (!key.endsWith(`.${QUOTE_FIELD}`) || translation.trim() === '') continue;
    const ways = byQuote.get(original) ?? new Map<string, string[]>();
    ways.set(translation, [...(ways.get(translation) ?? []), key]);
    byQuote.set(original, ways);
  }
  const quoteVariants = [...byQuote.values()]
    .filter((ways) => ways.size > 1)
    .map((ways) => [...ways.values()].flat());
  const orphans = Object.keys(old).filter((key) => !originals.has(key));
  for (const key of orphans) entries.set(key, old[key]);
  const doc = new Document({ scenario: scenario.id, language, entries });
  doc.commentBefore =
    ' The translation of scenario.yaml: see "Translations" in scenarios/README.md.\n' +
    ' Fill in each empty translation; npm run translation adds and marks what changes.';
  return {
    text: doc.toString({ lineWidth: 100 }),
    translated,
    untranslated,
    stale,
    orphans,
    quoteVariants,
  };
}

async function main(args: string[]): Promise<number> {
  const [folderArg, language] = args;
  if (folderArg === undefined || language === undefined) {
    console.error('usage: npm run translation -- <scenario-folder> <language>');
    console.error('       npm run translation -- scenarios/my-crisis es');
    return 2;
  }
  let folder = resolve(folderArg);
  if (!existsSync(folder) && !folderArg.includes('/'))
    folder = join(repoRoot, 'scenarios', folderArg);
  if (existsSync(folder) && statSync(folder).isFile()) folder = resolve(folder, '..');
  if (!LANGUAGE_TAG.test(language)) {
    console.error(`'${language}' is not a language tag such as "es" or "pt-BR"`);
    return 2;
  }
  const loaded = readScenario(join(folder, 'scenario.yaml'));
  if (!loaded.ok) {
    console.error(loaded.error);
    console.error('The scenario has problems: fix them first (npm run validate).');
    return 1;
  }
  const { scenario } = loaded;
  if (language === scenario.meta.language) {
    console.error(`The scenario is itself in '${language}': choose another language.`);
    return 2;
  }
  const file = join(folder, translationFileName(language));
  const shown = relative(process.cwd(), file) || file;
  let existing: unknown;
  if (existsSync(file)) {
    const decoded = fileText(readFileSync(file));
    const parsed = decoded.ok ? parseYaml(decoded.text) : undefined;
    if (parsed?.kind !== 'read') {
      const check = loadTranslation(readFileSync(file), shown, scenario, { language });
      for (const p of check.problems) console.error(formatProblem(p));
      console.error(`${shown} cannot be read: fix it first, then run this again.`);
      return 1;
    }
    existing = parsed.data;
  }
  const update = updateTranslation(scenario.meta, language, textEntries(scenario), existing);
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(update.text, { ...options, filepath: file }));
  const total = update.translated + update.untranslated + update.stale;
  console.log(
    `${shown}: ${total} texts: ${update.translated} translated, ${update.untranslated} to translate, ${update.stale} stale (marked with 'was').`,
  );
  if (update.orphans.length > 0) {
    console.log(
      `${update.orphans.length} entr${update.orphans.length === 1 ? 'y is' : 'ies are'} for texts the scenario no longer has, kept at the end: ${update.orphans.join(', ')}`,
    );
  }
  if (update.quoteVariants.length > 0) {
    console.log(
      `${update.quoteVariants.length} quotation${update.quoteVariants.length === 1 ? ' is' : 's are'} translated in more than one way (one translation each reads better):`,
    );
    for (const keys of update.quoteVariants) console.log(`  ${keys.join(', ')}`);
  }
  console.log('npm run validate lists each one left to do.');
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
