import Phaser from 'phaser';
import { theme } from '../ui/theme';
import { StageScene } from './StageScene';

/**
 * Starts the Phaser stage in `parent` and returns its scene, ready for `setView` at once
 * (a view given before the scene has started is drawn when it starts). The canvas takes
 * the parent's size and follows it (RESIZE mode), so the layout fits phones and laptops
 * alike; the only place the game constructs Phaser.
 */
export function createStage(parent: HTMLElement): StageScene {
  const scene = new StageScene();
  new Phaser.Game({
    // The Canvas renderer: the stage is a few flat shapes, which canvas 2D draws smoothly
    // and antialiased; WebGL re-triangulates the outlines every frame, which on software
    // rendering (school laptops without a usable GPU, headless tests) drops to ~20 fps.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: theme.colors.background,
    banner: false,
    audio: { noAudio: true },
    disableContextMenu: true,
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [scene],
  });
  return scene;
}
