import Phaser from 'phaser';

/** How long the loop keeps running after the last change, so the new frame is presented. */
const SETTLE_MS = 250;

/**
 * Puts the game loop to sleep whenever the stage is still, and wakes it for a change.
 * The stage only changes when the view, the window size or the tab's visibility does, so
 * a sleeping loop costs nothing on a classroom laptop while the canvas keeps its last frame.
 */
export class IdleLoop {
  private awakeUntil = 0;
  private readonly onResize = () => this.poke();

  /** `busy` tells whether something is still moving (a tween, a camera effect). */
  constructor(
    private readonly game: Phaser.Game,
    private readonly busy: () => boolean,
  ) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.check, this);
    game.events.on(Phaser.Core.Events.VISIBLE, this.onResize);
    window.addEventListener('resize', this.onResize);
  }

  /** Runs the loop for at least the settle time from now. */
  poke(): void {
    this.awakeUntil = performance.now() + SETTLE_MS;
    const loop = this.game.loop;
    if (!loop.running) {
      // A long sleep must not count as one huge frame for the tweens about to start.
      loop.resetDelta();
      loop.wake();
    }
  }

  /** Stops listening and leaves the loop running, as Phaser expects at shutdown. */
  destroy(): void {
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.check, this);
    this.game.events.off(Phaser.Core.Events.VISIBLE, this.onResize);
    window.removeEventListener('resize', this.onResize);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  private check(): void {
    if (performance.now() >= this.awakeUntil && !this.busy()) this.game.loop.sleep();
  }
}
