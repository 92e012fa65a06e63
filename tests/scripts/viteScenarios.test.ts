/**
 * The build's scenario compiler (scripts/vite-scenarios.ts), run through Vite itself on a
 * small project in a temporary folder: a broken scenario fails the build with exactly the
 * lines `npm run validate` prints; a good one is listed in the catalog and shipped in a
 * chunk of its own; the development server recompiles a file that changes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioPlugin } from '../../scripts/vite-scenarios';
import { shippedLoadOptions } from '../../src/cli/validate';
import { formatProblem, loadScenario } from '../../src/data';
import { textEntries } from '../../src/data/translationKeys';

/** A scenario file with several problems at once, as an author might write it. */
const BROKEN = readFileSync('tests/fixtures/several-mistakes.yaml', 'utf8');

let project: string | undefined;
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = undefined;
});

/** A project whose page imports the catalog and loads every scenario in it. */
function makeProject(scenarios: Record<string, string>): string {
  project = mkdtempSync(path.join(tmpdir(), 'bilateral-plugin-'));
  writeFileSync(
    path.join(project, 'index.html'),
    '<!doctype html><script type="module" src="/main.js"></script>',
  );
  writeFileSync(
    path.join(project, 'main.js'),
    "import catalog from 'virtual:bilateral/scenarios';\n" +
      'for (const s of catalog) if (s.load) s.load().then((x) => console.log(x.meta.id));\n',
  );
  for (const [folder, text] of Object.entries(scenarios)) {
    mkdirSync(path.join(project, 'scenarios', folder), { recursive: true });
    writeFileSync(path.join(project, 'scenarios', folder, 'scenario.yaml'), text);
  }
  return project;
}

const buildIn = (root: string) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenarioPlugin()],
    build: { write: false, minify: false },
  }) as Promise<Rollup.RollupOutput>;

