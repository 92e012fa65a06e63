/**
 * "Pass the device": shown in a two-team game before each team's private choices. It
 * shows nothing of either team's pending choices — only whose turn it is.
 */
import type { AppStore } from '../../store/appStore';
import { turnInfo } from '../../store/turnViews';
import { button, h } from '../dom';
import { t } from '../i18n';
import { languageChoice } from '../parts/languageChoice';
import { languageFor } from '../../store/settings';
import { gameBar, playerName, screen } from '../parts/frame';

export function renderPass(root: HTMLElement, store: AppStore, role: string): HTMLElement {
  const { scenario, state } = store.getState().game!.getState();
  const name = playerName(store, role);
  const others = state.config.humanRoles
    .filter((r) => r !== role)
    .map((r) => playerName(store, r))
    .join(', ');
  const month = turnInfo(scenario, state.turn).label;
  return screen(
    root,
    { id: 'pass', heading: t('pass.heading', { name }), bar: gameBar(store) },
    h(
      'p',
      { class: 'lead next-step' },
      state.phase === 'decide'
        ? t('pass.decide', { name, month })
        : t('pass.respond', { name, month, others }),
    ),
    h('p', {}, t('pass.hint', { name })),
    h('p', { class: 'pass-projector' }, t('pass.projector')),
    teamLanguage(store, role),
    h(
      'div',
      { class: 'actions' },
      button(t('pass.ready', { name }), () => store.getState().unlock(role), { class: 'primary' }),
    ),
  );
}

/** The team's own language for its private screens (kept in the settings, by role). */
function teamLanguage(store: AppStore, role: string): HTMLElement {
  const { settings, updateSettings } = store.getState();
  return languageChoice({
    id: 'team-language',
    label: t('language.team'),
    current: languageFor(settings, role),
    choose: (tag) => updateSettings({ teamLanguages: { ...settings.teamLanguages, [role]: tag } }),
  });
}
