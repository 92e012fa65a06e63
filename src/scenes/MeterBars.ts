import type Phaser from 'phaser';
import { stagePalette } from '../ui/theme';
import { meterFillWidth, meterTracks, type Rect } from './layout';

/** What the bars need of a meter; labels are DOM, never drawn. */
export type MeterValue = { id: string; value: number; min: number; max: number; primary: boolean };

/** How long a bar takes to reach a new value, when motion is allowed. */
export const METER_TWEEN_MS = 600;

/**
 * Horizontal bars, one per shown meter. A change of value glides there with a tween, or
 * jumps there at once under reduced motion; a resize redraws at the values on screen.
 */
export class MeterBars {
  private readonly graphics: Phaser.GameObjects.Graphics;
  /** The value each bar currently shows (mid-tween, the in-between value). */
  private readonly shown = new Map<string, number>();
  private meters: MeterValue[] = [];
  private rect: Rect | undefined;
  private tween: Phaser.Tweens.Tween | undefined;

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics();
  }

  /** Shows `meters` in `rect`; `animate` false draws the final values immediately. */
  set(meters: MeterValue[], rect: Rect | undefined, animate: boolean): void {
    this.stopTween();
    this.meters = meters;
    this.rect = rect;
    const from = meters.map((m) => this.shown.get(m.id) ?? m.value);
    const moving = meters.some((m, i) => from[i] !== m.value);
    for (const id of [...this.shown.keys()]) {
      if (!meters.some((m) => m.id === id)) this.shown.delete(id);
    }
    if (!animate || !moving) {
      this.paint(meters.map((m) => m.value));
      return;
    }
    this.paint(from);
    this.tween = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: METER_TWEEN_MS,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        const k = tween.getValue() ?? 1;
        this.paint(
          meters.map((m, i) => (from[i] ?? m.value) + (m.value - (from[i] ?? m.value)) * k),
        );
      },
      onComplete: () => {
        this.tween = undefined;
        this.paint(meters.map((m) => m.value));
      },
    });
  }

  /** Redraws in a new rectangle at the values on screen, without restarting a tween. */
  relayout(rect: Rect | undefined): void {
    this.rect = rect;
    this.paint(this.meters.map((m) => this.shown.get(m.id) ?? m.value));
  }

  destroy(): void {
    this.stopTween();
    this.graphics.destroy();
  }

  private stopTween(): void {
    if (this.tween) {
      this.tween.stop();
      this.tween = undefined;
    }
  }

  private paint(values: number[]): void {
    const g = this.graphics;
    g.clear();
    this.meters.forEach((m, i) => this.shown.set(m.id, values[i] ?? m.value));
    if (!this.rect) return;
    const tracks = meterTracks(this.rect, this.meters.length);
    this.meters.forEach((meter, i) => {
      const track = tracks[i];
      if (!track) return;
      const value = values[i] ?? meter.value;
      const fill = meterFillWidth(track, value, meter.min, meter.max);
      const radius = Math.min(4, track.height / 2);
      g.fillStyle(stagePalette.track, 1);
      g.fillRoundedRect(track.x, track.y, track.width, track.height, radius);
      if (fill > 0) {
        g.fillStyle(meter.primary ? stagePalette.meterPrimary : stagePalette.meterSecondary, 1);
        g.fillRoundedRect(track.x, track.y, Math.max(fill, radius * 2), track.height, radius);
      }
      // A notch at the midpoint gives the eye a reference without any text.
      g.fillStyle(stagePalette.panel, 0.8);
      g.fillRect(track.x + track.width / 2 - 1, track.y, 2, track.height);
    });
  }
}
