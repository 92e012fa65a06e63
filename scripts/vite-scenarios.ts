/**
 * Compiles the shipped scenarios when the game is built. The real loader (`loadScenario`,
 * with the quotation check `npm run validate` runs) reads every
 * `scenarios/<folder>/scenario.yaml`; a file with problems fails the build with the same
 * `file:line:col path: message` lines the validator prints. Each good file becomes:
 *
 * - a list entry in `virtual:bilateral/scenarios`, all the first screen needs of it
 *   (see `ScenarioListing`), with a function that loads the rest;
 * - its own chunk, `virtual:bilateral/scenario/<folder>`: the loaded scenario as JSON,
 *   read back frozen by `scenarioFromJson`, fetched only when the scenario is needed;
 * - for each translation beside it (`scenario.<lang>.yaml`), checked as `npm run validate`
 *   checks it: the list entry in that language, in the catalog, and a chunk of its own,
 *   `virtual:bilateral/translation/<folder>.<lang>.text`, the text overlay (the translated texts
 *   in order, see `src/store/scenarioText.ts`), fetched only when that language is chosen.
 *   A translation with texts missing, empty or stale still builds (those texts are shown
 *   in the original, and the build says how many); any other problem fails the build.
 *
 * The page thus never ships the YAML parser or the schema for its own scenarios. The
 * development server compiles the same way, recompiles a file when it changes and reloads
 * the page; there a broken file is listed with its problems (and printed) rather than
 * stopping the server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Problem } from '../src/data';
import type * as CompilerModule from './compileShipped';
import type { CompiledFile } from '../src/store/scenarioFile';
import type { CompiledTranslation } from './compileShipped';

const CATALOG_ID = 'virtual:bilateral/scenarios';
const SCENARIO_PREFIX = 'virtual:bilateral/scenario/';
const TRANSLATION_PREFIX = 'virtual:bilateral/translation/';
/** Rollup's convention: a leading NUL keeps other plugins off a virtual module. */
const RESOLVED = '\0';
/** Every module id this plugin makes (the catalog, each scenario and each translation). */
const OWN_MODULES = /^\0virtual:bilateral\/(scenario|translation)/;
/** A translation's file name; the language is the first group. */
const TRANSLATION_FILE = /^scenario\.([a-z]{2}(?:-[A-Z]{2})?)\.yaml$/;

const scenarioJsonModule = fileURLToPath(new URL('../src/store/scenarioJson.ts', import.meta.url));
const compilerModule = fileURLToPath(new URL('./compileShipped.ts', import.meta.url));

type Compiler = typeof CompilerModule;

export type ScenarioPluginOptions = {
  /** The folder of scenario folders, relative to the project root; `scenarios` by default. */
  dir?: string;
};

