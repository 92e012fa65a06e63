/**
 * Saved games under pressure: two tabs playing at once, storage that is full, an author's
 * file too big to keep, a bad save that cannot be set aside, and the slots that keep a
 * new game from overwriting a saved one. Storage here is shared by the "tabs" as a
 * browser's is: a write in one is heard by the others (the `storage` event), never by
 * itself, and a write past the quota throws QuotaExceededError.
 */
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { createAppStore, type AppStore, type TabChannel } from '../../src/store/appStore';
import {
  slotKey,
  STORAGE_KEYS,
  SLOT_COUNT,
  type KeyValueStorage,
} from '../../src/store/persistence';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import { selectPlayScreen } from '../../src/store/selectors';
import { bundledFixture, FIXTURE_FILE, fixtureText } from './fixture';

type Listener = (key: string | null, value: string | null) => void;

/** One origin's storage, shared by tabs; `limit` is its quota in characters. */
function sharedStorage(initial: Record<string, string> = {}, limit = Infinity) {
  const map = new Map(Object.entries(initial));
  const listeners = new Set<{ listener?: Listener }>();
  /** The tabs' channel (a BroadcastChannel): each message reaches every other tab. */
  const channels = new Set<{ hear?: (message: unknown) => void }>();
  const used = () => [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const tell = (self: object, key: string, value: string | null) => {
    for (const tab of listeners) if (tab !== self) tab.listener?.(key, value);
  };
  const shared = {
    map,
    limit,
    tab() {
      const self: { listener?: Listener } = {};
      listeners.add(self);
      const storage: KeyValueStorage = {
        getItem: (key) => map.get(key) ?? null,
        setItem(key, value) {
          const before = map.get(key);
          const size = used() - (before === undefined ? 0 : key.length + before.length);
          if (size + key.length + value.length > shared.limit) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          map.set(key, value);
          tell(self, key, value);
        },
        removeItem(key) {
          if (map.delete(key)) tell(self, key, null);
        },
      };
      const ear: { hear?: (message: unknown) => void } = {};
      channels.add(ear);
      const tabs: TabChannel = {
        post: (message) => {
          for (const other of channels) if (other !== ear) other.hear?.(structuredClone(message));
        },
        listen: (hear) => (ear.hear = hear),
      };
      return {
        storage,
        onStorageChange: (listener: Listener) => (self.listener = listener),
        tabs,
      };
    },
  };
  return shared;
}

let clock = 1_000;

async function openTab(shared: ReturnType<typeof sharedStorage>): Promise<AppStore> {
  const { storage, onStorageChange, tabs } = shared.tab();
  return createAppStore({
    storage,
    tabs,
    bundled: [bundledFixture()],
    checkFile: async (text, fileName) => checkScenarioFile(text, fileName),
    now: () => (clock += 1000),
    onStorageChange,
  });
}

async function startSolo(store: AppStore, seed = 5, key = FIXTURE_FILE) {
  store.getState().chooseScenario(key);
  expect(await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed })).toBe(true);
  store.getState().ackBriefing();
}

/** One month of play: the decision (no options), then any answers and the report. */
function playMonth(store: AppStore) {
  for (let guard = 0; guard < 6; guard++) {
    const play = selectPlayScreen(store.getState());
    if (play.screen === 'decide') {
      store.getState().confirmMoves('up', []);
      return;
    }
    if (play.screen === 'report') store.getState().ackReport();
    else if (play.screen === 'respond') {
      const game = store.getState().game!.getState();
      const owed = game.state.responses.filter((r) => r.responder === 'up' && !r.answer);
      store.getState().confirmAnswers(
        'up',
        owed.map((r) => ({
          move: r.move,
          answer: game.scenario.responses.find((x) => x.id === r.rule)!.answers[0]!.id,
        })),
      );
    }
  }
  throw new Error('no decision reached');
}

