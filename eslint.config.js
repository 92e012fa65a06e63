// Lint rules, including the layer boundaries of the architecture:
// data and engine are pure (no Phaser, no DOM, no zustand, no randomness or clock),
// the store knows nothing of Phaser, and nothing below the UI imports the UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiLayers = ['**/scenes/**', '**/ui/**', '**/store/**', '**/cli/**'];

const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'phaser', message: 'The data and engine layers must not import Phaser.' },
        { name: 'zustand', message: 'The data and engine layers must not import zustand.' },
        { name: 'zustand/vanilla', message: 'The data and engine layers must not import zustand.' },
        { name: 'node:fs', message: 'The data and engine layers must not touch the file system.' },
        { name: 'fs', message: 'The data and engine layers must not touch the file system.' },
      ],
      patterns: [
        { group: uiLayers, message: 'The data and engine layers must not import outer layers.' },
        { group: ['zustand/*', 'phaser/*'], message: 'No Phaser or zustand in pure layers.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded generator in game state.' },
    { object: 'Date', property: 'now', message: 'The engine must not read the clock.' },
    { object: 'performance', property: 'now', message: 'The engine must not read the clock.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'Date', message: 'The engine must not read the clock.' },
    { name: 'window', message: 'No DOM in pure layers.' },
    { name: 'document', message: 'No DOM in pure layers.' },
    { name: 'localStorage', message: 'No DOM in pure layers.' },
    { name: 'fetch', message: 'No network in pure layers.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-offline/**',
      'screenshots/**',
      'test-results/**',
      'tests/fixtures/broken/**',
      '.exp/**',
      '.bench/**',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Phaser's sources are CommonJS; this one entry file gathers the parts we use.
    files: ['src/scenes/phaserBuild.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/data/**/*.ts', 'src/engine/**/*.ts', 'src/words/**/*.ts'],
    languageOptions: { globals: {} },
    rules: pureRestrictions,
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'The store must not import Phaser.' },
            { name: 'zustand', message: 'Import zustand/vanilla: the bare entry pulls in React.' },
            { name: 'zustand/shallow', message: 'Use zustand/vanilla/shallow.' },
          ],
          patterns: [
            { group: ['**/scenes/**', '**/ui/**'], message: 'The store must not import the view.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/scenes/**/*.ts', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zustand', message: 'Import zustand/vanilla: the bare entry pulls in React.' },
            { name: 'zustand/shallow', message: 'Use zustand/vanilla/shallow.' },
          ],
        },
      ],
    },
  },
);
