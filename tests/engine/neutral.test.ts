/**
 * The engine knows nothing of any particular crisis: no source file of the engine or of
 * the simulation tools names the shipped scenario, its governments or its subject.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/', import.meta.url));
const FORBIDDEN = /cartel|mexic|sheinbaum|trump|cartel-strikes-2025/i;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('scenario-neutral code', () => {
  const checked = [...files(join(root, 'engine')), ...files(join(root, 'cli'))];
  it.each(checked.map((f) => [f.slice(root.length), f]))('%s', (_name, file) => {
    const hits = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => `${i + 1}: ${line.trim()}`)
      .filter((line) => FORBIDDEN.test(line));
    expect(hits).toEqual([]);
  });
});
