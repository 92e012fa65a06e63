import { describe, expect, it } from 'vitest';
import { answerChoices, hashState } from '../../src/engine';
import { activeScenario, createAppStore, type AppStore } from '../../src/store/appStore';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import { memoryStorage, STORAGE_KEYS } from '../../src/store/persistence';
import type { ScenarioChecker } from '../../src/store/scenarioCheck';
import { selectPlayScreen } from '../../src/store/selectors';
import { bundledFixture, FIXTURE_FILE, fixtureText } from './fixture';

/** A checker on the page's thread that counts the files it is given. */
function countingChecker(): ScenarioChecker & { files: string[] } {
  const files: string[] = [];
  return Object.assign(
    async (text: string | Uint8Array, fileName: string) => {
      files.push(fileName);
      return checkScenarioFile(text, fileName);
    },
    { files },
  );
}

async function boot(storage = memoryStorage(), bundled = bundledFixture()) {
  const checkFile = countingChecker();
  const store = await createAppStore({ storage, bundled: [bundled], checkFile, now: () => 1000 });
  return { storage, store, bundled, checkFile };
}

async function startSolo(store: AppStore, seed = 5) {
  store.getState().chooseScenario(FIXTURE_FILE);
  expect(await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed })).toBe(true);
}

/** Gives the first answer the engine allows to every move `role` owes an answer. */
function answerAll(store: AppStore, role: string): void {
  const { compiled, state } = store.getState().game!.getState();
  const owed = state.responses.filter((r) => r.responder === role && r.answer === undefined);
  const answers = owed.map((r) => {
    const choice = answerChoices(compiled, state, r.move, role).find((c) => c.available)!;
    return { move: r.move, answer: choice.answer.id };
  });
  expect(store.getState().confirmAnswers(role, answers)).toBe(true);
}

