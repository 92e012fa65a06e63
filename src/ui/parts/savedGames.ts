/**
 * The saved games: the list to resume, download or delete from (deleting asks first),
 * the way into a new game that never overwrites one, and the notice shown beside any
 * screen when another tab saved this game, or storage could not keep a game or a file.
 */
import { listingShown } from '../i18n/scenarioLanguage';
import type { AppStore, SavesNotice } from '../../store/appStore';
import { SLOT_COUNT, type SlotInfo } from '../../store/persistence';
import { isPlayable } from '../../store/scenarios';
import { button, h } from '../dom';
import { downloadText } from '../download';
import { language, t, languageTag } from '../i18n';

const JSON_TYPE = 'application/json';

/** Whether every slot is taken, so a new game would have nowhere to be saved. */
export function slotsFull(store: AppStore): boolean {
  return store.getState().savedGames().length >= SLOT_COUNT;
}

/** "New game": to the scenarios, or, when every slot is taken, to the list that says so. */
export function startNewGame(store: AppStore, root: ParentNode): void {
  if (!slotsFull(store)) {
    store.getState().go('scenarios');
    return;
  }
  const note = root.querySelector<HTMLElement>('#saves-full');
  note?.scrollIntoView({ block: 'center' });
  note?.focus();
}

function downloadSlot(store: AppStore, n: number): void {
  const text = store.getState().slotText(n);
  if (text !== null) downloadText(`bilateral-saved-game-${n}.json`, text, JSON_TYPE);
}

function entryTitle(store: AppStore, info: SlotInfo & { ok: true }): string {
  const summary = info.record.summary;
  if (summary) return summary.title;
  const entry =
    store.getState().scenarios.find((e) => e.key === info.scenarioKey) ??
    store
      .getState()
      .scenarios.find((e) => isPlayable(e) && e.result.listing.id === info.scenarioId);
  return entry?.result?.ok
    ? listingShown(entry.result.listing, languageTag(), store.getState().bundled).title
    : info.scenarioId;
}

function entryText(store: AppStore, info: SlotInfo): { title: string; line: string } {
  if (!info.ok) {
    const text = t('saves.damaged', { size: info.size });
    return { title: text, line: text };
  }
  const title = entryTitle(store, info);
  const { summary, savedAt } = info.record;
  const details = [
    title,
    ...(summary?.who.length ? [summary.who.join(', ')] : []),
    ...(summary?.length ? [summary.length] : []),
    ...(summary ? [summary.month ?? t('saves.ended')] : []),
  ].join(' · ');
  const date = new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' });
  const line =
    savedAt > 0
      ? t('saves.details', { details, date: date.format(savedAt) })
      : `${details} · ${t('saves.unknownTime')}`;
  return { title, line };
}

/**
 * Says `text` through the page's live region, which outlives the screen (the list is
 * built again once a game is deleted).
 */
function say(text: string): void {
  const announcer = document.getElementById('announcer');
  if (!announcer) return;
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = text), 50);
}

function slotRow(store: AppStore, info: SlotInfo): HTMLElement {
  const n = info.slot;
  const { title, line } = entryText(store, info);
  const current = store.getState().slot === n && store.getState().game !== undefined;
  const actions = h('div', { class: 'actions' });
  const showActions = () =>
    actions.replaceChildren(
      info.ok
        ? button(t('saves.resume'), () => void store.getState().openSlot(n), {
            'aria-label': t('saves.resumeNamed', { title, n }),
          })
        : '',
      button(t('saves.download'), () => downloadSlot(store, n), {
        'aria-label': t('saves.downloadNamed', { n }),
      }),
      button(t('saves.delete'), confirm, { 'aria-label': t('saves.deleteNamed', { n }) }),
    );
  const confirm = () => {
    const question = h('p', { role: 'alert' }, t('saves.confirmDelete', { n, title }));
    const no = button(t('saves.confirmNo'), () => {
      showActions();
      actions.querySelector('button')?.focus();
    });
    actions.replaceChildren(
      question,
      button(
        t('saves.confirmYes'),
        () => {
          store.getState().deleteSlot(n);
          say(t('saves.deleted', { n }));
        },
        { class: 'danger' },
      ),
      no,
    );
    no.focus();
  };
  showActions();
  return h(
    'li',
    { class: 'saved-game' },
    h('p', {}, `${n}. ${line}${current ? ` ${t('saves.current')}` : ''}`),
    actions,
  );
}

/** The saved games for the title screen; null when there are none. */
export function savedGamesSection(store: AppStore): HTMLElement | null {
  const games = store.getState().savedGames();
  if (games.length === 0) return null;
  return h(
    'section',
    { class: 'saved-games', 'aria-labelledby': 'saved-games-heading' },
    h('h2', { id: 'saved-games-heading' }, t('saves.heading')),
    h('ul', { class: 'saved-games-list' }, ...games.map((info) => slotRow(store, info))),
    games.length >= SLOT_COUNT
      ? h(
          'p',
          { id: 'saves-full', class: 'note', tabindex: -1 },
          t('saves.full', { count: SLOT_COUNT }),
        )
      : null,
  );
}

function noticeText(notice: SavesNotice): string {
  switch (notice.kind) {
    case 'same-game':
      return t('saves.sameGame', { n: notice.slot });
    case 'other-tab':
      return t('saves.otherTab', { n: notice.slot });
    case 'forked':
      return t('saves.forked', { from: notice.from, to: notice.to });
    case 'no-room':
      return t('saves.noRoom');
    case 'file-not-kept':
      return t('saves.fileNotKept', { file: notice.fileName });
    case 'not-archived':
      return t('saves.notArchived', { n: notice.slot });
  }
}

/** What the page must say about the saved games beside the screen, if anything. */
export function savesNotice(store: AppStore): HTMLElement | null {
  const notice = store.getState().savesNotice;
  if (!notice) return null;
  const app = () => store.getState();
  const actions: HTMLElement[] = [];
  if (notice.kind === 'other-tab') {
    actions.push(
      button(t('saves.openOther'), () => void app().openSlot(notice.slot), { class: 'primary' }),
      button(t('saves.keepHere'), () => app().keepPlayingHere()),
    );
  } else if (notice.kind === 'forked') {
    actions.push(button(t('saves.openOther'), () => void app().openSlot(notice.from)));
  } else if (notice.kind === 'no-room') {
    actions.push(
      button(t('saves.downloadGame'), () => {
        const text = app().gameText();
        if (text !== undefined) downloadText('bilateral-game.json', text, JSON_TYPE);
      }),
    );
  } else if (notice.kind === 'not-archived') {
    actions.push(button(t('saves.downloadSave'), () => downloadSlot(store, notice.slot)));
  }
  if (notice.kind !== 'other-tab') {
    actions.push(button(t('saves.dismiss'), () => app().dismissNotice()));
  }
  return h(
    'div',
    { class: 'warning saves-notice', role: 'alert' },
    h('p', {}, noticeText(notice)),
    h('div', { class: 'actions' }, ...actions),
  );
}
