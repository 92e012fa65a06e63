/**
 * `npm run validate [files…]`: checks scenario files and prints every problem as
 * `file:line:col path: message`, then a summary. With no arguments it checks every
 * `scenarios/<id>/scenario.yaml`. Beside a file named `scenario.yaml` it also checks
 * each translation (`scenario.<lang>.yaml`) against it, and a translation given by name
 * is checked against the `scenario.yaml` beside it: a text missing, empty or translated
 * from an original since changed is a problem. Exits 1 when any problem is found.
 *
 * Quotations are checked against the source texts in ../shared/sources/ (relative to
 * the repository root), so a misquote is caught before a class ever sees it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadScenario, ROOT_PATH, tagsWithoutGlossary } from '../data';
import type { LoadOptions, Problem } from '../data';
import { languageOfFileName, loadTranslation } from '../data/loadTranslation';
import { readScenarioBytes } from './scenarioFile';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourcesDir = resolve(repoRoot, '..', 'shared', 'sources');

/** Every `scenarios/<id>/scenario.yaml`, sorted. */
export function shippedScenarioFiles(root = repoRoot): string[] {
  const dir = join(root, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, 'scenario.yaml'))
    .filter((file) => existsSync(file))
    .sort();
}

/** Reads a source text by file name; undefined when missing or outside the folder. */
function readSource(file: string): string | undefined {
  const path = resolve(sourcesDir, file);
  if (relative(sourcesDir, path).startsWith('..') || !existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The loader's options for shipped files: quotations checked when the sources are at hand. */
export function shippedLoadOptions(): LoadOptions {
  return existsSync(sourcesDir) ? { sourceText: readSource } : {};
}

/**
 * What checking one file found: the problems listed, and how many there are in all; and
 * notes on a file without problems, which do not fail it (tags no glossary term explains).
 */
export type FileCheck = { problems: Problem[]; count: number; notes?: string[] };

/** Checks one file; the problems name it by its path relative to the working directory. */
export function validateFile(file: string, cwd = process.cwd()): FileCheck {
  const shown = relative(cwd, resolve(cwd, file)) || file;
  const read = readScenarioBytes(resolve(cwd, file));
  if (!read.ok) {
    const problem = { file: shown, line: 1, column: 1, path: ROOT_PATH, message: read.message };
    return { problems: [problem], count: 1 };
  }
  const result = loadScenario(read.bytes, shown, shippedLoadOptions());
  if (!result.ok) return result;
  const notes = tagsWithoutGlossary(result.scenario).map(
    (tag) => `${shown}: note: the tag "${tag}" has no glossary entry to explain it to players`,
  );
  return { problems: [], count: 0, ...(notes.length > 0 ? { notes } : {}) };
}

/** The translations beside a scenario file named `scenario.yaml`, sorted. */
export function translationsBeside(file: string): string[] {
  if (basename(file) !== 'scenario.yaml') return [];
  const dir = dirname(file);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => languageOfFileName(name) !== undefined)
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Checks a translation (`…/scenario.<lang>.yaml`) against the `scenario.yaml` beside it,
 * which must itself load (its own problems are the scenario's, reported with it).
 */
export function validateTranslation(file: string, cwd = process.cwd()): FileCheck {
  const shown = relative(cwd, resolve(cwd, file)) || file;
  const fail = (message: string): FileCheck => ({
    problems: [{ file: shown, line: 1, column: 1, path: ROOT_PATH, message }],
    count: 1,
  });
  const scenarioFile = join(dirname(resolve(cwd, file)), 'scenario.yaml');
  const scenarioBytes = readScenarioBytes(scenarioFile);
  if (!scenarioBytes.ok) return fail(`no scenario to check it against: ${scenarioBytes.message}`);
  const scenario = loadScenario(scenarioBytes.bytes, scenarioFile);
  if (!scenario.ok) {
    return fail('the scenario.yaml beside it has problems: it is checked once they are fixed');
  }
  const read = readScenarioBytes(resolve(cwd, file));
  if (!read.ok) return fail(read.message);
  const language = languageOfFileName(file);
  const { problems, count } = loadTranslation(read.bytes, shown, scenario.scenario, {
    ...(language !== undefined ? { language } : {}),
  });
  return { problems, count };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function main(args: string[]): number {
  const given = args.length > 0 ? args : shippedScenarioFiles();
  if (given.length === 0) {
    console.log('No scenario files found (looked for scenarios/*/scenario.yaml).');
    return 0;
  }
  const files = given.flatMap((file) =>
    languageOfFileName(file) !== undefined
      ? [{ file, translation: true }]
      : [
          { file, translation: false },
          ...translationsBeside(file).map((t) => ({ file: t, translation: true })),
        ],
  );
  let problemCount = 0;
  let badFiles = 0;
  for (const { file, translation } of files) {
    const check: FileCheck = translation ? validateTranslation(file) : validateFile(file);
    const { problems, count, notes = [] } = check;
    for (const p of problems) console.log(formatProblem(p));
    for (const note of notes) console.log(note);
    problemCount += count;
    if (count > 0) badFiles++;
  }
  const translations = files.filter((f) => f.translation).length;
  const scenarios = plural(files.length - translations, 'scenario file');
  const checked = [
    ...(files.length > translations ? [scenarios] : []),
    ...(translations > 0 ? [plural(translations, 'translation')] : []),
  ].join(' and ');
  if (problemCount === 0) {
    console.log(`${checked} checked: no problems.`);
    return 0;
  }
  console.log(
    `${checked} checked: ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${badFiles} file${badFiles === 1 ? '' : 's'}.`,
  );
  return 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
