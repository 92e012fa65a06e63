/**
 * `npm run bench:validate [-- --json] [-- --timeout S] [-- --only name,name] [-- --repo DIR]`:
 * how long the
 * scenario check takes on hostile files, and how much memory it needs. Writes each case to
 * a temporary folder, then for each one runs, in a fresh process:
 *
 * - `check`: `validateFile()` alone, timed inside the process (the loader's own work,
 *   reading the file included; start-up excluded), with the process's peak memory;
 * - `command`: the whole `tsx src/cli/validate.ts <file>` command, wall clock, start-up
 *   included (about 1 s on a two-core machine even for a tiny file, shown as `tiny`).
 *
 * `--repo DIR` measures another checkout of the project (before and after a change).
 *
 * Cases: mappings of 10,000 / 50,000 / 100,000 keys (`k123: 1`, the last one 989 KB), a
 * 20 MB flow list, /dev/zero, 20,000 empty options (80,000 problems), nesting 10,000
 * levels deep, and the shipped scenario for comparison. A case that takes longer than
 * the timeout (default 120 s) is stopped and shown as such.
 *
 * The loader's promises are limits here (`LIMITS_MS`): the 100,000-key file answered in
 * under 2 s, the 20 MB file and /dev/zero in under 1 s, by the `check` time. A case over
 * its limit, or one that fails to answer, is marked and the command exits with 1. (The
 * `command` time adds the start-up of a TypeScript process, the same for every file.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatBytes } from '../src/data/limits';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Problems as validateFile returns them: a list in older checkouts, a count and list now. */
type Checked = { problems: { message: string }[]; count: number } | { message: string }[];

export type Case = { name: string; file: string; write?: () => string };

/** The most each case's `check` may take, in milliseconds: what the loader promises. */
export const LIMITS_MS: Readonly<Record<string, number>> = {
  'keys-100k': 2000,
  'flow-20mb': 1000,
  'dev-zero': 1000,
};

/** 20 MB, as the size limit's message writes it. */
const TWENTY_MB = 20 * 1024 * 1024;

function keys(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`k${i}: 1\n`);
  return lines.join('');
}

function flowList(bytes: number): string {
  return `x: [${'1, '.repeat(Math.floor((bytes - 8) / 3))}1]\n`;
}

function emptyOptions(count: number): string {
  return `options:\n${'  - {}\n'.repeat(count)}`;
}

