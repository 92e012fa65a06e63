/**
 * Reads a scenario's translation (`scenarios/<id>/scenario.<lang>.yaml`) and checks it
 * against the scenario, as the loader checks a scenario: every problem at once, each at
 * its line and column, within the loader's limits (`limits.ts`).
 *
 * The file:
 *
 * ```yaml
 * scenario: river-dispute     # the id of the scenario translated
 * language: es                # the language of the translation
 * entries:
 *   meta.title:               # a key, as translationKeys.ts defines them
 *     en: The river dispute   # the original it was made from
 *     es: La disputa del río
 * ```
 *
 * The original is under the code of the scenario's language (`meta.language`, `en` here)
 * and the translation under the code of the translation's (`es`). An entry may also hold
 * `was:`, the original it was translated from, which
 * `npm run translation` adds when the original has changed since (and sets `en` to the
 * new original): the entry is stale until someone checks the translation and deletes it.
 */
import { fileText } from './fileText';
import { MAX_LISTED_PROBLEMS } from './limits';
import { formatPath, listProblems, ROOT_PATH } from './problems';
import type { PathSegment, Problem } from './problems';
import { readYaml } from './recover';
import { isPlainObject } from './schemaIssues';
import { closest, didYouMean, withSuggestionBudget } from './suggest';
import { LANGUAGE_TAG, QUOTE_FIELD, textEntries } from './translationKeys';
import type { Anchor } from './yamlDocument';

/** What the check found. `texts` holds the usable translations whatever the problems. */
export type TranslationCheck = {
  /** The language the file declares (or, failing that, the one expected of it). */
  language: string;
  /** Key → translation, for every entry that is current, translated and well formed. */
  texts: Record<string, string>;
  /** The problems listed (sorted, at most MAX_LISTED_PROBLEMS and a last line). */
  problems: Problem[];
  /** Every problem found. */
  count: number;
  /** Of those, the texts not (or no longer) translated: missing, empty or stale entries. */
  gaps: { missing: string[]; empty: string[]; stale: string[] };
};

export type TranslationOptions = {
  /** The language the file must be in (from its name, `scenario.es.yaml`). */
  language?: string;
  /**
   * How the game shows an original as written, when the scenario checked against is the
   * game's copy (the build cites sources by name in it): an entry made from the text as
   * written is then not stale.
   */
  asShown?: (original: string) => string;
};

const TOP_FIELDS = ['scenario', 'language', 'entries'];
/** What an entry holds: the original, the translation, and the original it was made from. */
export type EntryFields = { original: string; translation: string };