const logOf = (shared: ReturnType<typeof sharedStorage>, slot: number) =>
  (JSON.parse(shared.map.get(slotKey(slot))!) as { log: unknown[] }).log;

describe('two tabs', () => {
  it('never overwrite each other: the stale tab says so and keeps its game in its own slot', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    playMonth(a);
    // A second tab opens the same saved game and resumes it.
    const b = await openTab(shared);
    b.getState().resume();
    expect(b.getState().slot).toBe(a.getState().slot);
    // The first tab plays on: the second hears of it at once, before it writes anything.
    playMonth(a);
    const aLog = logOf(shared, 1);
    expect(b.getState().savesNotice).toEqual({ kind: 'other-tab', slot: 1 });
    // The stale tab plays on: the newer save is untouched; its own game is in slot 2.
    playMonth(b);
    expect(logOf(shared, 1)).toEqual(aLog);
    expect(b.getState().slot).toBe(2);
    expect(b.getState().savesNotice).toEqual({ kind: 'forked', from: 1, to: 2 });
    expect(logOf(shared, 2)).toEqual(b.getState().game!.getState().log);
    // Each tab goes on in its own slot without touching the other's.
    playMonth(a);
    playMonth(b);
    expect(logOf(shared, 1)).toEqual(a.getState().game!.getState().log);
    expect(logOf(shared, 2)).toEqual(b.getState().game!.getState().log);
  });

  it('never overwrite a newer save even when the storage event was missed', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    const { storage } = shared.tab(); // a tab whose events this store does not hear
    const b = await createAppStore({ storage, bundled: [bundledFixture()] });
    b.getState().resume();
    playMonth(a);
    const aLog = logOf(shared, 1);
    playMonth(b);
    expect(logOf(shared, 1)).toEqual(aLog);
    expect(b.getState().savesNotice).toEqual({ kind: 'forked', from: 1, to: 2 });
  });

  it('offer the other tab’s game, or keep this one as a separate saved game', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    const b = await openTab(shared);
    b.getState().resume();
    playMonth(a);
    expect(b.getState().savesNotice?.kind).toBe('other-tab');
    expect(await b.getState().openSlot(1)).toBe(true);
    expect(hashState(b.getState().game!.getState().state)).toBe(
      hashState(a.getState().game!.getState().state),
    );
    // Both tabs now have that game open, and are told so.
    expect(b.getState().savesNotice).toEqual({ kind: 'same-game', slot: 1 });
    // Now the same again, keeping this tab's game instead.
    playMonth(a);
    b.getState().keepPlayingHere();
    expect(b.getState().slot).toBe(2);
    expect(logOf(shared, 1)).toEqual(a.getState().game!.getState().log);
  });

  it('take the newer save as their own when not in a game', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    const b = await openTab(shared);
    expect(b.getState().screen).toBe('title');
    playMonth(a);
    await expect
      .poll(() => b.getState().game?.getState().log.length)
      .toBe(a.getState().game!.getState().log.length);
    expect(b.getState().savesNotice).toBeUndefined();
    b.getState().resume();
    playMonth(b);
    expect(b.getState().slot).toBe(1);
  });
});

describe('two tabs, before either saves', () => {
  it('say at once that the same game is open in both', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    const b = await openTab(shared);
    expect(a.getState().savesNotice).toBeUndefined();
    b.getState().resume();
    expect(a.getState().savesNotice).toEqual({ kind: 'same-game', slot: 1 });
    expect(b.getState().savesNotice).toEqual({ kind: 'same-game', slot: 1 });
    // A third tab on the title screen, or in another game, is not told.
    const c = await openTab(shared);
    await startSolo(c);
    expect(c.getState().slot).toBe(2);
    expect(c.getState().savesNotice).toBeUndefined();
  });
});