describe('app store', () => {
  it('starts on the title screen with the bundled scenario listed, not yet loaded', async () => {
    const { store, bundled } = await boot();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().scenarios).toHaveLength(1);
    const entry = store.getState().scenarios[0]!;
    expect(entry.result).toMatchObject({ ok: true, listing: { id: 'river-dispute' } });
    expect(bundled.loads).toBe(0);
    expect(activeScenario(store.getState())).toBeUndefined();
  });

  it('loads a scenario once, when it is chosen, and starts its game from it', async () => {
    const { store, bundled } = await boot();
    store.getState().chooseScenario(FIXTURE_FILE);
    expect(store.getState().screen).toBe('setup');
    expect(bundled.loads).toBe(1);
    expect(await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed: 1 })).toBe(
      true,
    );
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().loading).toBeUndefined();
    expect(bundled.loads).toBe(1);
    expect(Object.isFrozen(store.getState().game!.getState().scenario.options)).toBe(true);
  });

  it('shows that it waits for a scenario, and says why a load failed, then tries again', async () => {
    const { store, bundled } = await boot();
    bundled.fail = new Error('network down');
    store.getState().chooseScenario(FIXTURE_FILE);
    const starting = store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed: 1 });
    expect(store.getState().loading).toBe(FIXTURE_FILE);
    expect(await starting).toBe(false);
    expect(store.getState().loading).toBeUndefined();
    expect(store.getState().loadFailure).toEqual({ key: FIXTURE_FILE, message: 'network down' });
    expect(store.getState().screen).toBe('setup');
    bundled.fail = undefined;
    store.getState().retryLoad();
    await expect.poll(() => store.getState().loaded[FIXTURE_FILE]).toBeDefined();
    expect(store.getState().loadFailure).toBeUndefined();
    expect(await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed: 1 })).toBe(
      true,
    );
  });

  it('opens the glossary from the title by loading the first playable scenario', async () => {
    const { store, bundled } = await boot();
    store.getState().go('glossary');
    expect(store.getState().loading).toBe(FIXTURE_FILE);
    await expect.poll(() => store.getState().loading).toBeUndefined();
    expect(bundled.loads).toBe(1);
    expect(activeScenario(store.getState())?.meta.id).toBe('river-dispute');
  });

  it('autosaves after every action, and a new app resumes the same game', async () => {
    const { storage, store } = await boot();
    await startSolo(store);
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

    const again = (await boot(storage)).store;
    expect(again.getState().screen).toBe('title');
    again.getState().resume();
    expect(again.getState().screen).toBe('play');
    expect(hashState(again.getState().game!.getState().state)).toBe(
      hashState(store.getState().game!.getState().state),
    );
    expect(selectPlayScreen(again.getState())).toEqual(selectPlayScreen(store.getState()));
  });

  it('walks a solo game through reports to the debrief', async () => {
    const { store } = await boot();
    await startSolo(store);
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

  it('hides each team behind the pass screen until it takes the device', async () => {
    const { store } = await boot();
    store.getState().chooseScenario(FIXTURE_FILE);
    await store.getState().startGame({ humanRoles: ['up', 'down'], mode: 'teams', seed: 1 });
    store.getState().ackBriefing();
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'up' });
    store.getState().unlock('up');
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'decide', role: 'up' });
    store.getState().confirmMoves('up', ['build-dam']);
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'down' });
    store.getState().unlock('down');
    store.getState().confirmMoves('down', ['open-talks']);
    // Lowland keeps the device to answer the dam; then Upland answers the talks.
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'respond', role: 'down' });
    answerAll(store, 'down');
    expect(selectPlayScreen(store.getState())).toEqual({ screen: 'pass', role: 'up' });
  });

  it('has teams hand the device over at most twice a month, each visit answering then moving', async () => {
    const { store } = await boot();
    store.getState().chooseScenario(FIXTURE_FILE);
    await store.getState().startGame({ humanRoles: ['up', 'down'], mode: 'teams', seed: 3 });
    store.getState().ackBriefing();
    const handovers = new Map<number, number>();
    let holder: string | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const app = store.getState();
      const play = selectPlayScreen(app);
      const turn = app.game!.getState().state.turn;
      if (play.screen === 'debrief') break;
      if (play.screen === 'pass') {
        if (holder !== undefined && play.role !== holder) {
          handovers.set(turn, (handovers.get(turn) ?? 0) + 1);
        }
        holder = play.role;
        app.unlock(play.role!);
      } else if (play.screen === 'decide') {
        expect(app.confirmMoves(play.role!, [])).toBe(true);
      } else if (play.screen === 'respond') {
        answerAll(store, play.role!);
      } else {
        app.ackReport();
      }
    }
    const state = store.getState().game!.getState().state;
    expect(state.phase).toBe('ended');
    expect(handovers.size).toBeGreaterThan(0);
    for (const count of handovers.values()) expect(count).toBeLessThanOrEqual(2);
  });

  it('keeps the team names in the game and its save, and reads older saves without them', async () => {
    const { storage, store } = await boot();
    store.getState().chooseScenario(FIXTURE_FILE);
    await store.getState().startGame({
      humanRoles: ['up', 'down'],
      mode: 'teams',
      seed: 2,
      teamNames: { up: '  Hawks ', down: '' },
    });
    // A team left without a name goes by its government's, in the screen's language.
    const names = { up: 'Hawks' };
    expect(store.getState().game!.getState().teamNames).toEqual(names);
    const saved = JSON.parse(storage.getItem(STORAGE_KEYS.save)!);
    expect(saved.teamNames).toEqual(names);
    const again = await boot(storage);
    expect(again.store.getState().game!.getState().teamNames).toEqual(names);
    delete saved.teamNames;
    const older = await boot(memoryStorage({ [STORAGE_KEYS.save]: JSON.stringify(saved) }));
    // Without names in the save, each team goes by its government's name.
    expect(older.store.getState().game!.getState().teamNames).toEqual({});
  });

  it.each([
    ['corrupt JSON', () => '{"saveVersion": 1, "log": [', 'format'],
    ['an outdated format', () => JSON.stringify({ saveVersion: 0 }), 'format'],
  ])('reports %s and starts fresh, keeping the old save', async (_name, raw, code) => {
    const storage = memoryStorage({ [STORAGE_KEYS.save]: raw() });
    const { store } = await boot(storage);
    expect(store.getState().screen).toBe('saveProblem');
    expect(store.getState().saveProblem?.code).toBe(code);
    store.getState().startFresh();
    expect(store.getState().screen).toBe('title');
    expect(storage.getItem(STORAGE_KEYS.save)).toBeNull();
    expect(storage.getItem(`${STORAGE_KEYS.archivedSavePrefix}1000`)).toBe(raw());
  });

  it('reports a save for a missing scenario, another scenario version, or a refused log', async () => {
    const { storage, store } = await boot();
    await startSolo(store);
    const good = JSON.parse(storage.getItem(STORAGE_KEYS.save)!);
    const cases = [
      [{ ...good, scenarioId: 'elsewhere' }, 'missing-scenario'],
      [{ ...good, scenarioVersion: '0.9.0' }, 'replay'],
      [{ ...good, hash: '0000000000000000' }, 'replay'],
      [{ ...good, log: [{ type: 'endMoves', role: 'down' }] }, 'replay'],
    ] as const;
    for (const [save, code] of cases) {
      const copy = memoryStorage({ [STORAGE_KEYS.save]: JSON.stringify(save) });
      expect((await boot(copy)).store.getState().saveProblem?.code).toBe(code);
    }
  });

  it('keeps an author file, checks it in the background, and shows its problems', async () => {
    const { storage, store, checkFile } = await boot();
    const checking = store.getState().loadPreview('schemaVersion: 1\nmeta: {}\n', 'mine.yaml');
    // Kept at once, listed as being checked until the check ends.
    expect(storage.getItem(STORAGE_KEYS.devScenario)).toContain('schemaVersion');
    expect(store.getState().scenarios.find((e) => e.origin === 'preview')?.result).toBeUndefined();
    const entry = await checking;
    expect(entry?.result?.ok).toBe(false);
    expect(checkFile.files).toEqual(['mine.yaml']);

    // A new page does not read the kept file until the scenario screen asks for it.
    const again = await boot(storage);
    const kept = () => again.store.getState().scenarios.find((e) => e.origin === 'preview');
    expect(kept()?.fileName).toBe('mine.yaml');
    expect(kept()?.result).toBeUndefined();
    expect(again.checkFile.files).toEqual([]);
    again.store.getState().checkKeptFile();
    again.store.getState().checkKeptFile();
    await expect.poll(() => kept()?.result?.ok).toBe(false);
    expect(again.checkFile.files).toEqual(['mine.yaml']);
    again.store.getState().removePreview();
    expect(storage.getItem(STORAGE_KEYS.devScenario)).toBeNull();
    expect(kept()).toBeUndefined();
  });

  it('drops the check of a file that a newer file or a removal replaced', async () => {
    const { store } = await boot();
    const first = store.getState().loadPreview(fixtureText.text, 'first.yaml');
    store.getState().removePreview();
    expect(await first).toBeUndefined();
    expect(store.getState().scenarios.some((e) => e.origin === 'preview')).toBe(false);
    expect(Object.keys(store.getState().loaded)).toEqual([]);
  });

  it('plays an author file and resumes its game after a reload', async () => {
    const { storage, store } = await boot();
    const entry = await store.getState().loadPreview(fixtureText.text, 'mine.yaml');
    expect(entry?.result?.ok).toBe(true);
    store.getState().chooseScenario('preview:mine.yaml');
    expect(await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed: 4 })).toBe(
      true,
    );
    store.getState().ackBriefing();
    store.getState().confirmMoves('up', []);
    const again = await boot(storage);
    // The save names the kept file, so it was checked while the page opened.
    expect(again.checkFile.files).toEqual(['mine.yaml']);
    expect(again.store.getState().saveProblem).toBeUndefined();
    expect(again.store.getState().progress.scenarioKey).toBe('preview:mine.yaml');
    expect(again.bundled.loads).toBe(0);
    expect(hashState(again.store.getState().game!.getState().state)).toBe(
      hashState(store.getState().game!.getState().state),
    );
  });

  it('opens aux screens over the game and returns to it', async () => {
    const { store } = await boot();
    await startSolo(store);
    store.getState().ackBriefing();
    store.getState().go('glossary');
    store.getState().go('evidence');
    expect(store.getState().loading).toBeUndefined();
    expect(activeScenario(store.getState())?.meta.id).toBe('river-dispute');
    store.getState().back();
    expect(store.getState().screen).toBe('play');
  });

  it('persists settings apart from the save', async () => {
    const { storage, store } = await boot();
    store.getState().updateSettings({ textScale: 1.5 });
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.settings)!)).toMatchObject({ textScale: 1.5 });
    expect((await boot(storage)).store.getState().settings.textScale).toBe(1.5);
  });
});
