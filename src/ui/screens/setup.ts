/**
 * Role and mode: advise one government alone (the computer plays the others), or two
 * teams on one device. The game number (seed) is shown and editable, so a class can
 * play the same game and compare.
 */
import { listingShown } from '../i18n/scenarioLanguage';
import type { AppStore } from '../../store/appStore';
import { isPlayable, type ScenarioListing } from '../../store/scenarios';
import { button, h } from '../dom';
import { language, t, languageTag } from '../i18n';
import { formatNumber, humanizeId } from '../../words/format';
import { TEAM_NAME_MAX } from '../../data/saveVersion';
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
      label: t('setup.teams', { count: scenario.roles.length }),
      hint: t('setup.teamsHint', { names: names.join(', ') }),
      humanRoles: scenario.roles.map((r) => r.id),
      mode: 'teams',
    },
  ];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The game lengths on offer as radios, the first (the shortest) chosen. */
function lengthField(scenario: ScenarioListing): HTMLElement | null {
  if (scenario.lengths.length === 0) return null;
  const lang = language();
  return h(
    'fieldset',
    { class: 'setup-lengths' },
    h('legend', {}, t('setup.length')),
    ...scenario.lengths.map((length, i) => {
      const id = `length-${length.id}`;
      return h(
        'div',
        { class: 'choice' },
        h('input', {
          type: 'radio',
          name: 'length',
          id,
          value: length.id,
          checked: i === 0,
          'aria-describedby': `${id}-hint`,
        }),
        h(
          'label',
          { for: id },
          h(
            'span',
            { class: 'choice-label' },
            length.minutes !== undefined
              ? t('setup.lengthMinutes', {
                  name: capitalised(humanizeId(length.id)),
                  count: length.turns,
                  minutes: formatNumber(length.minutes, lang),
                })
              : t('setup.lengthTurns', {
                  name: capitalised(humanizeId(length.id)),
                  count: length.turns,
                }),
          ),
          h('span', { class: 'choice-hint', id: `${id}-hint` }, length.label),
        ),
      );
    }),
  );
}

/** For a class: a name for each team (the government's by default) and an optional timer. */
function teamFields(scenario: ScenarioListing): HTMLElement {
  return h(
    'fieldset',
    { class: 'setup-teams', id: 'setup-teams' },
    h('legend', {}, t('setup.teamNames')),
    ...scenario.roles.map((role) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: `team-${role.id}` }, t('setup.teamName', { name: role.name })),
        h('input', {
          type: 'text',
          id: `team-${role.id}`,
          name: `team-${role.id}`,
          value: role.name,
          maxlength: TEAM_NAME_MAX,
          autocomplete: 'off',
        }),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'timer' }, t('setup.timer')),
      h(
        'select',
        { id: 'timer', 'aria-describedby': 'timer-hint' },
        h('option', { value: '0', selected: true }, t('setup.timerOff')),
        ...TIMER_MINUTES.map((m) =>
          h('option', { value: String(m * 60) }, t('setup.timerMinutes', { count: m })),
        ),
      ),
      h('p', { class: 'note', id: 'timer-hint' }, t('setup.timerHint')),
    ),
  );
}

/** The timer lengths offered for a team's turn, in minutes. */
const TIMER_MINUTES = [2, 3, 5] as const;

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
  const scenario = listingShown(entry.result.listing, languageTag(), store.getState().bundled);
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
  const teams = teamFields(scenario);
  const error = h('p', { class: 'error', id: 'setup-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'setup-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('setup.mode')), ...radios),
    teams,
    lengthField(scenario),
    h(
      'details',
      { class: 'setup-more' },
      h('summary', {}, t('setup.more')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'seed' }, t('setup.seed')),
        seed,
        h('p', { class: 'note', id: 'seed-hint' }, t('setup.seedHint')),
      ),
    ),
    app.game ? h('p', { class: 'warning' }, t('setup.replaces')) : null,
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('setup.start')),
    ),
  );
  const picked = () =>
    options.find(
      (c) => c.id === form.querySelector<HTMLInputElement>('input[name="side"]:checked')?.value,
    ) ?? options[0];
  // Team names and the timer only for a class playing in teams.
  const showTeams = () => {
    teams.hidden = picked()?.mode !== 'teams';
  };
  form.addEventListener('change', showTeams);
  showTeams();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = picked();
    const value = Number(seed.value);
    if (
      !choice ||
      seed.value.trim() === '' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > 4294967295
    ) {
      error.textContent = t('setup.seedInvalid');
      form.querySelector('details')?.setAttribute('open', '');
      seed.focus();
      return;
    }
    const length = form.querySelector<HTMLInputElement>('input[name="length"]:checked')?.value;
    const teamNames: Record<string, string> = {};
    let timer = 0;
    if (choice.mode === 'teams') {
      for (const role of scenario.roles) {
        const input = form.querySelector<HTMLInputElement>(`#team-${role.id}`);
        // A name left as the government's is no name: the government's is shown, in
        // whatever language the screen speaks.
        if (input && input.value.trim() !== role.name) teamNames[role.id] = input.value;
      }
      timer = Number(form.querySelector<HTMLSelectElement>('#timer')?.value ?? 0);
    }
    void store.getState().startGame({
      humanRoles: choice.humanRoles,
      mode: choice.mode,
      seed: value,
      ...(length !== undefined ? { length } : {}),
      ...(choice.mode === 'teams' ? { teamNames } : {}),
      ...(timer > 0 ? { timer } : {}),
    });
  });
  return screen(
    root,
    {
      id: 'setup',
      heading: t('setup.heading'),
      lead: h(
        'div',
        { class: 'setup-scenario' },
        h('p', { class: 'setup-title' }, scenario.title),
        h('p', {}, scenario.summary),
      ),
    },
    form,
    h(
      'p',
      {},
      button(t('setup.back'), () => store.getState().go('scenarios')),
    ),
  );
}
