/**
 * `npm test`: every check a change must pass, in order — type-check, lint, format,
 * unit tests, production and offline builds, then the browser tests. Keeps going after
 * a failure so one run shows everything, and ends with the line `N passed, N failed`
 * (unit and browser tests counted one by one, each other check as one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

type Counts = { passed: number; failed: number; skipped: number };

const bin = (name: string) => `node_modules/.bin/${name}`;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, npm_config_loglevel: 'error', FORCE_COLOR: '0' },
  });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function readCounts(
  file: string,
  parse: (json: Record<string, number>) => Counts,
): Counts | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return parse(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>);
  } catch {
    return undefined;
  }
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};
const check = (ok: boolean) => add({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check(run('type-check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
check(run('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']));
check(run('format (prettier --check)', bin('prettier'), ['--check', '.']));

const unitOk = run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const unit = readCounts('test-results/vitest.json', (j) => ({
  passed: j.numPassedTests ?? 0,
  failed: (j.numFailedTests ?? 0) + (j.numFailedTestSuites ?? 0),
  skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
}));
add(unit ?? { passed: 0, failed: 1, skipped: 0 });
if (unit && !unitOk && unit.failed === 0) check(false);

const builtOk = run('production build', bin('vite'), ['build', '--logLevel', 'warn']);
check(builtOk);
const offlineOk = run('offline build', bin('vite'), [
  'build',
  '--mode',
  'offline',
  '--logLevel',
  'warn',
]);
check(offlineOk);
check(run('bundle size and budgets', bin('tsx'), ['scripts/size.ts']));

if (builtOk && offlineOk) {
  const browserOk = run('browser tests (Chromium)', bin('tsx'), ['tests/browser/run.ts']);
  const browser = readCounts('test-results/browser.json', (j) => ({
    passed: j.passed ?? 0,
    failed: j.failed ?? 0,
    skipped: 0,
  }));
  add(browser ?? { passed: 0, failed: 1, skipped: 0 });
  if (browser && !browserOk && browser.failed === 0) check(false);
} else {
  console.log('✗ browser tests skipped: the build failed');
  check(false);
}

console.log('');
if (total.skipped > 0) console.log(`(${total.skipped} skipped — see the output above for why)`);
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed === 0 ? 0 : 1);
