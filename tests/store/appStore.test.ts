import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { activeScenario, createAppStore } from '../../src/store/appStore';
import { memoryStorage, STORAGE_KEYS } from '../../src/store/persistence';
import { selectPlayScreen } from '../../src/store/selectors';
import { FIXTURE_FILE, fixtureText } from './fixture';

function boot(storage = memoryStorage()) {
  return { storage, store: createAppStore({ storage, bundled: [fixtureText], now: () => 1000 }) };
}

function startSolo(store: ReturnType<typeof boot>['store'], seed = 5) {
  store.getState().chooseScenario(FIXTURE_FILE);
  expect(store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed })).toBe(true);
}

describe('app store', () => {
  it('starts on the title screen with the bundled scenario loaded', () => {
    const { store } = boot();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().scenarios).toHaveLength(1);
    expect(store.getState().scenarios[0]!.result.ok).toBe(true);
    expect(activeScenario(store.getState())?.meta.id).toBe('river-dispute');
  });

  it('autosaves after every action, and a new app resumes the same game', () => {
    const { storage, store } = boot();
    startSolo(store);
    expect(store.getState().screen).toBe('briefing');
    store.getState().ackBriefing();
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'decide', role: 'up' });
    expect(store.getState().confirmMoves('up', ['joint-survey'])).toBe(true);
    const saved = JSON.parse(storage.getItem(STORAGE_KEYS.save)!);
    expect(saved.log.slice(0, 2)).toEqual([
      { type: 'chooseOption', role: 'up', option: 'joint-survey' },
      { type: 'endMoves', role: 'up' },
    ]);
    expect(saved.progress).toMatchObject({ briefingSeen: true, reportsSeen: 0 });

    const again = boot(storage).store;
    expect(again.getState().screen).toBe('title');
    again.getState().resume();
    expect(again.getState().screen).toBe('play');
    expect(hashState(again.getState().game!.getState().state)).toBe(
      hashState(store.getState().game!.getState().state),
    );
    expect(selectPlayScreen(again.getState())).toEqual(selectPlayScreen(store.getState()));
  });

  it('walks a solo game through reports to the debrief', () => {
    const { store } = boot();
    startSolo(store);
    store.getState().ackBriefing();
    for (let guard = 0; guard < 30; guard++) {
      const play = selectPlayScreen(store.getState());
      if (play.screen === 'debrief') break;
      if (play.screen === 'report') store.getState().ackReport();
      else if (play.screen === 'decide') store.getState().confirmMoves('up', []);
      else if (play.screen === 'respond') {
        const { state } = store.getState().game!.getState();
        const owed = state.responses.filter((r) => r.responder === 'up' && r.answer === undefined);
        const rules = store.getState().game!.getState().scenario.responses;
        store.getState().confirmAnswers(
          'up',
          owed.map((r) => ({
            move: r.move,
            answer: rules.find((x) => x.id === r.rule)!.answers[0]!.id,
          })),
        );
      } else throw new Error(`unexpected ${play.screen}`);
    }
    const { state } = store.getState().game!.getState();
    expect(state.phase).toBe('ended');
    expect(store.getState().progress.reportsSeen).toBe(state.history.length);
  });

  it('hides each team behind the pass screen until it takes the device', () => {
    const { store } = boot();
    store.getState().chooseScenario(FIXTURE_FILE);
    store.getState().startGame({ humanRoles: ['up', 'down'], mode: 'teams', seed: 1 });
    store.getState().ackBriefing();
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'up' });
    store.getState().unlock('up');
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'decide', role: 'up' });
    store.getState().confirmMoves('up', ['build-dam']);
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'down' });
    store.getState().unlock('down');
    store.getState().confirmMoves('down', ['open-talks']);
    // Lowland owes an answer to the dam; Upland to the talks. Scenario order: Upland first.
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'up' });
  });

  it.each([
    ['corrupt JSON', () => '{"saveVersion": 1, "log": [', 'format'],
    ['an outdated format', () => JSON.stringify({ saveVersion: 0 }), 'format'],
  ])('reports %s and starts fresh, keeping the old save', (_name, raw, code) => {
    const storage = memoryStorage({ [STORAGE_KEYS.save]: raw() });
    const { store } = boot(storage);
    expect(store.getState().screen).toBe('saveProblem');
    expect(store.getState().saveProblem?.code).toBe(code);
    store.getState().startFresh();
    expect(store.getState().screen).toBe('title');
    expect(storage.getItem(STORAGE_KEYS.save)).toBeNull();
    expect(storage.getItem(`${STORAGE_KEYS.archivedSavePrefix}1000`)).toBe(raw());
  });

  it('reports a save for a missing scenario, another scenario version, or a refused log', () => {
    const { storage, store } = boot();
    startSolo(store);
    const good = JSON.parse(storage.getItem(STORAGE_KEYS.save)!);
    const cases = [
      [{ ...good, scenarioId: 'elsewhere' }, 'missing-scenario'],
      [{ ...good, scenarioVersion: '0.9.0' }, 'replay'],
      [{ ...good, hash: '0000000000000000' }, 'replay'],
      [{ ...good, log: [{ type: 'endMoves', role: 'down' }] }, 'replay'],
    ] as const;
    for (const [save, code] of cases) {
      const copy = memoryStorage({ [STORAGE_KEYS.save]: JSON.stringify(save) });
      expect(boot(copy).store.getState().saveProblem?.code).toBe(code);
    }
  });

  it('loads an author preview, keeps it in storage, and shows its problems', () => {
    const { storage, store } = boot();
    const entry = store.getState().loadPreview('schemaVersion: 1\nmeta: {}\n', 'mine.yaml');
    expect(entry.result.ok).toBe(false);
    expect(storage.getItem(STORAGE_KEYS.devScenario)).toContain('schemaVersion');
    const again = boot(storage).store;
    const preview = again.getState().scenarios.find((e) => e.origin === 'preview');
    expect(preview?.fileName).toBe('mine.yaml');
    expect(preview?.result.ok).toBe(false);
    again.getState().removePreview();
    expect(storage.getItem(STORAGE_KEYS.devScenario)).toBeNull();
  });

  it('opens aux screens over the game and returns to it', () => {
    const { store } = boot();
    startSolo(store);
    store.getState().ackBriefing();
    store.getState().go('glossary');
    store.getState().go('evidence');
    expect(activeScenario(store.getState())?.meta.id).toBe('river-dispute');
    store.getState().back();
    expect(store.getState().screen).toBe('play');
  });

  it('persists settings apart from the save', () => {
    const { storage, store } = boot();
    store.getState().updateSettings({ textScale: 1.5 });
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.settings)!)).toMatchObject({ textScale: 1.5 });
    expect(boot(storage).store.getState().settings.textScale).toBe(1.5);
  });
});
