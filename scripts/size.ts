/**
 * `npm run size`: what the game downloads, file by file — raw (bytes as shipped), gzip
 * and brotli — grouped by when it is downloaded, read from the build's manifest:
 *
 * - the first screen: the page, its style sheet, and the JS it runs before the title;
 * - later in a game: the chunks a game loads as it goes (its screens, the stage with
 *   Phaser) and one scenario (each shipped scenario is a chunk; a game loads one);
 * - in another language: one scenario's translation (a text overlay, a chunk of its own,
 *   loaded only when a translated language is chosen; the whole game counts the largest);
 * - only for an author's own file: the worker that checks it and the loader it carries.
 *
 * Then the totals, the offline single file, and the budgets below: exits 1 when a
 * budget is exceeded (`npm test` runs it after the builds). Run `npm run build` (and
 * `build:offline`) first. `--json` prints the same figures as one JSON object.
 * Sizes are in kB of 1000 bytes, as Vite prints them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The size budgets, in gzip bytes, each with the reason for its number. */
export const BUDGETS = {
  firstScreenJs: {
    gzip: 60_000,
    reason:
      'the title must be usable at once on a school Chromebook over a weak network: at ' +
      '1 Mbit/s 60 kB take half a second, and the title needs only the DOM, the store and ' +
      'the scenario list, not Phaser, the YAML parser or the schema',
  },
  wholeGame: {
    gzip: 285_000,
    reason:
      'the game was one 285 kB chunk before it was split; splitting must never make a ' +
      'whole game (first screen, later chunks, one scenario) download more than that',
  },
  otherLanguage: {
    gzip: 60_000,
    reason:
      'a game in another language than English also downloads that language’s words (the ' +
      'interface’s catalog and the scenario’s translation), which the English game never ' +
      'needs: at most as much again as the first screen, half a second at 1 Mbit/s',
  },
} as const;

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
};
type Manifest = Record<string, ManifestChunk>;

export type Group =
  | 'first screen'
  | 'later in a game'
  | 'one scenario each'
  | 'one language each'
  | 'one translation each'
  | 'author file only';

/** Dynamic chunks only an author's own file needs: the checking worker, and the loader. */
const AUTHOR_ONLY = [/scenarioCheck\.worker\.ts/, /src\/store\/scenarioFile\.ts$/];
const SCENARIO = /^virtual:bilateral\/scenario\//;
/** A language's message catalog other than English, loaded when the language is chosen. */
const LANGUAGE = /^src\/words\/[a-z]{2}\.ts$/;
/** A scenario's text in another language, loaded with the scenario in that language. */
const TRANSLATION = /^virtual:bilateral\/translation\//;

/**
 * Each file the manifest names, with the group it is downloaded in: the entry and its
 * static imports for the first screen, then every dynamic import and what it brings.
 */
export function groupFiles(manifest: Manifest): Map<string, Group> {
  const groups = new Map<string, Group>();
  const visit = (key: string, group: Group) => {
    const chunk = manifest[key];
    if (!chunk || groups.has(chunk.file)) return;
    groups.set(chunk.file, group);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) {
      if (!groups.has(file)) groups.set(file, group);
    }
    for (const imported of chunk.imports ?? []) visit(imported, group);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  for (const [key] of entries) visit(key, 'first screen');
  // Dynamic imports, breadth first, so a chunk belongs to the earliest group that needs it.
  const queue = entries.map(([key]) => key);
  for (let i = 0; i < queue.length; i++) {
    for (const key of manifest[queue[i]!]?.dynamicImports ?? []) {
      const group: Group = AUTHOR_ONLY.some((pattern) => pattern.test(key))
        ? 'author file only'
        : SCENARIO.test(key)
          ? 'one scenario each'
          : LANGUAGE.test(key)
            ? 'one language each'
            : TRANSLATION.test(key)
              ? 'one translation each'
              : 'later in a game';
      visit(key, group);
      queue.push(key);
    }
  }
  return groups;
}

type Row = {
  file: string;
  group: Group | 'page' | 'other';
  raw: number;
  gzip: number;
  brotli: number;
};
type Sizes = Pick<Row, 'raw' | 'gzip' | 'brotli'>;

