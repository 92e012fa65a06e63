/**
 * The English message catalog. Every string the interface shows comes from here (or
 * from the scenario file), so that a Spanish catalog can follow without code changes.
 * `{name}` placeholders are filled by `t()`.
 */
export const en = {
  'app.title': 'Bilateral',
  'app.tagline': 'A policy simulation of the 2025 US–Mexico crisis over drone strikes on cartels.',
  'title.heading': 'Bilateral',
  'title.newGame': 'New game',
  'title.resume': 'Resume saved game',
  'title.howToPlay': 'How to play',
  'title.evidence': 'Evidence library',
  'title.glossary': 'Glossary',
  'title.settings': 'Settings',
  'title.menu': 'Main menu',
  'error.heading': 'Something went wrong',
  'error.boot': 'The game could not start: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
