/**
 * `npm run size`: the production bundle's size per chunk — raw (an unminified build of
 * the same code, made in a temporary folder), minified (as shipped in dist/) and gzip —
 * plus totals and the offline single file. Run `npm run build` (and `build:offline`)
 * first. `--json` prints the same figures as one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Row = { file: string; raw: number; minified: number; gzip: number };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** `assets/index-Ab12Cd.js` → `assets/index.js`: chunk names without their content hash. */
const chunkName = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1');

function files(dir: string): string[] {
  return existsSync(dir)
    ? walk(dir)
        .filter((f) => /\.(js|css|html)$/.test(f))
        .sort()
    : [];
}

function unminifiedSizes(): Map<string, number> {
  const out = mkdtempSync(path.join(tmpdir(), 'bilateral-raw-'));
  try {
    const build = spawnSync(
      'node_modules/.bin/vite',
      ['build', '--minify', 'false', '--outDir', out, '--emptyOutDir', '--logLevel', 'silent'],
      { stdio: 'inherit' },
    );
    if (build.status !== 0) return new Map();
    return new Map(files(out).map((f) => [chunkName(path.relative(out, f)), statSync(f).size]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function measure(dir: string, raw: Map<string, number>): Row[] {
  return files(dir).map((file) => {
    const bytes = readFileSync(file);
    const name = chunkName(path.relative(dir, file));
    return {
      file: path.relative('.', file),
      raw: raw.get(name) ?? bytes.length,
      minified: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows = measure('dist', unminifiedSizes());
const offline = measure('dist-offline', new Map());
if (rows.length === 0) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}
const sum = (key: keyof Omit<Row, 'file'>) => rows.reduce((acc, r) => acc + r[key], 0);
const result = {
  chunks: rows,
  total: { raw: sum('raw'), minified: sum('minified'), gzip: sum('gzip') },
  offline: offline[0]
    ? { file: offline[0].file, bytes: offline[0].minified, gzip: offline[0].gzip }
    : null,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const line = (name: string, ...sizes: number[]) =>
    console.log(name.padEnd(40), ...sizes.map((n) => kb(n).padStart(11)));
  console.log('chunk'.padEnd(40), ...['raw', 'minified', 'gzip'].map((h) => h.padStart(11)));
  for (const r of rows) line(r.file, r.raw, r.minified, r.gzip);
  line('total', result.total.raw, result.total.minified, result.total.gzip);
  if (result.offline)
    line(
      `${result.offline.file} (single file)`,
      result.offline.bytes,
      result.offline.bytes,
      result.offline.gzip,
    );
}
