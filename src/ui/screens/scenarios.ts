/**
 * The scenario screen: every bundled scenario, playable or with its problems listed
 * exactly as `npm run validate` prints them; and "try your own scenario file", where an
 * author loads or pastes a YAML file to check it and play it in this browser.
 */
import { formatProblem } from '../../data';
import type { AppStore } from '../../store/appStore';
import type { ScenarioEntry } from '../../store/scenarios';
import { button, h } from '../dom';
import { t } from '../i18n';
import { screen } from '../parts/frame';

function entryCard(store: AppStore, entry: ScenarioEntry): HTMLElement {
  const own =
    entry.origin === 'preview'
      ? h('p', { class: 'note' }, t('scenarios.own.label', { file: entry.fileName }))
      : null;
  if (!entry.result.ok) {
    const problems = entry.result.problems;
    return h(
      'li',
      { class: 'card scenario-card scenario-broken' },
      h('h2', {}, t('scenarios.brokenHeading', { file: entry.fileName })),
      own,
      h(
        'p',
        {},
        h(
          'span',
          { class: 'badge badge-error' },
          h('span', { 'aria-hidden': 'true' }, '✗'),
          ' ',
          t('scenarios.cannotPlay'),
        ),
        ' ',
        problems.length === 1
          ? t('scenarios.brokenOne')
          : t('scenarios.brokenMany', { count: problems.length }),
      ),
      h(
        'ul',
        { class: 'problems', 'aria-label': t('scenarios.problemsLabel', { file: entry.fileName }) },
        ...problems.map((p) => h('li', {}, h('code', {}, formatProblem(p)))),
      ),
    );
  }
  const { meta, calendar } = entry.result.scenario;
  return h(
    'li',
    { class: 'card scenario-card' },
    h('h2', {}, meta.title),
    own,
    h('p', {}, meta.summary),
    h(
      'p',
      { class: 'note' },
      t('scenarios.meta', {
        version: meta.version,
        turns: calendar.turns.length,
        sources: meta.sources.length,
      }),
    ),
    button(
      t('scenarios.choose', { title: meta.title }),
      () => store.getState().chooseScenario(entry.key),
      { class: 'primary' },
    ),
  );
}

function ownFileSection(store: AppStore, refreshList: () => void): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', id: 'own-status' });
  const fileInput = h('input', {
    type: 'file',
    id: 'own-file',
    accept: '.yaml,.yml,text/yaml,application/x-yaml,text/plain',
  });
  const textarea = h('textarea', {
    id: 'own-text',
    rows: 8,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const load = (text: string, fileName: string) => {
    if (text.trim() === '') {
      status.textContent = t('scenarios.own.empty');
      return;
    }
    const entry = store.getState().loadPreview(text, fileName);
    refreshList();
    remove.hidden = false;
    status.textContent = entry.result.ok
      ? t('scenarios.own.ok', { title: entry.result.scenario.meta.title })
      : t('scenarios.own.problems', { count: entry.result.problems.length });
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      textarea.value = text;
      load(text, file.name);
    });
  });
  const remove = button(t('scenarios.own.remove'), () => {
    store.getState().removePreview();
    refreshList();
    remove.hidden = true;
    status.textContent = t('scenarios.own.removed');
  });
  remove.hidden = !store.getState().scenarios.some((e) => e.origin === 'preview');
  return h(
    'section',
    { class: 'part own-file', 'aria-labelledby': 'own-heading' },
    h('h2', { id: 'own-heading' }, t('scenarios.own.heading')),
    h('p', {}, t('scenarios.own.intro')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'own-file' }, t('scenarios.own.file')),
      fileInput,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'own-text' }, t('scenarios.own.paste')),
      textarea,
    ),
    h(
      'div',
      { class: 'actions' },
      button(t('scenarios.own.check'), () => load(textarea.value, 'my-scenario.yaml')),
      remove,
    ),
    status,
  );
}

export function renderScenarios(root: HTMLElement, store: AppStore): HTMLElement {
  const list = h('ul', { class: 'scenario-list' });
  const refreshList = () => {
    const entries = store.getState().scenarios;
    list.replaceChildren(
      ...(entries.length === 0
        ? [h('li', {}, t('scenarios.none'))]
        : entries.map((e) => entryCard(store, e))),
    );
  };
  refreshList();
  return screen(
    root,
    { id: 'scenarios', heading: t('scenarios.heading'), lead: h('p', {}, t('scenarios.intro')) },
    list,
    ownFileSection(store, refreshList),
    h(
      'p',
      {},
      button(t('common.backTitle'), () => store.getState().go('title')),
    ),
  );
}
