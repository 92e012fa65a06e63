import { button, h } from '../dom';
import { t } from '../i18n';

/** The title screen: the game's name and its main menu. */
export function renderTitle(root: HTMLElement): void {
  const items = [
    t('title.newGame'),
    t('title.resume'),
    t('title.howToPlay'),
    t('title.evidence'),
    t('title.glossary'),
    t('title.settings'),
  ];
  root.replaceChildren(
    h(
      'section',
      { class: 'panel title-screen', 'aria-labelledby': 'title-heading' },
      h('h1', { id: 'title-heading' }, t('title.heading')),
      h('p', {}, t('app.tagline')),
      h(
        'nav',
        { 'aria-label': t('title.menu') },
        h(
          'ul',
          { class: 'menu' },
          ...items.map((label) =>
            h(
              'li',
              {},
              button(label, () => {}),
            ),
          ),
        ),
      ),
    ),
  );
}
