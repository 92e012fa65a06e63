/**
 * Runs every browser test (tests/browser/*.spec.ts) in real headless Chromium against
 * the production build in dist/ served on 127.0.0.1, and the offline build from file://.
 * Prints one line per test and writes the counts to test-results/browser.json.
 * Build first: `npm run build && npm run build:offline` (npm test does both).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { ensureChromium } from '../../scripts/chromium';
import { launchBrowser, type BrowserTest } from './harness';

async function loadTests(filter: string | undefined): Promise<BrowserTest[]> {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  const tests: BrowserTest[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      tests: BrowserTest[];
    };
    tests.push(
      ...module.tests.map((t) => ({ ...t, name: `${file.replace('.spec.ts', '')} › ${t.name}` })),
    );
  }
  return filter ? tests.filter((t) => t.name.includes(filter)) : tests;
}

function report(passed: number, failed: number): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/browser.json', JSON.stringify({ passed, failed }));
  console.log(`${passed} passed, ${failed} failed`);
}

async function main(): Promise<number> {
  for (const dir of ['dist', 'dist-offline']) {
    if (!existsSync(path.join(dir, 'index.html'))) {
      console.error(
        `${dir}/index.html is missing: run \`npm run build && npm run build:offline\` first.`,
      );
      report(0, 1);
      return 1;
    }
  }
  const chromium = ensureChromium();
  if (!chromium.ok) {
    console.error(chromium.message);
    report(0, 1);
    return 1;
  }
  const tests = await loadTests(process.argv[2]);
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const baseUrl = `http://127.0.0.1:${port}/`;
  const offlineUrl = pathToFileURL(path.resolve('dist-offline/index.html')).href;
  const browser = await launchBrowser(chromium.path);
  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      const started = performance.now();
      try {
        await test.run({ browser, baseUrl, offlineUrl });
        passed += 1;
        console.log(`  ✓ ${test.name} (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        failed += 1;
        console.log(
          `  ✗ ${test.name}\n    ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      for (const page of browser.context.pages()) await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  report(passed, failed);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    report(0, 1);
    process.exit(1);
  },
);
