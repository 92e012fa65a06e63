import type Phaser from 'phaser';
import { stagePalette } from '../ui/theme';
import { fitMap, mapData, type Rect } from './mapData';

/**
 * The two countries' outlines and their shared border, fitted into a rectangle. A focused
 * country (by its index in the map file) is drawn at full strength with a bright coast;
 * the other is dimmed. With no focus both are drawn alike.
 */
export class MapLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics();
  }

  /** Draws the map into `rect`; with no rectangle (the layout shows no map) clears it. */
  draw(rect: Rect | undefined, focus: number | undefined): void {
    const g = this.graphics;
    g.clear();
    if (!rect || rect.width <= 0 || rect.height <= 0) return;
    const fitted = fitMap(mapData, rect);
    fitted.countries.forEach((country, index) => {
      const focused = focus === index;
      const dimmed = focus !== undefined && !focused;
      g.fillStyle(
        stagePalette.land[index % stagePalette.land.length] ?? stagePalette.land[0],
        dimmed ? stagePalette.landDimmed : 1,
      );
      g.lineStyle(focused ? 2.5 : 1, focused ? stagePalette.focus : stagePalette.coast, 0.85);
      for (const ring of country.rings) {
        trace(g, ring, true);
        g.fillPath();
        g.strokePath();
      }
    });
    g.lineStyle(2, stagePalette.border, 1);
    for (const line of fitted.border) {
      trace(g, line, false);
      g.strokePath();
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}

/** Starts a path through a flat [x0, y0, x1, y1, …] list. */
function trace(g: Phaser.GameObjects.Graphics, flat: number[], closed: boolean): void {
  g.beginPath();
  g.moveTo(flat[0] ?? 0, flat[1] ?? 0);
  for (let i = 2; i + 1 < flat.length; i += 2) g.lineTo(flat[i] ?? 0, flat[i + 1] ?? 0);
  if (closed) g.closePath();
}
