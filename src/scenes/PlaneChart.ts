import type Phaser from 'phaser';
import { stagePalette } from '../ui/theme';
import {
  planeDotRadius,
  planeFrame,
  planeMarkerRadius,
  planePoint,
  planeRegion,
  type PlaneScale,
  type Rect,
} from './layout';

/** What the chart needs of the plane; axis and region labels are DOM, never drawn. */
export type PlaneValue = PlaneScale & {
  path: { x: number; y: number; turn: number }[];
  regions: { id: string; x: { min: number; max: number }; y: { min: number; max: number } }[];
};

/**
 * The cooperation × sovereignty plane: a square frame with quarter ticks, the outcome
 * regions as faint rectangles, the path so far as a line with a dot per turn, and the
 * current position as a larger ringed dot.
 */
export class PlaneChart {
  private readonly graphics: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics();
  }

  /** Redraws the whole chart in `rect`; with no rect or no plane it draws nothing. */
  draw(rect: Rect | undefined, plane: PlaneValue | undefined): void {
    const g = this.graphics;
    g.clear();
    if (!rect || !plane || rect.width <= 0) return;
    const frame = planeFrame(rect);
    g.fillStyle(stagePalette.panel, 0.85);
    g.fillRect(frame.x, frame.y, frame.width, frame.height);

    plane.regions.forEach((region, i) => {
      const colour = stagePalette.regions[i % stagePalette.regions.length] ?? stagePalette.frame;
      const r = planeRegion(frame, plane, region.x, region.y);
      g.fillStyle(colour, stagePalette.regionAlpha);
      g.fillRect(r.x, r.y, r.width, r.height);
      g.lineStyle(1, colour, 0.7);
      g.strokeRect(r.x, r.y, r.width, r.height);
    });

    g.lineStyle(1.5, stagePalette.axis, 0.9);
    g.strokeRect(frame.x, frame.y, frame.width, frame.height);
    const tick = Math.max(3, frame.width * 0.02);
    for (const share of [0.25, 0.5, 0.75]) {
      const x = frame.x + frame.width * share;
      const y = frame.y + frame.height * share;
      g.lineBetween(x, frame.y + frame.height, x, frame.y + frame.height - tick);
      g.lineBetween(frame.x, y, frame.x + tick, y);
    }

    const points = plane.path.map((p) => planePoint(frame, plane, p.x, p.y));
    const dot = planeDotRadius(frame);
    if (points.length > 1) {
      g.lineStyle(2, stagePalette.path, 0.9);
      g.beginPath();
      points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.strokePath();
    }
    g.fillStyle(stagePalette.path, 1);
    for (const p of points.slice(0, -1)) g.fillCircle(p.x, p.y, dot);
    const current = points[points.length - 1];
    if (current) {
      g.fillStyle(stagePalette.current, 1);
      g.fillCircle(current.x, current.y, dot * 2.2);
      g.lineStyle(2, stagePalette.current, 0.6);
      // The ring's outer edge is planeMarkerRadius, which the DOM labels keep clear of.
      g.strokeCircle(current.x, current.y, planeMarkerRadius(frame) - 1);
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
