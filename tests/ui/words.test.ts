/** Sentences that take a government's name read right whatever the name. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/words/messages';

const t = translator('en');

describe('government names in sentences', () => {
  // Names that need an article ("the United States") and names that take none ("Mexico").
  const names = ['United States', 'Mexico', 'Upland'];

  it.each(names)('never puts %s bare after a verb', (name) => {
    const sentences = [
      t('setup.soloHint', { adviser: 'the President', others: name }),
      t('briefing.counterpart', { names: name }),
      t('debrief.byTeam', { team: 'Team Heron' }),
    ];
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(new RegExp(`(plays|advises|against) ${name}`));
    }
    expect(sentences[0]).toContain(`(${name})`);
  });
});