function deepList(depth: number): string {
  return `x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** Every case, the files to write named inside `dir`. */
export function cases(dir: string): Case[] {
  const at = (name: string) => join(dir, `${name}.yaml`);
  return [
    { name: 'tiny', file: at('tiny'), write: () => 'schemaVersion: 1\n' },
    { name: 'shipped', file: join(repoRoot, 'scenarios', 'cartel-strikes-2025', 'scenario.yaml') },
    { name: 'keys-10k', file: at('keys-10k'), write: () => keys(10_000) },
    { name: 'keys-50k', file: at('keys-50k'), write: () => keys(50_000) },
    { name: 'keys-100k', file: at('keys-100k'), write: () => keys(100_000) },
    { name: 'empty-options-20k', file: at('empty-options-20k'), write: () => emptyOptions(20_000) },
    { name: 'nested-10k', file: at('nested-10k'), write: () => deepList(10_000) },
    { name: 'flow-20mb', file: at('flow-20mb'), write: () => flowList(TWENTY_MB) },
    { name: 'dev-zero', file: '/dev/zero' },
  ];
}

export type Measured = { ms: number; problems: number; first: string };

/** Times `validateFile` on one file: how long, how many problems, the first one's start. */
export function measureCheck(validateFile: (file: string) => Checked, file: string): Measured {
  const started = performance.now();
  const checked = validateFile(file);
  const ms = performance.now() - started;
  const problems = Array.isArray(checked) ? checked : checked.problems;
  return {
    ms,
    problems: Array.isArray(checked) ? checked.length : checked.count,
    first: problems[0]?.message.slice(0, 100) ?? '',
  };
}

/** Run inside the child: time validateFile on one file and print one JSON line. */
async function measureOne(repo: string, file: string): Promise<void> {
  const url = pathToFileURL(join(repo, 'src', 'cli', 'validate.ts')).href;
  const { validateFile } = (await import(url)) as { validateFile: (file: string) => Checked };
  const measured = measureCheck(validateFile, file);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ ...measured, peakMB }));
}

type Result = {
  name: string;
  bytes: string;
  checkMs?: number;
  commandMs?: number;
  peakMB?: number;
  problems?: number;
  first?: string;
  note?: string;
  /** The case's limit, and whether it was kept. */
  limitMs?: number;
  over?: boolean;
};

function timed(args: string[], timeoutMs: number, cwd: string) {
  const started = performance.now();
  const out = spawnSync(tsx, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
  });
  return { out, ms: performance.now() - started };
}

function sizeOf(file: string): string {
  if (file === '/dev/zero') return 'endless';
  return formatBytes(statSync(file).size);
}

function main(): void {
  const argv = process.argv.slice(2);
  const repoArg = argv.indexOf('--repo');
  const repo = repoArg >= 0 ? resolve(argv[repoArg + 1] ?? '.') : repoRoot;
  const one = argv.indexOf('--one');
  if (one >= 0) {
    void measureOne(repo, argv[one + 1] ?? '');
    return;
  }
  const json = argv.includes('--json');
  const timeoutArg = argv.indexOf('--timeout');
  const timeoutMs = (timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) : 120) * 1000;
  const onlyArg = argv.indexOf('--only');
  const only = onlyArg >= 0 ? (argv[onlyArg + 1] ?? '').split(',') : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-validate-'));
  const results: Result[] = [];
  try {
    for (const c of cases(dir)) {
      if (only && !only.includes(c.name)) continue;
      const text = c.write?.();
      if (text !== undefined) writeFileSync(c.file, text);
      const result: Result = { name: c.name, bytes: sizeOf(c.file) };
      const self = fileURLToPath(import.meta.url);
      const check = timed([self, '--repo', repo, '--one', c.file], timeoutMs, repoRoot);
      const line = check.out.stdout.trim().split('\n').pop() ?? '';
      if (check.out.error || check.out.status !== 0 || !line.startsWith('{')) {
        const why = check.out.error ? 'stopped' : `exit ${check.out.status ?? check.out.signal}`;
        result.note = `${why} after ${(check.ms / 1000).toFixed(1)} s: ${check.out.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
      } else {
        const parsed = JSON.parse(line) as {
          ms: number;
          problems: number;
          first: string;
          peakMB: number;
        };
        Object.assign(result, {
          checkMs: parsed.ms,
          peakMB: parsed.peakMB,
          problems: parsed.problems,
          first: parsed.first,
        });
        const command = timed(['src/cli/validate.ts', c.file], timeoutMs, repo);
        result.commandMs = command.out.error ? undefined : command.ms;
      }
      const limit = LIMITS_MS[c.name];
      if (limit !== undefined) {
        result.limitMs = limit;
        result.over = result.checkMs === undefined || result.checkMs >= limit;
      }
      results.push(result);
      if (!json) print(result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  const over = results.filter((r) => r.over);
  if (over.length > 0) {
    const names = over.map((r) => `${r.name} (limit ${r.limitMs ?? 0} ms)`).join(', ');
    console.error(`over the loader's limits: ${names}`);
    process.exitCode = 1;
  }
}

function print(r: Result): void {
  const ms = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(0)} ms`);
  const head = `${r.name.padEnd(18)} ${r.bytes.padStart(8)}`;
  const limit = r.limitMs === undefined ? '' : `  ${r.over ? 'OVER' : 'within'} ${r.limitMs} ms`;
  if (r.note !== undefined) {
    console.log(`${head}  ${r.note}${limit}`);
    return;
  }
  console.log(
    `${head}  check ${ms(r.checkMs).padStart(9)}  command ${ms(r.commandMs).padStart(9)}  ` +
      `peak ${String(r.peakMB).padStart(5)} MB  ${String(r.problems).padStart(6)} problems${limit}  ${r.first ?? ''}`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
