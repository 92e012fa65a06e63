import type Phaser from 'phaser';
import { stagePalette } from '../ui/theme';
import { fitMap, type MapData, type Rect } from './mapData';

/**
 * The scenario's countries and the borders between them, fitted into a rectangle. The
 * focused role's country is drawn at full strength with a bright coast; the others are
 * dimmed. With no focus all are drawn alike; a country no role governs is always dimmed.
 */
export class MapLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics();
  }

  /**
   * Draws `map` into `rect`, `focusRole`'s country brightest; with no map or rectangle (the
   * layout shows no map) clears it.
   */
  draw(rect: Rect | undefined, map: MapData | undefined, focusRole: string | undefined): void {
    const g = this.graphics;
    g.clear();
    if (!map || !rect || rect.width <= 0 || rect.height <= 0) return;
    const fitted = fitMap(map, rect);
    fitted.countries.forEach((country, index) => {
      const focused = focusRole !== undefined && country.role === focusRole;
      const dimmed = country.role === undefined || (focusRole !== undefined && !focused);
      const land =
        country.role === undefined
          ? stagePalette.landOther
          : (stagePalette.land[index % stagePalette.land.length] ?? stagePalette.land[0]);
      g.fillStyle(land, dimmed ? stagePalette.landDimmed : 1);
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
