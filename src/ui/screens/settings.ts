/**
 * Settings: text size, reduced motion and language. Every change goes straight to
 * `updateSettings` (which applies and keeps it); this screen holds no settings itself.
 */
import { h } from '../dom';
import { t } from '../i18n';
import { languageChoice } from '../parts/languageChoice';
import { auxScreen, statusLine } from './auxParts';
import type { ScreenDeps, Settings } from './types';

const TEXT_SCALES: Settings['textScale'][] = [1, 1.25, 1.5];

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function renderSettings(root: HTMLElement, deps: ScreenDeps): void {
  const status = statusLine('settings-status');
  const update = (patch: Partial<Settings>) => {
    deps.updateSettings(patch);
    status.textContent = t('settings.saved');
  };

  const textSize = h(
    'fieldset',
    { class: 'aux-fieldset' },
    h('legend', {}, t('settings.textSize')),
    ...TEXT_SCALES.map((scale) => {
      const input = h('input', {
        type: 'radio',
        name: 'text-scale',
        id: `text-scale-${scale * 100}`,
        value: String(scale),
        checked: deps.settings.textScale === scale,
      });
      input.addEventListener('change', () => {
        if (input.checked) update({ textScale: scale });
      });
      return h(
        'div',
        { class: 'aux-choice' },
        input,
        h(
          'label',
          { for: input.id },
          t('settings.textSize.option', { percent: Math.round(scale * 100) }),
        ),
      );
    }),
  );

  const motionInput = h('input', {
    type: 'checkbox',
    id: 'reduced-motion',
    checked: deps.settings.reducedMotion,
  });
  motionInput.addEventListener('change', () => update({ reducedMotion: motionInput.checked }));
  const motion = h(
    'fieldset',
    { class: 'aux-fieldset' },
    h('legend', {}, t('settings.motion')),
    h(
      'div',
      { class: 'aux-choice' },
      motionInput,
      h('label', { for: 'reduced-motion' }, t('settings.reducedMotion')),
    ),
    prefersReducedMotion()
      ? h('p', { class: 'aux-hint' }, t('settings.reducedMotion.system'))
      : null,
  );

  const language = languageChoice({
    id: 'language',
    label: t('settings.language'),
    current: deps.settings.language,
    choose: (tag) => update({ language: tag }),
  });

  auxScreen(
    root,
    { id: 'settings', heading: t('settings.heading'), back: deps.back },
    h('p', { class: 'aux-lead' }, t('settings.note')),
    textSize,
    motion,
    language,
    status,
  );
}
