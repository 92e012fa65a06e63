/**
 * Sources: every article the scenario draws on, with what is known of it — the short
 * name the text cites it by, its headline (or a description when it has none), outlet
 * and date where known, the reliability note, the file it was read from, and how often
 * the scenario cites it.
 */
import type { Scenario } from '../../data/schema';
import { h } from '../dom';
import { t } from '../i18n';
import { auxScreen } from './auxParts';
import type { ScreenDeps } from './types';

/** How many times each source is cited anywhere in the scenario (by `source:` fields). */
export function citationCounts(scenario: Scenario): Map<string, number> {
  const counts = new Map<string, number>();
  const stack: unknown[] = [scenario];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (current !== scenario.meta) {
      const source = (current as { source?: unknown }).source;
      if (typeof source === 'string') counts.set(source, (counts.get(source) ?? 0) + 1);
    }
    for (const value of Object.values(current)) {
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return counts;
}

export function renderSources(root: HTMLElement, deps: ScreenDeps): void {
  const scenario = deps.scenario;
  const frame = { id: 'sources', heading: t('sources.heading'), back: deps.back };
  if (!scenario) {
    auxScreen(root, frame, h('p', {}, t('aux.noScenario')));
    return;
  }
  const counts = citationCounts(scenario);
  const unknown = t('sources.unknown');
  auxScreen(
    root,
    frame,
    h('p', { class: 'aux-lead' }, t('sources.intro')),
    h(
      'ol',
      { class: 'source-list' },
      ...scenario.meta.sources.map((source) =>
        h(
          'li',
          { class: 'source-entry' },
          h('h2', {}, h('cite', {}, source.headline)),
          h(
            'dl',
            { class: 'source-facts' },
            source.short ? h('dt', {}, t('sources.short')) : null,
            source.short ? h('dd', {}, source.short) : null,
            h('dt', {}, t('sources.outlet')),
            h('dd', {}, source.outlet ?? unknown),
            h('dt', {}, t('sources.date')),
            h('dd', {}, source.date ?? unknown),
            h('dt', {}, t('sources.cited')),
            h('dd', {}, t('sources.citedCount', { count: counts.get(source.id) ?? 0 })),
            source.file ? h('dt', {}, t('sources.file')) : null,
            source.file ? h('dd', {}, h('code', {}, source.file)) : null,
          ),
          source.note ? h('p', { class: 'source-note' }, source.note) : null,
        ),
      ),
    ),
  );
}
