/**
 * Compiles the shipped scenarios when the game is built. The real loader (`loadScenario`,
 * with the quotation check `npm run validate` runs) reads every
 * `scenarios/<folder>/scenario.yaml`; a file with problems fails the build with the same
 * `file:line:col path: message` lines the validator prints. Each good file becomes:
 *
 * - a list entry in `virtual:bilateral/scenarios`, all the first screen needs of it
 *   (see `ScenarioListing`), with a function that loads the rest;
 * - its own chunk, `virtual:bilateral/scenario/<folder>`: the loaded scenario as JSON,
 *   read back frozen by `scenarioFromJson`, fetched only when the scenario is needed.
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

const CATALOG_ID = 'virtual:bilateral/scenarios';
const SCENARIO_PREFIX = 'virtual:bilateral/scenario/';
/** Rollup's convention: a leading NUL keeps other plugins off a virtual module. */
const RESOLVED = '\0';
/** Every module id this plugin makes (the catalog and each scenario). */
const OWN_MODULES = /^\0virtual:bilateral\/scenario/;

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

  const fileOf = (folder: string) => path.join(dir, folder, 'scenario.yaml');
  /** The name problems are reported against: relative to the root, as the validator's. */
  const shownName = (folder: string) =>
    path.relative(root, fileOf(folder)).split(path.sep).join('/');
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

  return {
    name: 'bilateral:scenarios',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'scenarios');
      building = config.command === 'build';
    },
    buildStart() {
      compiled.clear();
    },
    resolveId: {
      filter: { id: /^virtual:bilateral\/scenario/ },
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
              entries.push(
                `{ fileName: ${fileName}, listing: ${JSON.stringify(file.listing)}, load: ${load} }`,
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
      // A changed, added or removed scenario file: compile it again and reload the page.
      const onChange = (changed: string) => {
        if (path.basename(changed) !== 'scenario.yaml' || !changed.startsWith(dir + path.sep)) {
          return;
        }
        compiled.delete(path.basename(path.dirname(changed)));
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
