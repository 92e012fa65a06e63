/** How `npm run size` tells the first screen's files from those loaded later. */
import { describe, expect, it } from 'vitest';
import { groupFiles } from '../../scripts/size';

describe('groupFiles', () => {
  it('groups by when a file is downloaded, each file once, in the earliest group', () => {
    const groups = groupFiles({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_shared.js'],
        css: ['assets/index.css'],
        dynamicImports: [
          'src/ui/laterScreens.ts',
          'virtual:bilateral/scenario/river',
          'virtual:bilateral/translation/river.es.text',
          'src/store/scenarioCheck.worker.ts?worker',
          'src/store/scenarioFile.ts',
          'src/words/es.ts',
        ],
      },
      'src/words/es.ts': { file: 'assets/es.js' },
      '_shared.js': { file: 'assets/shared.js' },
      'src/ui/laterScreens.ts': {
        file: 'assets/laterScreens.js',
        imports: ['index.html', '_later.js'],
        css: ['assets/later.css'],
        dynamicImports: ['src/stage.ts'],
      },
      '_later.js': { file: 'assets/later.js' },
      'src/stage.ts': { file: 'assets/stage.js', imports: ['_shared.js'] },
      'virtual:bilateral/scenario/river': { file: 'assets/river.js', imports: ['index.html'] },
      'virtual:bilateral/translation/river.es.text': { file: 'assets/river.es.js' },
      'src/store/scenarioCheck.worker.ts?worker': {
        file: 'assets/worker-wrapper.js',
        assets: ['assets/worker.js'],
      },
      'src/store/scenarioFile.ts': { file: 'assets/compile.js', imports: ['_later.js'] },
    });
    expect(Object.fromEntries(groups)).toEqual({
      'assets/index.js': 'first screen',
      'assets/index.css': 'first screen',
      'assets/shared.js': 'first screen',
      'assets/laterScreens.js': 'later in a game',
      'assets/later.css': 'later in a game',
      'assets/later.js': 'later in a game',
      'assets/stage.js': 'later in a game',
      'assets/river.js': 'one scenario each',
      'assets/es.js': 'one language each',
      'assets/river.es.js': 'one translation each',
      'assets/worker-wrapper.js': 'author file only',
      'assets/worker.js': 'author file only',
      'assets/compile.js': 'author file only',
    });
  });
});