describe('two tabs, a deletion', () => {
  it('lets go of a game deleted in another tab while it only waits to be resumed', async () => {
    const shared = sharedStorage();
    const a = await openTab(shared);
    await startSolo(a);
    const b = await openTab(shared);
    expect(b.getState().game).toBeDefined();
    a.getState().go('title');
    a.getState().deleteSlot(1);
    expect(b.getState().game).toBeUndefined();
    expect(b.getState().savedGames()).toEqual([]);
  });
});

describe('save slots', () => {
  it('a new game never overwrites a saved one; each is listed and can be resumed', async () => {
    const shared = sharedStorage();
    const store = await openTab(shared);
    await startSolo(store, 5);
    playMonth(store);
    const first = shared.map.get(slotKey(1));
    store.getState().go('title');
    await startSolo(store, 6);
    playMonth(store);
    expect(shared.map.get(slotKey(1))).toBe(first);
    const games = store.getState().savedGames();
    expect(games.map((g) => g.slot)).toEqual([1, 2]);
    expect(games[0]).toMatchObject({
      ok: true,
      record: { summary: { title: 'The river dispute', who: ['Upland'] } },
    });
    expect(await store.getState().openSlot(1)).toBe(true);
    expect(store.getState().game!.getState().state.config.seed).toBe(5);
    expect(store.getState().screen).toBe('play');
  });

  it('migrates the single save of earlier versions into a slot on first load', async () => {
    // Played and saved as earlier versions did: the save under the old key, no slot record.
    const old = sharedStorage();
    const before = await openTab(old);
    await startSolo(before);
    playMonth(before);
    const legacy = JSON.parse(old.map.get(STORAGE_KEYS.save)!) as Record<string, unknown>;
    delete legacy.slot;
    const shared = sharedStorage({ [STORAGE_KEYS.save]: JSON.stringify(legacy) });
    const store = await openTab(shared);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().savedGames()).toEqual([
      {
        slot: 1,
        ok: true,
        record: { revision: 0, savedAt: 0 },
        scenarioId: 'river-dispute',
        scenarioKey: FIXTURE_FILE,
      },
    ]);
    store.getState().resume();
    expect(hashState(store.getState().game!.getState().state)).toBe(
      hashState(before.getState().game!.getState().state),
    );
    playMonth(store);
    const record = store.getState().savedGames()[0];
    expect(record?.ok && record.record.revision).toBeGreaterThan(0);
    // And a new game goes beside it.
    store.getState().go('title');
    await startSolo(store, 9);
    expect(store.getState().slot).toBe(2);
    expect(store.getState().savedGames()).toHaveLength(2);
  });

  it('deletes only the slot asked for', async () => {
    const shared = sharedStorage();
    const store = await openTab(shared);
    await startSolo(store, 1);
    store.getState().go('title');
    await startSolo(store, 2);
    store.getState().deleteSlot(1);
    expect(shared.map.has(slotKey(1))).toBe(false);
    expect(shared.map.has(slotKey(2))).toBe(true);
    expect(store.getState().game).toBeDefined();
    store.getState().deleteSlot(2);
    expect(store.getState().game).toBeUndefined();
  });

  it('with every slot taken, a new game plays on unsaved and says so, overwriting nothing', async () => {
    const shared = sharedStorage();
    const store = await openTab(shared);
    for (let seed = 1; seed <= SLOT_COUNT; seed++) {
      await startSolo(store, seed);
      store.getState().go('title');
    }
    const before = new Map(shared.map);
    await startSolo(store, 99);
    playMonth(store);
    for (const n of [1, 2, 3, 4, 5]) {
      expect(shared.map.get(slotKey(n))).toBe(before.get(slotKey(n)));
    }
    expect(store.getState().storageOk).toBe(false);
    expect(store.getState().savesNotice).toEqual({ kind: 'no-room' });
    expect(JSON.parse(store.getState().gameText()!).config.seed).toBe(99);
    // Once a slot is freed (here, in another tab), the game is saved there.
    const other = await openTab(shared);
    other.getState().deleteSlot(3);
    playMonth(store);
    expect(store.getState().slot).toBe(3);
    expect(store.getState().storageOk).toBe(true);
    expect(store.getState().savesNotice).toBeUndefined();
    expect(JSON.parse(shared.map.get(slotKey(3))!).config.seed).toBe(99);
  });
});

