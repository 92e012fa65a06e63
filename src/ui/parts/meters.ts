/**
 * The meters as DOM: each with its name, its value in words and numbers, and a bar
 * whose length repeats the number (so colour and length are never the only signal).
 */
import type { MeterView, ResourceView } from '../../store/turnViews';
import { h } from '../dom';
import { t } from '../i18n';
import { language } from '../i18n';
import { formatNumber } from '../../words/format';
import { badge } from './receipts';

function meterRow(meter: MeterView): HTMLElement {
  const lang = language();
  const share = (meter.value - meter.min) / Math.max(1e-9, meter.max - meter.min);
  const value = t('meters.value', {
    value: formatNumber(meter.value, lang),
    max: formatNumber(meter.max, lang),
  });
  return h(
    'li',
    { class: `meter${meter.primary ? ' meter-primary' : ''}` },
    h(
      'span',
      { class: 'meter-name' },
      meter.label,
      meter.primary ? h('span', { class: 'meter-axis' }, ` (${t('meters.axis')})`) : null,
      meter.hidden ? ' ' : null,
      meter.hidden ? badge('hidden') : null,
    ),
    h('span', { class: 'meter-value' }, value),
    h(
      'span',
      { class: 'meter-bar', 'aria-hidden': 'true' },
      h('span', {
        class: 'meter-fill',
        style: `width: ${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`,
      }),
    ),
  );
}

/**
 * The meters under a heading, with the outcome region the game stands in now (when
 * given) and a note on how many meters are hidden until the debrief.
 */
export function meterPanel(
  meters: readonly MeterView[],
  hidden: number,
  heading: string,
  id: string,
  region?: string,
): HTMLElement {
  return h(
    'section',
    { class: 'meters-panel', 'aria-labelledby': id },
    h('h2', { id }, heading),
    region ? h('p', { class: 'meters-region' }, t('meters.region', { region })) : null,
    h('ul', { class: 'meters' }, ...meters.map(meterRow)),
    hidden > 0
      ? h(
          'p',
          { class: 'note' },
          hidden === 1 ? t('meters.hiddenOne') : t('meters.hiddenMany', { count: hidden }),
        )
      : null,
  );
}

export function resourceLine(resources: readonly ResourceView[]): HTMLElement | null {
  if (resources.length === 0) return null;
  const lang = language();
  return h(
    'p',
    { class: 'resources' },
    resources
      .map((r) =>
        t('resources.value', {
          label: r.label,
          value: formatNumber(r.value, lang),
          max: formatNumber(r.max, lang),
        }),
      )
      .join(' · '),
  );
}

/**
 * The meters' numbers behind a disclosure, for the screens where the stage beside them
 * already draws every visible meter: the same values, and a screen reader's way to them.
 */
export function meterDetails(
  meters: readonly MeterView[],
  hidden: number,
  id: string,
  region?: string,
): HTMLElement {
  return h(
    'details',
    { class: 'more meters-more' },
    h('summary', {}, t('more.meters')),
    meterPanel(meters, hidden, t('meters.heading'), id, region),
  );
}