function measure(dir: string, file: string): Sizes {
  const bytes = readFileSync(path.join(dir, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

function walk(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const relative = path.posix.join(under, name);
    return statSync(path.join(dir, relative)).isDirectory() ? walk(dir, relative) : [relative];
  });
}

const sum = (rows: readonly Sizes[]): Sizes => ({
  raw: rows.reduce((n, r) => n + r.raw, 0),
  gzip: rows.reduce((n, r) => n + r.gzip, 0),
  brotli: rows.reduce((n, r) => n + r.brotli, 0),
});

function report(dir: string) {
  const manifestFile = path.join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: run \`npm run build\` first.`);
  const groups = groupFiles(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest);
  const rows: Row[] = walk(dir)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .sort()
    .map((file) => ({
      file,
      group: file === 'index.html' ? 'page' : (groups.get(file) ?? 'other'),
      ...measure(dir, file),
    }));
  const of = (...wanted: Row['group'][]) => rows.filter((r) => wanted.includes(r.group));
  const firstScreenJs = sum(of('first screen').filter((r) => r.file.endsWith('.js')));
  const firstScreen = sum(of('page', 'first screen'));
  const largest = (group: Group) =>
    of(group).reduce<Sizes>((max, r) => (r.gzip > max.gzip ? r : max), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  // A game in another language than English opens with that language's catalog too.
  const firstScreenJsOtherLanguage = sum([firstScreenJs, largest('one language each')]);
  const wholeGame = sum([firstScreen, ...of('later in a game'), largest('one scenario each')]);
  const otherLanguage = sum([largest('one language each'), largest('one translation each')]);
  const checks = [
    { name: 'first-screen JS', sizes: firstScreenJs, budget: BUDGETS.firstScreenJs },
    {
      name: 'first-screen JS with its language’s words',
      sizes: firstScreenJsOtherLanguage,
      budget: BUDGETS.firstScreenJs,
    },
    { name: 'whole game', sizes: wholeGame, budget: BUDGETS.wholeGame },
    {
      name: 'another language’s words (catalog and translation)',
      sizes: otherLanguage,
      budget: BUDGETS.otherLanguage,
    },
  ].map((c) => ({ ...c, ok: c.sizes.gzip <= c.budget.gzip }));
  const offlineFile = path.join('dist-offline', 'index.html');
  return {
    rows,
    totals: {
      firstScreenJs,
      firstScreenJsOtherLanguage,
      firstScreen,
      wholeGame,
      otherLanguage,
      allFiles: sum(rows),
    },
    offline: existsSync(offlineFile) ? { file: offlineFile, ...measure('.', offlineFile) } : null,
    checks,
  };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function print(result: ReturnType<typeof report>): void {
  const line = (name: string, s: Sizes) =>
    console.log(name.padEnd(52), ...[s.raw, s.gzip, s.brotli].map((n) => kB(n).padStart(10)));
  console.log('file'.padEnd(52), ...['raw', 'gzip', 'brotli'].map((h) => h.padStart(10)));
  const sections: [string, Row['group'][]][] = [
    ['first screen', ['page', 'first screen']],
    ['later in a game', ['later in a game']],
    ['one scenario each (a game loads one)', ['one scenario each']],
    ['one language each, but English (loaded when chosen)', ['one language each']],
    ['one translation each (a game in another language loads one)', ['one translation each']],
    ['only for an author’s own file', ['author file only']],
    ['not reached from the page', ['other']],
  ];
  for (const [title, wanted] of sections) {
    const rows = result.rows.filter((r) => wanted.includes(r.group));
    if (rows.length === 0) continue;
    console.log(`\n${title}`);
    for (const r of rows) line(`  ${r.file}`, r);
  }
  console.log('');
  line('first-screen JS', result.totals.firstScreenJs);
  line('first-screen JS with another language’s words', result.totals.firstScreenJsOtherLanguage);
  line('first screen (page, style sheet and JS)', result.totals.firstScreen);
  line('whole game (first, later, a scenario)', result.totals.wholeGame);
  line('another language’s words (catalog and translation)', result.totals.otherLanguage);
  line('every file in dist/', result.totals.allFiles);
  if (result.offline) line(`${result.offline.file} (single file)`, result.offline);
  console.log('');
  for (const c of result.checks) {
    const verdict = c.ok ? '✓' : '✗';
    console.log(
      `${verdict} ${c.name}: ${kB(c.sizes.gzip)} gzip, budget ${kB(c.budget.gzip)}${c.ok ? '' : ` — over budget. The budget's reason: ${c.budget.reason}.`}`,
    );
  }
}

function main(): number {
  if (!existsSync(path.join('dist', 'index.html'))) {
    console.error('dist/ is empty: run `npm run build` first.');
    return 1;
  }
  const result = report('dist');
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else print(result);
  return result.checks.every((c) => c.ok) ? 0 : 1;
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exitCode = main();
}