describe('scenario compiler', () => {
  it('fails the build with every problem, as npm run validate prints them', async () => {
    const root = makeProject({ broken: BROKEN });
    const expected = loadScenario(BROKEN, 'scenarios/broken/scenario.yaml', shippedLoadOptions());
    expect(expected.ok).toBe(false);
    const lines = expected.ok ? [] : expected.problems.map(formatProblem);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    const failure = await buildIn(root).then(
      () => new Error('the build passed'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toContain(
      `the shipped scenarios have ${lines.length} problems:\n${lines.join('\n')}`,
    );
  }, 60_000);

  it('lists a good scenario on the first screen and ships the rest in its own chunk', async () => {
    const root = makeProject({});
    cpSync('tests/fixtures/ui-dev.yaml', path.join(root, 'scenarios', 'river', 'scenario.yaml'));
    const { output } = await buildIn(root);
    const chunks = output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry)!;
    const scenario = chunks.find((c) => c.name === 'river')!;
    expect(entry.code).toContain('"river-dispute"');
    expect(entry.code).toContain('scenarios/river/scenario.yaml');
    expect(entry.dynamicImports).toContain(scenario.fileName);
    // The briefing is in the scenario's chunk, not on the first screen.
    const briefing = loadScenario(readFileSync('tests/fixtures/ui-dev.yaml', 'utf8'), 'x');
    if (!briefing.ok) throw new Error('fixture does not load');
    const words = briefing.scenario.roles[0]!.briefing.slice(0, 40);
    expect(scenario.code).toContain(words);
    expect(entry.code).not.toContain(words);
    // Neither the YAML parser nor the schema is shipped for it.
    expect(chunks.map((c) => c.code).join('\n')).not.toMatch(/YAMLParseError|ZodError/);
  }, 60_000);

  it('bundles a second scenario of three governments with no source texts beside the first', async () => {
    const root = makeProject({});
    cpSync('tests/fixtures/ui-dev.yaml', path.join(root, 'scenarios', 'river', 'scenario.yaml'));
    cpSync(
      'tests/fixtures/delta-accord.yaml',
      path.join(root, 'scenarios', 'delta', 'scenario.yaml'),
    );
    const { output } = await buildIn(root);
    const chunks = output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).toContain('"delta-accord"');
    expect(entry.code).toContain('"river-dispute"');
    expect(chunks.find((c) => c.name === 'delta')?.code).toContain('Highland Republic');
    // Its map is projected at build time: its own countries' outlines reach the list
    // entry, never the United States or Mexico, and never the world's outlines.
    expect(entry.code).toMatch(/"code":\s*"ETH"[^]*"code":\s*"SDN"[^]*"code":\s*"EGY"/);
    expect(entry.code).not.toMatch(/"code":\s*"(USA|MEX)"/);
    const all = chunks.map((c) => c.code).join('\n');
    expect(all).not.toContain('Afghanistan');
    expect(all).not.toContain('topojson');
  }, 60_000);

  describe('with a translation beside the scenario', () => {
    /** The river fixture and a complete Spanish translation of it, each text marked. */
    function riverProject(edit: (translation: string) => string = (t) => t): string {
      const root = makeProject({});
      const dir = path.join(root, 'scenarios', 'river');
      cpSync('tests/fixtures/ui-dev.yaml', path.join(dir, 'scenario.yaml'));
      const loaded = loadScenario(readFileSync('tests/fixtures/ui-dev.yaml', 'utf8'), 'x');
      if (!loaded.ok) throw new Error('fixture does not load');
      const entries = [...textEntries(loaded.scenario)].map(
        ([key, en]) =>
          `  ${key}:\n    en: ${JSON.stringify(en)}\n    es: ${JSON.stringify(`ES ${en}`)}\n`,
      );
      const text = `scenario: river-dispute\nlanguage: es\nentries:\n${entries.join('')}`;
      writeFileSync(path.join(dir, 'scenario.es.yaml'), edit(text));
      return root;
    }

    it('ships its text overlay in a chunk of its own, and the list entry translated', async () => {
      const { output } = await buildIn(riverProject());
      const chunks = output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry)!;
      const overlay = chunks.find((c) => c.name === 'river.es')!;
      expect(entry.dynamicImports).toContain(overlay.fileName);
      // The first screen lists the translated title; the translated texts wait for Spanish.
      expect(entry.code).toContain('ES The river dispute');
      const loaded = loadScenario(readFileSync('tests/fixtures/ui-dev.yaml', 'utf8'), 'x');
      if (!loaded.ok) throw new Error('fixture does not load');
      const briefing = `ES ${loaded.scenario.roles[0]!.briefing.slice(0, 40)}`;
      expect(overlay.code).toContain(briefing);
      expect(entry.code).not.toContain(briefing);
      expect(chunks.find((c) => c.name === 'river')!.code).not.toContain(briefing);
    }, 60_000);

    it('builds with texts left to translate, and fails on any other problem', async () => {
      const unfinished = riverProject((t) => t.replace('es: "ES The river dispute"', 'es: ""'));
      const { output } = await buildIn(unfinished);
      const entry = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!;
      // The untranslated title is listed in the original, the rest translated.
      expect(entry.code).not.toContain('ES The river dispute');
      expect(entry.code).toContain('ES Two neighbours argue over a dam');
      rmSync(unfinished, { recursive: true, force: true });

      const broken = riverProject((t) => t.replace('language: es', 'language: fr'));
      const failure = await buildIn(broken).then(
        () => new Error('the build passed'),
        (error: unknown) => error as Error,
      );
      expect(failure.message).toContain(
        "the translation scenarios/river/scenario.es.yaml has 1 problem:\nscenarios/river/scenario.es.yaml:2:11 language: the file name says the language is 'es', but the file says 'fr'",
      );
    }, 60_000);
  });

  it('recompiles a scenario that changes while the development server runs', async () => {
    const root = makeProject({});
    const file = path.join(root, 'scenarios', 'river', 'scenario.yaml');
    cpSync('tests/fixtures/ui-dev.yaml', file);
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenarioPlugin()],
      server: { middlewareMode: true, ws: false, watch: null },
    });
    try {
      const catalog = () =>
        server.environments.client
          .transformRequest('virtual:bilateral/scenarios')
          .then((r) => r?.code ?? '');
      expect(await catalog()).toContain('"title":"The river dispute"');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('title: The river dispute', 'title: The river, again'));
      server.watcher.emit('change', file);
      expect(await catalog()).toContain('"title":"The river, again"');
      // A translation added beside it, then changed.
      const translation = path.join(root, 'scenarios', 'river', 'scenario.es.yaml');
      const entry = (es: string) =>
        `scenario: river-dispute\nlanguage: es\nentries:\n  meta.title:\n    en: The river, again\n    es: ${es}\n`;
      writeFileSync(translation, entry('El río'));
      server.watcher.emit('add', translation);
      expect(await catalog()).toContain('"title":"El río"');
      writeFileSync(translation, entry('El río, otra vez'));
      server.watcher.emit('change', translation);
      expect(await catalog()).toContain('"title":"El río, otra vez"');
      writeFileSync(file, BROKEN);
      server.watcher.emit('change', file);
      // While developing, a broken file is listed with its problems instead of stopping.
      expect(await catalog()).toContain('calendar.movesPerTurn');
    } finally {
      await server.close();
    }
  }, 60_000);
});
