/**
 * Shown at start when the saved game cannot be opened: what is wrong, in plain words,
 * and "Start fresh", which keeps the old save under another name rather than deleting it.
 */
import type { AppStore } from '../../store/appStore';
import type { SaveProblem } from '../../store/persistence';
import { describeRejection } from '../../words/blocks';
import { button, h } from '../dom';
import { t, translate } from '../i18n';
import { screen } from '../parts/screen';

export function saveProblemText(problem: SaveProblem): string {
  switch (problem.code) {
    case 'format': {
      const p = problem.problem;
      if (p.code === 'not-json') return t('save.notJson');
      if (p.code === 'version') {
        // A format number written as text ("1") is a damaged save, not another version's.
        return p.found.startsWith('"')
          ? t('save.versionText', { found: p.found })
          : t('save.version', { found: p.found });
      }
      return t('save.field', { path: p.path });
    }
    case 'missing-scenario':
      return t('save.missingScenario', { id: problem.scenarioId });
    case 'missing-file':
      return t('save.missingFile', { file: problem.fileName });
    case 'replay': {
      const p = problem.problem;
      switch (p.code) {
        case 'other-scenario':
          return t('save.otherScenario', { id: p.saved });
        case 'scenario-version':
          return t('save.scenarioVersion', { saved: p.saved, current: p.current });
        case 'unknown-role':
          return t('save.unknownRole', { role: p.role });
        case 'unknown-length':
          return t('save.unknownLength', { length: p.length });
        case 'refused':
          return t('save.refused', {
            n: p.atAction + 1,
            // The scenario is not loaded for a save that cannot be opened: ids name things.
            reason: describeRejection(translate(), undefined, p.reason),
          });
        case 'different-game':
          return t('save.differentGame');
        case 'crashed':
          return t('save.crashed', { detail: p.detail });
      }
    }
  }
}

/**
 * For a game of an author's file that was not kept: choose the file again (read as
 * bytes, as the scenario screen reads it), then the save opens; or leave it for later.
 */
function chooseAgain(store: AppStore, fileName: string, slot: number): HTMLElement[] {
  const status = h('p', { class: 'status', role: 'status' });
  const input = h('input', {
    type: 'file',
    id: 'choose-again',
    accept: '.yaml,.yml,text/yaml,application/x-yaml,text/plain',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.arrayBuffer().then(async (buffer) => {
      await store.getState().loadPreview(new Uint8Array(buffer), file.name);
      if (!(await store.getState().openSlot(slot)) && store.getState().screen === 'saveProblem') {
        status.textContent = t('save.wrongFile');
      }
    });
  });
  return [
    h(
      'p',
      {},
      h('label', { for: 'choose-again' }, t('save.chooseAgain', { file: fileName })),
      ' ',
      input,
    ),
    status,
    h(
      'div',
      { class: 'actions' },
      button(t('save.notNow'), () => store.getState().leaveProblem()),
    ),
  ];
}

export function renderSaveProblem(root: HTMLElement, store: AppStore): HTMLElement {
  const { saveProblem: problem, problemSlot } = store.getState();
  if (problem?.code === 'missing-file' && problemSlot !== undefined) {
    return screen(
      root,
      { id: 'save-problem', heading: t('save.heading') },
      h('p', { class: 'lead' }, saveProblemText(problem)),
      ...chooseAgain(store, problem.fileName, problemSlot),
    );
  }
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
