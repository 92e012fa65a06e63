import Phaser from 'phaser';
import type { StageView } from '../store/selectors';
import { theme } from '../ui/theme';
import { IdleLoop } from './IdleLoop';
import { MapLayer } from './MapLayer';
import { MeterBars } from './MeterBars';
import { PlaneChart } from './PlaneChart';
import { stageContent, stageLayout, type StageLayout } from './layout';
import { PhaseTransition } from './PhaseTransition';

type Parts = {
  map: MapLayer;
  meters: MeterBars;
  plane: PlaneChart;
  transition: PhaseTransition;
  idle: IdleLoop;
};

/**
 * The backdrop behind the DOM layer: the map (when it shows the scenario's countries),
 * the meter bars and the plane, drawn from the latest `StageView`. It holds no game state and draws no text (every
 * word on screen is DOM, so screen readers and zoom work; the names over the stage are
 * written by src/ui/stageLabels.ts from the same layout); it redraws only when the view
 * or the canvas size changes, and lets the game loop sleep in between.
 */
export class StageScene extends Phaser.Scene {
  private parts: Parts | undefined;
  /** The latest view, kept when it arrives before create() has run. */
  private view: StageView | undefined;
  /** The view last drawn, to skip identical updates and to detect phase changes. */
  private drawn: string | undefined;

  constructor() {
    super('stage');
  }

  /** Shows `view`. Safe to call at any time, including before the scene has started. */
  setView(view: StageView): void {
    const previous = this.view;
    this.view = view;
    if (!this.parts) return;
    const key = JSON.stringify(view);
    if (key === this.drawn) return;
    this.drawn = key;
    const animate = previous !== undefined && !view.reducedMotion;
    this.draw(view, animate);
    // A new phase fades in, unless nothing drawn differs (e.g. title → how to play).
    if (animate && previous.phaseKey !== view.phaseKey && drawnPart(previous) !== drawnPart(view)) {
      this.parts.transition.play();
    }
    this.parts.idle.poke();
  }

  create(): void {
    this.parts = {
      map: new MapLayer(this),
      meters: new MeterBars(this),
      plane: new PlaneChart(this),
      transition: new PhaseTransition(this, theme.colors.background),
      idle: new IdleLoop(
        this.game,
        () => this.tweens.getTweens().length > 0 || this.cameras.main.fadeEffect.isRunning,
      ),
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, this.relayout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    if (this.view) {
      this.drawn = JSON.stringify(this.view);
      this.draw(this.view, false);
    } else {
      this.parts.map.draw(undefined, undefined, undefined);
    }
    this.parts.idle.poke();
  }

  private layoutFor(view: StageView | undefined): StageLayout {
    return stageLayout(
      { width: this.scale.width, height: this.scale.height },
      stageContent(view ?? { meters: [] }),
    );
  }

  private draw(view: StageView, animate: boolean): void {
    if (!this.parts) return;
    const layout = this.layoutFor(view);
    this.parts.map.draw(layout.map, view.map, view.focusRole);
    this.parts.meters.set(view.meters, layout.meters, animate);
    this.parts.plane.draw(layout.plane, view.plane);
  }

  /** A new canvas size: everything is redrawn in place, meters at the values on screen. */
  private relayout(): void {
    if (!this.parts) return;
    const layout = this.layoutFor(this.view);
    this.parts.map.draw(layout.map, this.view?.map, this.view?.focusRole);
    this.parts.meters.relayout(layout.meters);
    this.parts.plane.draw(layout.plane, this.view?.plane);
    this.parts.idle.poke();
  }

  private shutdown(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.relayout, this);
    if (!this.parts) return;
    this.parts.idle.destroy();
    this.parts.map.destroy();
    this.parts.meters.destroy();
    this.parts.plane.destroy();
    this.parts.transition.destroy();
    this.parts = undefined;
    this.drawn = undefined;
  }
}

/** The part of a view that shows on the canvas (labels and screen names do not). */
function drawnPart(view: StageView): string {
  return JSON.stringify([
    view.focusRole,
    view.map?.countries.map((c) => c.code),
    view.meters.map((m) => [m.id, m.value, m.min, m.max, m.primary]),
    view.plane ? [view.plane.path, view.plane.regions.map((r) => [r.x, r.y])] : null,
  ]);
}
