/**
 * How to play: the turn loop, the modes, the meters (with the scenario's own meters when
 * one is loaded), what the content labels mean, and keyboard use.
 */
import type { Scenario } from '../../data/schema';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { badge } from '../parts/receipts';
import { auxScreen } from './auxParts';
import type { ScreenDeps } from './types';

const LOOP: MessageKey[] = [
  'howto.loop.briefing',
  'howto.loop.decide',
  'howto.loop.respond',
  'howto.loop.resolve',
  'howto.loop.report',
];

const MODES: MessageKey[] = ['howto.modes.solo', 'howto.modes.teams', 'howto.modes.debate'];

type BadgeKind = Parameters<typeof badge>[0];

/** Each label as the game shows it (the same badge), then what it means. */
const LABELS: [BadgeKind, MessageKey][] = [
  ['hypothetical', 'howto.label.hypothetical.text'],
  ['disputed', 'howto.label.disputed.text'],
  ['assumption', 'howto.label.assumption.text'],
  ['undated', 'howto.label.undated.text'],
  ['composite', 'howto.label.composite.text'],
];

const KEYS: MessageKey[] = [
  'howto.keys.tab',
  'howto.keys.activate',
  'howto.keys.arrows',
  'howto.keys.headings',
  'howto.keys.zoom',
];

const section = (headingKey: MessageKey, ...content: (Node | null)[]) =>
  h('section', { class: 'aux-section' }, h('h2', {}, t(headingKey)), ...content);

const list = (tag: 'ol' | 'ul', keys: MessageKey[]) =>
  h(tag, {}, ...keys.map((key) => h('li', {}, t(key))));

/** The loaded scenario's visible and hidden meters, primary ones (the plane's axes) first. */
function scenarioMeters(scenario: Scenario): HTMLElement {
  const primary = new Set([scenario.plane.x, scenario.plane.y]);
  const meters = [...scenario.meters].sort(
    (a, b) => Number(primary.has(b.id)) - Number(primary.has(a.id)),
  );
  return h(
    'div',
    {},
    h('h3', {}, t('howto.meters.scenario', { title: scenario.meta.title })),
    h(
      'dl',
      { class: 'aux-terms' },
      ...meters.flatMap((meter) => {
        const notes = [
          primary.has(meter.id) ? t('howto.meters.primary') : null,
          meter.hidden ? t('howto.meters.hidden') : null,
        ].filter((n): n is string => n !== null);
        return [
          h('dt', {}, meter.label, notes.length > 0 ? ` (${notes.join('; ')})` : ''),
          h('dd', {}, meter.description),
        ];
      }),
    ),
  );
}

export function renderHowToPlay(root: HTMLElement, deps: ScreenDeps): void {
  auxScreen(
    root,
    { id: 'how-to-play', heading: t('howto.heading'), back: deps.back },
    h('p', { class: 'aux-lead' }, t('howto.intro')),
    section('howto.loop.heading', list('ol', LOOP), h('p', {}, t('howto.loop.debrief'))),
    section('howto.modes.heading', list('ul', MODES)),
    section(
      'howto.meters.heading',
      h('p', {}, t('howto.meters.intro')),
      h('p', {}, t('howto.meters.score')),
      deps.scenario ? scenarioMeters(deps.scenario) : null,
    ),
    section(
      'howto.labels.heading',
      h(
        'dl',
        { class: 'aux-terms' },
        h('dt', {}, t('howto.label.quote')),
        h('dd', {}, t('howto.label.quote.text')),
        ...LABELS.flatMap(([kind, text]) => [h('dt', {}, badge(kind)), h('dd', {}, t(text))]),
      ),
    ),
    section('howto.keys.heading', list('ul', KEYS)),
  );
}
