/**
 * Shown at start when the saved game cannot be opened: what is wrong, in plain words,
 * and "Start fresh", which keeps the old save under another name rather than deleting it.
 */
import type { AppStore } from '../../store/appStore';
import type { SaveProblem } from '../../store/persistence';
import { button, h } from '../dom';
import { t } from '../i18n';
import { screen } from '../parts/frame';

export function saveProblemText(problem: SaveProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return t('save.unreadable', { detail: problem.detail });
    case 'outdated':
      return t('save.outdated', { found: problem.found });
    case 'missing-scenario':
      return t('save.missingScenario', { id: problem.scenarioId });
    case 'scenario-version':
      return t('save.scenarioVersion', {
        id: problem.scenarioId,
        saved: problem.saved,
        current: problem.current,
      });
    case 'replay':
      return t('save.replay', { detail: problem.detail });
  }
}

export function renderSaveProblem(root: HTMLElement, store: AppStore): HTMLElement {
  const problem = store.getState().saveProblem;
  return screen(
    root,
    { id: 'save-problem', heading: t('save.heading') },
    problem ? h('p', { class: 'lead' }, saveProblemText(problem)) : null,
    h('p', {}, t('save.keep')),
    h(
      'div',
      { class: 'actions' },
      button(t('save.fresh'), () => store.getState().startFresh(), { class: 'primary' }),
    ),
  );
}
