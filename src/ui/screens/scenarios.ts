/**
 * The scenario screen: every bundled scenario, playable or with its problems listed
 * exactly as `npm run validate` prints them; and "try your own scenario file", where an
 * author loads or pastes a YAML file to check it and play it in this browser. The file is
 * checked in the background; the list follows the store as each check ends.
 *
 * A chosen file goes from disk to the checker as bytes and never into the page: the
 * paste box is for pasted text, and a megabyte put into it would hold the page for
 * seconds. A file over the loader's size limit is refused by its size before it is read,
 * with the message the validator gives.
 */
import { listingShown } from '../i18n/scenarioLanguage';
import { fileText, fileTooLarge } from '../../data/fileText';
import { formatBytes, MAX_FILE_BYTES } from '../../data/limits';
import { formatProblem, ROOT_PATH } from '../../data/problems';
import type { AppStore } from '../../store/appStore';
import type { ScenarioEntry } from '../../store/scenarios';
import { button, h } from '../dom';
import { languageTag, t } from '../i18n';
import { screen } from '../parts/frame';

function entryCard(store: AppStore, entry: ScenarioEntry): HTMLElement {
  const own =
    entry.origin === 'preview'
      ? h('p', { class: 'note' }, t('scenarios.own.label', { file: entry.fileName }))
      : null;
  if (!entry.result) {
    return h(
      'li',
      { class: 'card scenario-card', 'aria-busy': 'true' },
      h('h2', {}, entry.fileName),
      own,
      h('p', { role: 'status' }, t('scenarios.checking', { file: entry.fileName })),
    );
  }
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
  const listing = listingShown(entry.result.listing, languageTag(), store.getState().bundled);
  return h(
    'li',
    { class: 'card scenario-card' },
    h('h2', {}, listing.title),
    own,
    h('p', {}, listing.summary),
    h(
      'p',
      { class: 'note' },
      t('scenarios.meta', {
        version: listing.version,
        turns: listing.turns,
        sources: listing.sources,
      }),
    ),
    button(
      t('scenarios.choose', { title: listing.title }),
      () => store.getState().chooseScenario(entry.key),
      { class: 'primary' },
    ),
  );
}

function ownFileSection(store: AppStore): HTMLElement {
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
  const load = async (text: string | Uint8Array, fileName: string) => {
    if (typeof text === 'string' && text.trim() === '') {
      status.textContent = t('scenarios.own.empty');
      return;
    }
    remove.hidden = false;
    status.textContent = t('scenarios.own.checking');
    const entry = await store.getState().loadPreview(text, fileName);
    // Undefined: another file or a removal came after this one and speaks for itself.
    if (!entry?.result) return;
    status.textContent = entry.result.ok
      ? t('scenarios.own.ok', { title: entry.result.listing.title })
      : t('scenarios.own.problems', { count: entry.result.problems.length });
  };
  const chosen = h('p', { class: 'note', id: 'own-chosen' });
  chosen.hidden = true;
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    chosen.hidden = file.size > MAX_FILE_BYTES;
    chosen.textContent = t('scenarios.own.chosen', {
      file: file.name,
      size: formatBytes(file.size),
    });
    if (file.size > MAX_FILE_BYTES) {
      // The file kept from before stays; this one is never read.
      const problem = { file: file.name, line: 1, column: 1, path: ROOT_PATH };
      status.textContent = t('scenarios.own.refused', {
        problem: formatProblem({ ...problem, message: fileTooLarge(file.size) }),
      });
      return;
    }
    // Read as bytes and decoded as the validator does (UTF-8, or UTF-16 by its byte-order
    // mark; a browser's text() reads UTF-8 only). Bytes that cannot be read go to the
    // checker as they are, which names the place.
    void file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      const decoded = fileText(bytes);
      return load(decoded.ok ? decoded.text : bytes, file.name);
    });
  });
  const remove = button(t('scenarios.own.remove'), () => {
    store.getState().removePreview();
    remove.hidden = true;
    chosen.hidden = true;
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
      chosen,
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
      button(t('scenarios.own.check'), () => {
        chosen.hidden = true;
        void load(textarea.value, 'my-scenario.yaml');
      }),
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
  const heading = screen(
    root,
    { id: 'scenarios', heading: t('scenarios.heading'), lead: h('p', {}, t('scenarios.intro')) },
    list,
    ownFileSection(store),
    h(
      'p',
      {},
      button(t('common.backTitle'), () => store.getState().go('title')),
    ),
  );
  // The list follows the store (an author's file checked in the background) while shown.
  const unsubscribe = store.subscribe((now, before) => {
    if (!list.isConnected) unsubscribe();
    else if (now.scenarios !== before.scenarios) refreshList();
  });
  store.getState().checkKeptFile();
  return heading;
}
