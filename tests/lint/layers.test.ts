import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules live in eslint.config.js; these rows prove they bite. Each row lints
 * a snippet as if it were a file in the named folder and expects the named rule.
 */
const eslint = new ESLint();

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

const violations: [name: string, file: string, code: string, rule: string][] = [
  [
    'engine imports phaser',
    'src/engine/probe.ts',
    "import Phaser from 'phaser';\nexport const p = Phaser;\n",
    'no-restricted-imports',
  ],
  [
    'data imports phaser',
    'src/data/probe.ts',
    "import Phaser from 'phaser';\nexport const p = Phaser;\n",
    'no-restricted-imports',
  ],
  [
    'engine imports zustand',
    'src/engine/probe.ts',
    "import { createStore } from 'zustand/vanilla';\nexport const s = createStore;\n",
    'no-restricted-imports',
  ],
  [
    'engine imports the store',
    'src/engine/probe.ts',
    "import { x } from '../store/gameStore';\nexport const y = x;\n",
    'no-restricted-imports',
  ],
  [
    'engine imports the ui',
    'src/engine/probe.ts',
    "import { h } from '../ui/dom';\nexport const y = h;\n",
    'no-restricted-imports',
  ],
  [
    'engine uses Math.random',
    'src/engine/probe.ts',
    'export const r = Math.random();\n',
    'no-restricted-properties',
  ],
  [
    'engine reads the clock',
    'src/engine/probe.ts',
    'export const d = new Date();\n',
    'no-restricted-globals',
  ],
  [
    'engine uses Date.now',
    'src/engine/probe.ts',
    'export const d = Date.now();\n',
    'no-restricted-properties',
  ],
  [
    'engine touches the DOM',
    'src/engine/probe.ts',
    'export const d = document.title;\n',
    'no-restricted-globals',
  ],
  [
    'data reads the file system',
    'src/data/probe.ts',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    'no-restricted-imports',
  ],
  [
    'store imports phaser',
    'src/store/probe.ts',
    "import Phaser from 'phaser';\nexport const p = Phaser;\n",
    'no-restricted-imports',
  ],
  [
    'store imports bare zustand (React)',
    'src/store/probe.ts',
    "import { create } from 'zustand';\nexport const c = create;\n",
    'no-restricted-imports',
  ],
  [
    'ui imports bare zustand (React)',
    'src/ui/probe.ts',
    "import { create } from 'zustand';\nexport const c = create;\n",
    'no-restricted-imports',
  ],
];

describe('layer rules', () => {
  it.each(violations)('%s is a lint error', async (_name, file, code, rule) => {
    expect(await rulesFor(file, code)).toContain(rule);
  });

  it('a pure engine module passes', async () => {
    expect(
      await rulesFor('src/engine/probe.ts', 'export const double = (n: number) => n * 2;\n'),
    ).toEqual([]);
  });

  it('the scenes may import phaser', async () => {
    const code = "import Phaser from 'phaser';\nexport const p = Phaser;\n";
    expect(await rulesFor('src/scenes/Probe.ts', code)).toEqual([]);
  });
});