/** The fields of an entry in a translation of `scenario` into `language`. */
export const entryFields = (scenarioLanguage: string, language: string): EntryFields => ({
  original: scenarioLanguage,
  translation: language,
});
/** As for scenario files (see loadScenario.ts). */
const SUGGESTION_BUDGET = 50_000;
/** A text wholly in quotation marks. */
const QUOTED = /^\s*["'“‘«„].*["'”’»]\s*$/su;
/** Originals quoted in a message about a missing entry are cut to this many characters. */
const SHOWN = 80;

const shown = (text: string, max = Infinity) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The translation file name for `language` beside a scenario: `scenario.es.yaml`. */
export const translationFileName = (language: string) => `scenario.${language}.yaml`;

/** The language a file name names (`scenario.es.yaml` → `es`), if it is a translation's. */
export function languageOfFileName(name: string): string | undefined {
  const match = /(?:^|[\\/])scenario\.([^./\\]+)\.ya?ml$/.exec(name);
  return match?.[1];
}

/**
 * Checks the translation `input` (bytes or text) of `scenario`, a scenario the loader
 * accepted. Never throws.
 */
export function loadTranslation(
  input: string | Uint8Array | ArrayBuffer,
  fileName: string,
  scenario: { meta: { id: string; language: string } },
  options: TranslationOptions = {},
): TranslationCheck {
  const file = fileName === '' ? '<translation>' : fileName;
  const empty = { missing: [], empty: [], stale: [] };
  try {
    return withSuggestionBudget(SUGGESTION_BUDGET, () => check(input, file, scenario, options));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const problem = {
      file,
      line: 1,
      column: 1,
      path: ROOT_PATH,
      message: `could not check this file: ${reason}`,
    };
    return {
      language: options.language ?? '',
      texts: {},
      problems: [problem],
      count: 1,
      gaps: empty,
    };
  }
}

function check(
  input: string | Uint8Array | ArrayBuffer,
  file: string,
  scenario: { meta: { id: string; language: string } },
  options: TranslationOptions,
): TranslationCheck {
  const gaps: TranslationCheck['gaps'] = { missing: [], empty: [], stale: [] };
  const texts: Record<string, string> = {};
  const found: Problem[] = [];
  let language = options.language ?? '';
  const done = (): TranslationCheck => ({
    language,
    texts,
    gaps,
    ...listProblems(found, MAX_LISTED_PROBLEMS),
  });

  const decoded = fileText(input);
  if (!decoded.ok) {
    found.push({ file, path: ROOT_PATH, ...decoded.problem });
    return done();
  }
  const read = readYaml(decoded.text);
  for (const p of read.problems) {
    found.push({
      file,
      line: p.position.line,
      column: p.position.column,
      path: formatPath(p.path),
      message: p.message,
    });
  }
  if (read.kind === 'refused') return done();
  const { data, locate, setAside } = read;
  const report = (path: PathSegment[], message: string, at?: Anchor): void => {
    const inFile = setAside.toFile(path);
    if (setAside.touches(inFile)) return;
    const { line, column } = locate(path, at);
    found.push({ file, line, column, path: formatPath(inFile), message });
  };

  if (data === null || data === undefined) {
    if (setAside.isEmpty) {
      report(
        [],
        `the file is empty: a translation starts with scenario: ${scenario.meta.id}, language and entries`,
      );
    }
    return done();
  }
  if (!isPlainObject(data)) {
    report([], 'a translation is a mapping of scenario, language and entries');
    return done();
  }
  for (const key of Object.keys(data)) {
    if (!TOP_FIELDS.includes(key)) {
      report([key], unknownField(key, TOP_FIELDS), 'key');
    }
  }

  const id = data.scenario;
  if (id === undefined) {
    if (!setAside.touches(['scenario'])) {
      report(
        [],
        `missing field 'scenario': the id of the scenario translated ('${scenario.meta.id}')`,
      );
    }
  } else if (id !== scenario.meta.id) {
    report(
      ['scenario'],
      `this is a translation of '${String(id)}', but the scenario beside it is '${scenario.meta.id}'`,
    );
  }

  if (options.language !== undefined && !LANGUAGE_TAG.test(options.language)) {
    report(
      [],
      `a translation is named scenario.<language>.yaml with a language tag such as "es", not '${options.language}'`,
    );
  }
  const declared = data.language;
  if (declared === undefined) {
    if (!setAside.touches(['language']))
      report([], "missing field 'language': the language of the translation, such as 'es'");
  } else if (typeof declared !== 'string' || !LANGUAGE_TAG.test(declared)) {
    report(['language'], `expected a language tag such as "es", not ${JSON.stringify(declared)}`);
  } else if (options.language !== undefined && declared !== options.language) {
    report(
      ['language'],
      `the file name says the language is '${options.language}', but the file says '${declared}'`,
    );
  } else if (declared === scenario.meta.language) {
    report(
      ['language'],
      `the scenario itself is in '${declared}': a translation is into another language`,
    );
  } else language = declared;

  const originals = textEntries(scenario);
  // The translation's language: the file name's, else the one declared. Without one that
  // differs from the scenario's (a problem reported above), no entry can be read.
  const into = [options.language, declared].find(
    (tag): tag is string =>
      typeof tag === 'string' && LANGUAGE_TAG.test(tag) && tag !== scenario.meta.language,
  );
  if (into === undefined) return done();
  const fields = entryFields(scenario.meta.language, into);
  const entries = data.entries;
  if (entries === undefined) {
    if (!setAside.touches(['entries'])) {
      report([], "missing field 'entries': the translated texts, each under its key");
    }
    return done();
  }
  if (!isPlainObject(entries)) {
    report(
      ['entries'],
      `expected a mapping of keys to entries (${fields.original}: the original, ${fields.translation}: its translation)`,
    );
    return done();
  }

  const keys = [...originals.keys()];
  const suggest = keySuggester(keys);
  for (const [key, entry] of Object.entries(entries)) {
    const at: PathSegment[] = ['entries', key];
    const original = originals.get(key);
    if (original === undefined) {
      const meant = suggest(key);
      report(
        at,
        `unknown key '${key}': the scenario has no text there${meant === undefined ? '' : ` (did you mean '${meant}'?)`}`,
        'key',
      );
      continue;
    }
    const text = checkEntry(entry, original, at, fields, report, options.asShown);
    if (text === 'stale') gaps.stale.push(key);
    else if (text === 'empty') gaps.empty.push(key);
    else if (text !== undefined) texts[key] = text;
  }

  // A missing entry is shown where it would go: after the entry before it in the scenario.
  let before: PathSegment[] = ['entries'];
  for (const [key, original] of originals) {
    if (Object.hasOwn(entries, key)) {
      before = ['entries', key];
      continue;
    }
    if (setAside.touches(['entries', key])) continue;
    gaps.missing.push(key);
    const inFile = setAside.toFile(before);
    const { line, column } = locate(before, 'key');
    found.push({
      file,
      line,
      column,
      path: formatPath(['entries', key]),
      message: `missing: no translation of '${key}', which reads ${shown(original, SHOWN)}${inFile.length > 1 ? ` (add it after '${String(inFile[1])}')` : ''}`,
    });
  }
  return done();
}

/**
 * Checks one entry; returns its translation, `'stale'`, `'empty'`, or undefined when it
 * is malformed (and reported).
 */
function checkEntry(
  entry: unknown,
  original: string,
  at: PathSegment[],
  fields: EntryFields,
  report: (path: PathSegment[], message: string, anchor?: Anchor) => void,
  asShown: (original: string) => string = (text) => text,
): string | 'stale' | 'empty' | undefined {
  const { original: from, translation: into } = fields;
  if (!isPlainObject(entry)) {
    report(
      at,
      `expected an entry: ${from} (the original) and ${into} (its translation), each on its own line`,
    );
    return undefined;
  }
  const allowed = [from, into, 'was'];
  let wellFormed = true;
  for (const field of Object.keys(entry)) {
    if (!allowed.includes(field)) {
      report([...at, field], unknownField(field, allowed), 'key');
      wellFormed = false;
    }
  }
  for (const field of allowed) {
    const value = entry[field];
    if (value !== undefined && typeof value !== 'string') {
      report([...at, field], `expected text, not ${describe(value)}`);
      wellFormed = false;
    }
  }
  const en = entry[from];
  const es = entry[into];
  const was = entry.was;
  if (en === undefined) {
    report(at, `missing field '${from}': the original text this translates`, 'key');
    wellFormed = false;
  }
  if (es === undefined) {
    report(at, `missing field '${into}': the translation`, 'key');
    wellFormed = false;
  }
  if (!wellFormed) return undefined;
  if (typeof was === 'string') {
    report(
      [...at, 'was'],
      `stale: the original has changed since this was translated. It read ${shown(was)}; it now reads ${shown(original)}. Check the translation, then delete 'was'`,
    );
    return 'stale';
  }
  if (en !== original && asShown(en as string) !== original) {
    report(
      [...at, from],
      `stale: the original has changed since this was translated. It read ${shown(en as string)}; it now reads ${shown(original)}. Check the translation, then set '${from}' to the new original (npm run translation does it, keeping the old one as 'was')`,
    );
    return 'stale';
  }
  if ((es as string).trim() === '') {
    report([...at, into], `not translated yet: ${into} is empty`);
    return 'empty';
  }
  if (at[at.length - 1]?.toString().endsWith(`.${QUOTE_FIELD}`) && QUOTED.test(es as string)) {
    report(
      [...at, into],
      "the game's translation of a quotation is shown beside it as a translation, not as words someone said: leave out the quotation marks",
    );
    return undefined;
  }
  return es as string;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${String(value)}`;
}

function unknownField(key: string, allowed: string[]): string {
  const meant = didYouMean(key, allowed);
  return meant === ''
    ? `unknown field '${key}' (allowed here: ${allowed.join(', ')})`
    : `unknown field '${key}'${meant}`;
}

/**
 * "Did you mean" for keys: a key that differs from a real one in a single step (a
 * misspelt or renamed id, a wrong field) is matched by that step, so long keys get
 * suggestions too; otherwise the whole key is compared.
 */
function keySuggester(keys: readonly string[]): (key: string) => string | undefined {
  const split = keys.map((key) => key.split('.'));
  return (key) => {
    const steps = key.split('.');
    const bySteps = new Map<string, string>();
    for (let k = 0; k < split.length; k++) {
      const candidate = split[k] as string[];
      if (candidate.length !== steps.length) continue;
      let differs = -1;
      let count = 0;
      for (let i = 0; i < steps.length && count < 2; i++) {
        if (candidate[i] !== steps[i]) {
          differs = i;
          count++;
        }
      }
      if (count !== 1) continue;
      const step = `${differs}:${candidate[differs] as string}`;
      if (!bySteps.has(step)) bySteps.set(step, keys[k] as string);
    }
    const byPlace = new Map<number, string[]>();
    for (const step of bySteps.keys()) {
      const colon = step.indexOf(':');
      const place = Number(step.slice(0, colon));
      byPlace.set(place, [...(byPlace.get(place) ?? []), step.slice(colon + 1)]);
    }
    for (const [place, candidates] of byPlace) {
      const match = closest(steps[place] as string, candidates);
      if (match !== undefined) return bySteps.get(`${place}:${match}`);
    }
    return closest(key, keys);
  };
}