describe('storage that is full', () => {
  it('reports a refused write and keeps the game in play and the last save', async () => {
    const shared = sharedStorage();
    const store = await openTab(shared);
    await startSolo(store);
    playMonth(store);
    const saved = shared.map.get(slotKey(1));
    shared.limit = 0;
    playMonth(store);
    expect(store.getState().storageOk).toBe(false);
    expect(store.getState().savesNotice).toEqual({ kind: 'no-room' });
    expect(JSON.parse(store.getState().gameText()!).log).toEqual(
      store.getState().game!.getState().log,
    );
    expect(shared.map.get(slotKey(1))).toBe(saved);
    expect(store.getState().game!.getState().log.length).toBeGreaterThan(logOf(shared, 1).length);
    shared.limit = Infinity;
    playMonth(store);
    expect(store.getState().storageOk).toBe(true);
    expect(logOf(shared, 1)).toEqual(store.getState().game!.getState().log);
  });

  it('says when an author’s file is too big to keep, and offers it again after a reload', async () => {
    const shared = sharedStorage({}, 40_000);
    const store = await openTab(shared);
    // An author's own scenario (an id no shipped file has), padded past the quota.
    const own = fixtureText.text.replace('id: river-dispute', 'id: own-river');
    const big = `${own}\n# ${'padding '.repeat(6_000)}\n`;
    const entry = await store.getState().loadPreview(big, 'big.yaml');
    expect(entry?.result?.ok).toBe(true);
    expect(store.getState().savesNotice).toEqual({ kind: 'file-not-kept', fileName: 'big.yaml' });
    expect(shared.map.has(STORAGE_KEYS.devScenario)).toBe(false);
    expect(shared.map.has(STORAGE_KEYS.devScenarioName)).toBe(false);
    await startSolo(store, 3, 'preview:big.yaml');
    playMonth(store);
    const saved = shared.map.get(slotKey(1));
    expect(saved).toBeDefined();

    const again = await openTab(shared);
    expect(again.getState().screen).toBe('saveProblem');
    expect(again.getState().saveProblem).toEqual({
      code: 'missing-file',
      scenarioId: 'own-river',
      fileName: 'big.yaml',
    });
    again.getState().leaveProblem();
    expect(again.getState().screen).toBe('title');
    expect(shared.map.get(slotKey(1))).toBe(saved);
    // Chosen again, the file opens the saved game.
    const third = await openTab(shared);
    await third.getState().loadPreview(new TextEncoder().encode(big), 'big.yaml');
    expect(await third.getState().openSlot(third.getState().problemSlot!)).toBe(true);
    expect(hashState(third.getState().game!.getState().state)).toBe(
      hashState(store.getState().game!.getState().state),
    );
  });

  it('never drops a bad save that cannot be archived: it stays, and can be downloaded', async () => {
    const bad = `{"saveVersion": 2, "log": [${'0,'.repeat(20_000)}`;
    const shared = sharedStorage({ [STORAGE_KEYS.save]: bad }, bad.length + 1_000);
    const store = await openTab(shared);
    expect(store.getState().screen).toBe('saveProblem');
    store.getState().startFresh();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().savesNotice).toEqual({ kind: 'not-archived', slot: 1 });
    expect(store.getState().slotText(1)).toBe(bad);
    // The next game does not overwrite it.
    shared.limit = Infinity;
    await startSolo(store);
    playMonth(store);
    expect(shared.map.get(STORAGE_KEYS.save)).toBe(bad);
    expect(store.getState().slot).toBe(2);
    expect(store.getState().savedGames()[0]).toEqual({ slot: 1, ok: false, size: bad.length });
  });
});
