/**
 * Glossary: the scenario's terms in alphabetical order, each with its definition and
 * sources, and a search box that filters them as the reader types.
 */
import { receiptsOf } from '../../store/receipts';
import { h } from '../dom';
import { t } from '../i18n';
import { receiptList } from '../parts/receipts';
import { auxScreen, statusLine } from './auxParts';
import type { ScreenDeps } from './types';

/** Lower case without accents, so "mexico" finds "México". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

export function renderGlossary(root: HTMLElement, deps: ScreenDeps): void {
  const scenario = deps.scenario;
  const frame = { id: 'glossary', heading: t('glossary.heading'), back: deps.back };
  if (!scenario) {
    auxScreen(root, frame, h('p', {}, t('aux.noScenario')));
    return;
  }
  if (scenario.glossary.length === 0) {
    auxScreen(root, frame, h('p', {}, t('glossary.empty')));
    return;
  }
  const entries = [...scenario.glossary]
    .sort((a, b) => a.term.localeCompare(b.term, scenario.meta.language))
    .map((entry) => ({
      key: searchKey(`${entry.term} ${entry.definition}`),
      element: h(
        'div',
        { class: 'glossary-entry' },
        h('dt', {}, entry.term),
        h('dd', {}, h('p', {}, entry.definition), receiptList(receiptsOf(scenario, entry.cites))),
      ),
    }));

  const status = statusLine('glossary-status');
  const none = h('p', { class: 'aux-empty', hidden: true });
  const search = h('input', { type: 'search', id: 'glossary-search', autocomplete: 'off' });
  const apply = () => {
    const query = search.value.trim();
    const words = searchKey(query).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const entry of entries) {
      const match = words.every((w) => entry.key.includes(w));
      entry.element.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = t('glossary.count', { shown, total: entries.length });
    none.hidden = shown > 0;
    none.textContent = shown > 0 ? '' : t('glossary.none', { query });
  };
  search.addEventListener('input', apply);

  auxScreen(
    root,
    frame,
    h(
      'div',
      { class: 'aux-field', role: 'search' },
      h('label', { for: 'glossary-search' }, t('glossary.search')),
      search,
    ),
    status,
    none,
    h('dl', { class: 'glossary-list' }, ...entries.map((e) => e.element)),
  );
  apply();
}
