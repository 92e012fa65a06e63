import Phaser from 'phaser';
import { theme } from '../ui/theme';

/**
 * The backdrop behind the DOM layer. It draws; it holds no game state and no text
 * (every word on screen is DOM, so screen readers and zoom work).
 */
export class StageScene extends Phaser.Scene {
  constructor() {
    super('stage');
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, theme.colors.background).setOrigin(0, 0);
    const glow = this.add.graphics();
    glow.fillStyle(theme.colors.sea, 1);
    glow.fillCircle(width * 0.7, height * 0.55, Math.min(width, height) * 0.45);
    glow.lineStyle(4, theme.colors.border, 1);
    glow.lineBetween(width * 0.45, height * 0.5, width * 0.95, height * 0.6);
  }
}