export function scenarioPlugin(options: ScenarioPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = path.resolve(root, options.dir ?? 'scenarios');
  let building = false;
  let compiler: Promise<Compiler> | undefined;
  const loadCompiler = () =>
    (compiler ??= runnerImport<Compiler>(compilerModule, {
      configFile: false,
      logLevel: 'error',
    }).then((imported) => imported.module));
  /** Compiled files by folder; a changed file is dropped and compiled again. */
  const compiled = new Map<string, CompiledFile>();
  /** Compiled translations by `<folder>.<lang>`. */
  const translated = new Map<string, CompiledTranslation>();

  const fileOf = (folder: string) => path.join(dir, folder, 'scenario.yaml');
  /** The name problems are reported against: relative to the root, as the validator's. */
  const shownName = (folder: string, file = fileOf(folder)) =>
    path.relative(root, file).split(path.sep).join('/');
  const translationFile = (folder: string, language: string) =>
    path.join(dir, folder, `scenario.${language}.yaml`);
  /** The languages a scenario is translated into, sorted. */
  const languagesOf = (folder: string) =>
    readdirSync(path.join(dir, folder))
      .map((name) => TRANSLATION_FILE.exec(name)?.[1])
      .filter((language): language is string => language !== undefined)
      .sort();
  const folders = () =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(fileOf(entry.name)))
          .map((entry) => entry.name)
          .sort()
      : [];
  const compile = (folder: string, { compileShipped }: Compiler): CompiledFile => {
    let file = compiled.get(folder);
    if (!file) {
      file = compileShipped(readFileSync(fileOf(folder), 'utf8'), shownName(folder));
      compiled.set(folder, file);
    }
    return file;
  };

  const translate = (
    folder: string,
    language: string,
    file: CompiledFile & { ok: true },
    { compileTranslation }: Compiler,
  ): CompiledTranslation => {
    const id = `${folder}.${language}`;
    let translation = translated.get(id);
    if (!translation) {
      const at = translationFile(folder, language);
      translation = compileTranslation(readFileSync(at, 'utf8'), shownName(folder, at), file);
      translated.set(id, translation);
    }
    return translation;
  };

  return {
    name: 'bilateral:scenarios',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'scenarios');
      building = config.command === 'build';
    },
    buildStart() {
      compiled.clear();
      translated.clear();
    },
    resolveId: {
      filter: { id: /^virtual:bilateral\/(scenario|translation)/ },
      handler: (id) => RESOLVED + id,
    },
    load: {
      filter: { id: OWN_MODULES },
      async handler(id) {
        const compiler = await loadCompiler();
        if (id === RESOLVED + CATALOG_ID) {
          const entries: string[] = [];
          const problems: Problem[] = [];
          for (const folder of folders()) {
            this.addWatchFile(fileOf(folder));
            const file = compile(folder, compiler);
            const fileName = JSON.stringify(shownName(folder));
            if (file.ok) {
              const load = `() => import(${JSON.stringify(SCENARIO_PREFIX + folder)}).then((m) => m.default)`;
              const translations: string[] = [];
              for (const language of languagesOf(folder)) {
                this.addWatchFile(translationFile(folder, language));
                const translation = translate(folder, language, file, compiler);
                const what = `the translation ${shownName(folder, translationFile(folder, language))}`;
                if (translation.broken) {
                  const failure = compiler.buildFailure(translation.problems, `${what} has`);
                  if (building) this.error(failure);
                  this.warn(failure);
                } else if (translation.untranslated > 0) {
                  this.warn(
                    `${what}: ${translation.untranslated} text${translation.untranslated === 1 ? ' is' : 's are'} not translated (or no longer match the original) and will be shown in the original; npm run validate lists them`,
                  );
                }
                const overlay = `() => import(${JSON.stringify(`${TRANSLATION_PREFIX}${folder}.${language}.text`)}).then((m) => m.default)`;
                translations.push(
                  `${JSON.stringify(language)}: { listing: ${JSON.stringify(translation.listing)}, load: ${overlay} }`,
                );
              }
              entries.push(
                `{ fileName: ${fileName}, listing: ${JSON.stringify(file.listing)}, load: ${load}, translations: { ${translations.join(', ')} } }`,
              );
            } else {
              problems.push(...file.problems);
              entries.push(`{ fileName: ${fileName}, problems: ${JSON.stringify(file.problems)} }`);
            }
          }
          if (problems.length > 0) {
            if (building) this.error(compiler.buildFailure(problems));
            this.warn(compiler.buildFailure(problems));
          }
          return `export default [\n${entries.join(',\n')}\n];\n`;
        }
        if (id.startsWith(RESOLVED + TRANSLATION_PREFIX)) {
          // `<folder>.<lang>.text`: the suffix keeps the language in the chunk's name.
          const name = id.slice((RESOLVED + TRANSLATION_PREFIX).length, -'.text'.length);
          const dot = name.lastIndexOf('.');
          const [folder, language] = [name.slice(0, dot), name.slice(dot + 1)];
          this.addWatchFile(fileOf(folder));
          this.addWatchFile(translationFile(folder, language));
          const file = compile(folder, compiler);
          if (!file.ok) this.error(compiler.buildFailure(file.problems));
          const { overlay } = translate(folder, language, file, compiler);
          // JSON.parse of a string reads a large object faster than a literal.
          return `export default JSON.parse(${JSON.stringify(JSON.stringify(overlay))});\n`;
        }
        const folder = id.slice((RESOLVED + SCENARIO_PREFIX).length);
        this.addWatchFile(fileOf(folder));
        const file = compile(folder, compiler);
        if (!file.ok) this.error(compiler.buildFailure(file.problems));
        return [
          `import { scenarioFromJson } from ${JSON.stringify(scenarioJsonModule)};`,
          `export default scenarioFromJson({ json: ${JSON.stringify(file.json)}, ids: ${JSON.stringify(file.ids)} });`,
        ].join('\n');
      },
    },
    configureServer(server) {
      // A changed, added or removed scenario file or translation: compile the scenario and
      // its translations again and reload the page.
      const onChange = (changed: string) => {
        const name = path.basename(changed);
        if (
          (name !== 'scenario.yaml' && !TRANSLATION_FILE.test(name)) ||
          !changed.startsWith(dir + path.sep)
        ) {
          return;
        }
        const folder = path.basename(path.dirname(changed));
        compiled.delete(folder);
        for (const id of translated.keys()) {
          if (id.startsWith(`${folder}.`)) translated.delete(id);
        }
        const graph = server.environments.client.moduleGraph;
        for (const module of graph.idToModuleMap.values()) {
          if (module.id && OWN_MODULES.test(module.id)) {
            graph.invalidateModule(module);
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
