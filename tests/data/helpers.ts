/** Shared helpers for the data-layer tests. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Problem } from '../../src/data';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = resolve(repoRoot, 'tests', 'fixtures');
export const MINIMAL_FILE = 'tests/fixtures/data-minimal.yaml';
export const minimalText = readFileSync(resolve(repoRoot, MINIMAL_FILE), 'utf8');

/** The minimal fixture with `old` replaced by `replacement` (which must occur exactly once). */
export function edit(text: string, old: string, replacement: string): string {
  const count = text.split(old).length - 1;
  if (count !== 1)
    throw new Error(`expected one occurrence of ${JSON.stringify(old)}, found ${count}`);
  return text.replace(old, replacement);
}

/** Asserts the invariants every problem must meet, whatever the input. */
export function expectWellFormed(problems: readonly Problem[], file: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(typeof p.path === 'string' && p.path.length > 0).toBe(true);
    expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
  }
}
