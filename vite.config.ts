import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { scenarioPlugin } from './scripts/vite-scenarios.ts';

/**
 * The offline build inlines every script into index.html, so the page's CSP can no
 * longer allow scripts by origin ('self' means nothing under file://). This plugin
 * runs after inlining and allows exactly the inlined scripts by their SHA-256 hashes,
 * and the worker that checks an author's file, which the offline file starts from a
 * blob: URL made of its inlined code, by that scheme alone.
 */
function cspForInlinedScripts(outDir: string): Plugin {
  return {
    name: 'bilateral:csp-inline-hashes',
    apply: 'build',
    // After the bundle is on disk, so the inlining plugin has done its work.
    closeBundle() {
      const file = path.resolve(outDir, 'index.html');
      const html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1] ?? '')
        .filter((body) => body.trim().length > 0)
        .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
      if (hashes.length === 0) throw new Error('offline build: no inlined script found');
      if (!html.includes("worker-src 'self'")) throw new Error('offline build: no worker-src');
      const csp = html
        .replace("script-src 'self'", `script-src ${hashes.join(' ')}`)
        .replace("worker-src 'self'", 'worker-src blob:');
      writeFileSync(file, csp);
    },
  };
}

/**
 * Phaser's sources test build flags with `typeof FLAG` (its own builds define them).
 * Canvas only: the stage is flat vector drawing, and WebGL under software rendering
 * (many school machines, headless Chromium) was slower than Canvas.
 */
const phaserFlags: Record<string, boolean> = {
  WEBGL_RENDERER: false,
  CANVAS_RENDERER: true,
  FEATURE_SOUND: false,
  WEBGL_DEBUG: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

function phaserBuildFlags(): Plugin {
  return {
    name: 'bilateral:phaser-build-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      return code.replace(/typeof\s+([A-Z][A-Z0-9_]+)/g, (whole, name: string) =>
        name in phaserFlags ? String(phaserFlags[name]) : whole,
      );
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const offline = mode === 'offline';
  return {
    // Relative paths let the build be hosted in any folder (an LMS, a school server).
    base: './',
    define: { 'import.meta.env.OFFLINE': JSON.stringify(offline), global: 'globalThis' },
    resolve: {
      alias: [
        // Builds use Phaser built from its sources; the development server, which serves
        // source files as they are and so cannot run that CommonJS entry, uses Phaser's
        // own prebuilt module (pre-bundled by Vite).
        ...(command === 'build'
          ? [{ find: /^phaser$/, replacement: path.resolve('src/scenes/phaserBuild.cjs') }]
          : []),
        { find: /^phaser-src\//, replacement: `${path.resolve('node_modules/phaser/src')}/` },
        // The worker that checks an author's file: its own file when served, inlined
        // (started from a blob: URL) in the offline file, where file:// forbids workers
        // from files.
        {
          find: /^virtual:bilateral\/check-worker$/,
          replacement: `${path.resolve('src/store/scenarioCheck.worker.ts')}?worker${offline ? '&inline' : ''}`,
        },
      ],
    },
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 4096,
      // Which chunk loads when: `npm run size` reads it to tell the first screen's code,
      // and so its budget, from the rest.
      manifest: !offline,
    },
    plugins: [
      scenarioPlugin(
        process.env.BILATERAL_SCENARIOS ? { dir: process.env.BILATERAL_SCENARIOS } : {},
      ),
      phaserBuildFlags(),
      ...(offline
        ? [viteSingleFile({ removeViteModuleLoader: true }), cspForInlinedScripts('dist-offline')]
        : []),
    ],
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
});
