/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, then /usr/bin/chromium.
 * When none is found and we may install system packages (root with apt-get), installs
 * Debian's `chromium`; otherwise explains exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

export type ChromiumLookup = { ok: true; path: string } | { ok: false; message: string };

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, DEFAULT_PATH].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  return candidates.find((p) => existsSync(p));
}

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function ensureChromium(): ChromiumLookup {
  const found = findChromium();
  if (found) return { ok: true, path: found };
  const instructions =
    'The browser tests need Chromium. Install it with `sudo apt-get install -y chromium` ' +
    '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';
  if (!canInstallWithApt()) return { ok: false, message: instructions };
  console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  } catch (error) {
    return { ok: false, message: `Installing chromium failed (${String(error)}). ${instructions}` };
  }
  const installed = findChromium();
  return installed ? { ok: true, path: installed } : { ok: false, message: instructions };
}
