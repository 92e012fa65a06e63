/**
 * The optional timer of a team's turn: a visible countdown, a few polite announcements
 * for screen readers (each whole minute left, then ten seconds), and a call when time
 * is up. The clock is passed in, so tests run it on fake time; it stops by itself once
 * its element has left the page (the screen moved on).
 */
import { h } from '../dom';
import { language, t } from '../i18n';
import { formatNumber } from '../../words/format';

export type Clock = {
  /** Milliseconds, growing. */
  now(): number;
  /** Calls `fn` about every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
};

export const realClock: Clock = {
  now: () => performance.now(),
  every(ms, fn) {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/**
 * The whole seconds left at which to speak, between `before` (exclusive) and `after`
 * (inclusive) as time runs down: each whole minute, and ten seconds before the end. The
 * start itself is not announced (the screen says how long there is).
 */
export function announcementsBetween(before: number, after: number): number[] {
  const due: number[] = [];
  for (let s = before - 1; s >= after; s--) {
    if (s > 0 && (s % 60 === 0 || s === 10)) due.push(s);
  }
  return due;
}

export type Countdown = {
  /** Seconds left, whole, never below 0. */
  left(): number;
  stop(): void;
};

/**
 * Counts `seconds` down on `clock`: `onTick` with the seconds left at each change,
 * `onAnnounce` at the moments `announcementsBetween` gives, and `onEnd` once at zero.
 * `alive` is asked at each tick; when it answers false the countdown stops silently.
 */
export function startCountdown(
  seconds: number,
  clock: Clock,
  handlers: {
    onTick(left: number): void;
    onAnnounce(left: number): void;
    onEnd(): void;
    alive?: () => boolean;
  },
): Countdown {
  const start = clock.now();
  let shown = seconds;
  let stopped = false;
  const left = () => Math.max(0, Math.ceil(seconds - (clock.now() - start) / 1000));
  const stopTicking = clock.every(250, () => {
    if (stopped) return;
    if (handlers.alive && !handlers.alive()) {
      stop();
      return;
    }
    const now = left();
    if (now === shown) return;
    for (const s of announcementsBetween(shown, now)) handlers.onAnnounce(s);
    shown = now;
    handlers.onTick(now);
    if (now === 0) {
      stop();
      handlers.onEnd();
    }
  });
  function stop() {
    stopped = true;
    stopTicking();
  }
  return { left, stop };
}

/** "2:05" */
export function clockText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${formatNumber(m, language())}:${String(s).padStart(2, '0')}`;
}

/**
 * The timer as DOM, started: the countdown in sight, announcements in a polite live
 * region. `onEnd` runs once when time is up, while the element is still on the page.
 */
export function timerPart(
  seconds: number,
  onEnd: () => void,
  clock: Clock = realClock,
): HTMLElement {
  const shown = h('span', { class: 'timer-value' }, clockText(seconds));
  const spoken = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const element = h('p', { class: 'timer' }, h('span', {}, t('timer.left'), ' ', shown), spoken);
  startCountdown(seconds, clock, {
    alive: () => element.isConnected,
    onTick: (left) => {
      shown.textContent = clockText(left);
      element.classList.toggle('timer-low', left <= 10);
    },
    onAnnounce: (left) => {
      spoken.textContent =
        left >= 60
          ? t('timer.minutes', { count: Math.round(left / 60) })
          : t('timer.seconds', { count: left });
    },
    onEnd: () => {
      spoken.textContent = t('timer.up');
      onEnd();
    },
  });
  return element;
}
