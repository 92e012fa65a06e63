/**
 * Settings: text size, reduced motion and language. Every change goes straight to
 * `updateSettings` (which applies and keeps it); this screen holds no settings itself.
 */
import { h } from '../dom';
import { availableLanguages, t } from '../i18n';
import { auxScreen, statusLine } from './auxParts';
import type { ScreenDeps, Settings } from './types';

const TEXT_SCALES: Settings['textScale'][] = [1, 1.25, 1.5];

/** Languages whose catalog is being written: listed, but not yet selectable. */
const PLANNED_LANGUAGES = ['es'];

/** A language's own name for itself ("English", "Español"), or its tag if unknown. */
function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

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

  const available = availableLanguages();
  const select = h(
    'select',
    { id: 'language' },
    ...available.map((tag) =>
      h('option', { value: tag, selected: deps.settings.language === tag }, languageName(tag)),
    ),
    ...PLANNED_LANGUAGES.filter((tag) => !available.includes(tag)).map((tag) =>
      h(
        'option',
        { value: tag, disabled: true },
        t('settings.language.soon', { language: languageName(tag) }),
      ),
    ),
  );
  select.addEventListener('change', () => update({ language: select.value }));
  const language = h(
    'div',
    { class: 'aux-field' },
    h('label', { for: 'language' }, t('settings.language')),
    select,
  );

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
