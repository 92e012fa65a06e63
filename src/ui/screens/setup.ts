/**
 * Role and mode: advise one government alone (the computer plays the others), or two
 * teams on one device. The game number (seed) is shown and editable, so a class can
 * play the same game and compare.
 */
import type { AppStore } from '../../store/appStore';
import { isPlayable, type ScenarioListing } from '../../store/scenarios';
import { button, h } from '../dom';
import { t } from '../i18n';
import { screen } from '../parts/frame';

/** A seed for a new game; the player may replace it. */
export function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return (values[0] ?? 1) % 1_000_000;
}

type Choice = {
  id: string;
  label: string;
  hint: string;
  humanRoles: string[];
  mode: 'solo' | 'teams';
};

function choices(scenario: ScenarioListing): Choice[] {
  const names = scenario.roles.map((r) => r.name);
  const solo = scenario.roles.map((role) => ({
    id: `solo-${role.id}`,
    label: t('setup.solo', { name: role.name }),
    hint: t('setup.soloHint', {
      adviser: role.adviser,
      others: scenario.roles
        .filter((r) => r.id !== role.id)
        .map((r) => r.name)
        .join(', '),
    }),
    humanRoles: [role.id],
    mode: 'solo' as const,
  }));
  return [
    ...solo,
    {
      id: 'teams',
      label: t('setup.teams'),
      hint: t('setup.teamsHint', { names: names.join(', ') }),
      humanRoles: scenario.roles.map((r) => r.id),
      mode: 'teams',
    },
  ];
}

export function renderSetup(root: HTMLElement, store: AppStore): HTMLElement {
  const app = store.getState();
  const entry = app.scenarios.find((e) => e.key === app.chosenKey);
  if (!isPlayable(entry)) {
    return screen(
      root,
      { id: 'setup', heading: t('setup.heading') },
      h('p', {}, t('setup.noScenario')),
      button(t('setup.back'), () => store.getState().go('scenarios')),
    );
  }
  const scenario = entry.result.listing;
  const options = choices(scenario);
  const radios = options.map((choice, i) => {
    const input = h('input', {
      type: 'radio',
      name: 'side',
      id: `side-${choice.id}`,
      value: choice.id,
      checked: i === 0,
      'aria-describedby': `side-${choice.id}-hint`,
    });
    return h(
      'div',
      { class: 'choice' },
      input,
      h(
        'label',
        { for: input.id },
        h('span', { class: 'choice-label' }, choice.label),
        h('span', { class: 'choice-hint', id: `side-${choice.id}-hint` }, choice.hint),
      ),
    );
  });
  const seed = h('input', {
    type: 'number',
    id: 'seed',
    min: 0,
    max: 4294967295,
    step: 1,
    inputmode: 'numeric',
    value: String(randomSeed()),
    'aria-describedby': 'seed-hint',
  });
  const error = h('p', { class: 'error', id: 'setup-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'setup-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('setup.mode')), ...radios),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'seed' }, t('setup.seed')),
      seed,
      h('p', { class: 'note', id: 'seed-hint' }, t('setup.seedHint')),
    ),
    app.game ? h('p', { class: 'warning' }, t('setup.replaces')) : null,
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('setup.start')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>('input[name="side"]:checked');
    const choice = options.find((c) => c.id === picked?.value) ?? options[0];
    const value = Number(seed.value);
    if (
      !choice ||
      seed.value.trim() === '' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > 4294967295
    ) {
      error.textContent = t('setup.seedInvalid');
      seed.focus();
      return;
    }
    void store
      .getState()
      .startGame({ humanRoles: choice.humanRoles, mode: choice.mode, seed: value });
  });
  return screen(
    root,
    {
      id: 'setup',
      heading: t('setup.heading'),
      lead: h('p', {}, t('setup.scenario', { title: scenario.title })),
    },
    form,
    h(
      'p',
      {},
      button(t('setup.back'), () => store.getState().go('scenarios')),
    ),
  );
}
