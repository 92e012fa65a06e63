import type Phaser from 'phaser';

/** Length of the fade that marks a new phase. */
export const TRANSITION_MS = 320;

/**
 * Marks a change of phase: the camera fades in from the background colour, so the new
 * state appears rather than jumps. The scene skips it under reduced motion.
 */
export class PhaseTransition {
  private readonly rgb: [number, number, number];

  constructor(
    private readonly scene: Phaser.Scene,
    background: number,
  ) {
    this.rgb = [(background >> 16) & 0xff, (background >> 8) & 0xff, background & 0xff];
  }

  play(): void {
    const camera = this.scene.cameras.main;
    camera.resetFX();
    camera.fadeIn(TRANSITION_MS, ...this.rgb);
  }

  destroy(): void {
    this.scene.cameras.main.resetFX();
  }
}
