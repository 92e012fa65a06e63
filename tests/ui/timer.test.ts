import { describe, expect, it } from 'vitest';
import { announcementsBetween, startCountdown, type Clock } from '../../src/ui/parts/timer';

/** A clock the test moves by hand: `advance` runs the ticks that fall due. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let time = 0;
  const timers: { every: number; next: number; fn: () => void; on: boolean }[] = [];
  return {
    now: () => time,
    every(ms, fn) {
      const timer = { every: ms, next: time + ms, fn, on: true };
      timers.push(timer);
      return () => {
        timer.on = false;
      };
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((x) => x.on && x.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        time = due.next;
        due.next += due.every;
        due.fn();
      }
      time = end;
    },
  };
}

describe('the turn timer', () => {
  it('announces each whole minute left and ten seconds before the end, never the start', () => {
    expect(announcementsBetween(180, 0)).toEqual([120, 60, 10]);
    expect(announcementsBetween(61, 59)).toEqual([60]);
    expect(announcementsBetween(12, 11)).toEqual([]);
    expect(announcementsBetween(11, 10)).toEqual([10]);
  });

  it('counts down on fake time, announces politely at those moments, ends once at zero', () => {
    const clock = fakeClock();
    const ticks: number[] = [];
    const spoken: number[] = [];
    let ended = 0;
    const countdown = startCountdown(125, clock, {
      onTick: (left) => ticks.push(left),
      onAnnounce: (left) => spoken.push(left),
      onEnd: () => ended++,
    });
    clock.advance(4_000);
    expect(countdown.left()).toBe(121);
    expect(spoken).toEqual([]);
    clock.advance(1_000);
    expect(countdown.left()).toBe(120);
    expect(spoken).toEqual([120]);
    clock.advance(200_000);
    expect(spoken).toEqual([120, 60, 10]);
    expect(ended).toBe(1);
    expect(ticks.at(-1)).toBe(0);
    expect(countdown.left()).toBe(0);
  });

  it('stops silently once its screen is gone, so time running out there does nothing', () => {
    const clock = fakeClock();
    let alive = true;
    let ended = 0;
    startCountdown(30, clock, {
      onTick: () => undefined,
      onAnnounce: () => undefined,
      onEnd: () => ended++,
      alive: () => alive,
    });
    clock.advance(10_000);
    alive = false;
    clock.advance(60_000);
    expect(ended).toBe(0);
  });
});
