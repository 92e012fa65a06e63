/**
 * The stage's names, as DOM: a layer over the canvas and under the panel that writes each
 * meter's name and value beside its bar, the plane's axis names, each outcome region's
 * name inside it, the countries' names on the map and the month's markers (an icon and
 * its words where a move or an event happened). The canvas draws no text, so without
 * this a sighted player would see unnamed shapes. The layer never takes the pointer and
 * is hidden from assistive technology: the panel gives the same facts.
 *
 * Positions come from stageLabelLayout.ts, which works from the scene's own layout, and
 * follow the canvas through resizes. Nodes are reused; a render reads no layout (the
 * stage's size comes from its resize observer) and writes only what changed.
 */
import type { StageView } from '../store/selectors';
import { language, t } from './i18n';
import { formatNumber } from '../words/format';
import {
  placeRect,
  stageLabels,
  stagePlacement,
  type Measure,
  type Placement,
} from './stageLabelLayout';
import type { Rect } from '../scenes/layout';
import { markerSvg } from './stageMarkers';
import { cssColor, stageLabelPalette } from './theme';

export type StageLabels = {
  /** Shows the names for `view`; `textScale` is the text-size setting. Cheap when unchanged. */
  update(view: StageView, textScale: number): void;
  /** Removes the layer and stops following the stage. */
  destroy(): void;
};

/** Elements of one kind, created on demand and hidden (not removed) when not needed. */
class Pool {
  private readonly nodes: HTMLElement[] = [];

  constructor(
    private readonly layer: HTMLElement,
    private readonly create: () => HTMLElement,
  ) {}

  /** The `index`-th element, shown. */
  take(index: number): HTMLElement {
    let node = this.nodes[index];
    if (!node) {
      node = this.create();
      this.nodes.push(node);
      this.layer.append(node);
    }
    if (node.hidden) node.hidden = false;
    return node;
  }

  /** Hides every element from `count` on. */
  keep(count: number): void {
    for (const node of this.nodes.slice(count)) if (!node.hidden) node.hidden = true;
  }
}

function element(className: string, ...children: HTMLElement[]): HTMLElement {
  const node = document.createElement('div');
  node.className = className;
  node.append(...children);
  return node;
}

function span(className: string): HTMLElement {
  const node = document.createElement('span');
  node.className = className;
  return node;
}

/** What each node last received, so an unchanged label costs no DOM write. */
const written = new WeakMap<HTMLElement, string>();

function px(value: number): string {
  return `${Math.round(value * 100) / 100}px`;
}

/**
 * Positions `node` on `rect` (layout coordinates) with `font`, unless it is already there
 * with `text`; with `oneLine` the line is as tall as the box, which centres it vertically.
 * Returns whether anything was written.
 */
function place(
  node: HTMLElement,
  rect: Rect,
  font: number,
  p: Placement,
  text: string,
  oneLine = false,
): boolean {
  const r = placeRect(rect, p);
  const signature = `${r.x},${r.y},${r.width},${r.height},${font * p.scale},${text}`;
  if (written.get(node) === signature) return false;
  written.set(node, signature);
  const style = node.style;
  style.left = px(r.x);
  style.top = px(r.y);
  style.width = px(r.width);
  style.height = px(r.height);
  style.fontSize = px(font * p.scale);
  if (oneLine) style.lineHeight = px(r.height);
  return true;
}

/** A width measure on an off-screen canvas, in the layer's own font, with a cache. */
function canvasMeasure(layer: HTMLElement): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  let family: string | undefined;
  return (text, font, bold) => {
    const key = `${bold ? 'b' : 'r'}${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      family ??= getComputedStyle(layer).fontFamily || 'sans-serif';
      if (context) {
        context.font = `${bold ? '700' : '400'} ${font}px ${family}`;
        width = context.measureText(text).width;
      } else {
        // No 2D canvas: a generous estimate, so that text is shortened rather than cut.
        width = text.length * font * 0.62;
      }
      if (cache.size > 4000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * Adds the labels' layer right after `stage` (so above the canvas and, by the stylesheet,
 * below the panel) and returns its controls. The layer stays hidden while the stage has
 * no canvas (before Phaser starts, or if it could not start).
 */
export function mountStageLabels(stage: HTMLElement): StageLabels {
  const layer = document.createElement('div');
  layer.id = 'stage-labels';
  layer.className = 'stage-labels';
  layer.setAttribute('aria-hidden', 'true');
  layer.hidden = true;
  layer.style.setProperty('--stage-label', cssColor(stageLabelPalette.text));
  layer.style.setProperty('--stage-label-muted', cssColor(stageLabelPalette.muted));
  layer.style.setProperty('--stage-label-halo', cssColor(stageLabelPalette.halo));
  layer.style.setProperty('--stage-marker-move', cssColor(stageLabelPalette.markerMove));
  layer.style.setProperty('--stage-marker-event', cssColor(stageLabelPalette.markerEvent));
  stage.after(layer);

  const pools = {
    countries: new Pool(layer, () => element('stage-label stage-country')),
    regions: new Pool(layer, () => element('stage-label stage-region')),
    axes: new Pool(layer, () => element('stage-label stage-axis')),
    markerIcons: new Pool(layer, () => element('stage-marker-icon')),
    markers: new Pool(layer, () => element('stage-label stage-marker')),
    meters: new Pool(layer, () =>
      element('stage-label stage-meter', span('stage-meter-name'), span('stage-meter-value')),
    ),
  };
  const measure = canvasMeasure(layer);
  let view: StageView | undefined;
  let textScale = 1;
  let frame = 0;
  let drawn = '';
  let box: { width: number; height: number } | undefined;

  const render = () => {
    frame = 0;
    const canvas = stage.querySelector('canvas');
    if (!view || !canvas || canvas.width === 0 || canvas.height === 0) {
      layer.hidden = true;
      drawn = '';
      return;
    }
    // The stage's size as its observer last reported it; measured only before that.
    box ??= stage.getBoundingClientRect();
    const { size, placement } = stagePlacement(
      { width: box.width, height: box.height },
      { width: canvas.width, height: canvas.height },
    );
    const lang = language();
    const key = JSON.stringify([view, textScale, size, placement, lang]);
    if (key === drawn) return;
    drawn = key;
    const labels = stageLabels(size, view, { textScale, measure });

    labels.meters.forEach((meter, i) => {
      const node = pools.meters.take(i);
      const value = formatNumber(meter.value, lang);
      const text = `${meter.id}|${meter.name}|${value}|${meter.primary}`;
      if (place(node, meter.box, meter.font, placement, text)) {
        node.dataset.id = meter.id;
        node.classList.toggle('is-primary', meter.primary);
        const [name, number] = node.children;
        if (name) name.textContent = meter.name;
        if (number) number.textContent = value;
      }
    });
    pools.meters.keep(labels.meters.length);

    labels.axes.forEach((axis, i) => {
      const node = pools.axes.take(i);
      const text = t(axis.axis === 'x' ? 'stage.axisX' : 'stage.axisY', { label: axis.name });
      if (place(node, axis.box, axis.font, placement, text, true)) {
        node.classList.toggle('is-x', axis.axis === 'x');
        node.classList.toggle('is-y', axis.axis === 'y');
        node.textContent = text;
      }
    });
    pools.axes.keep(labels.axes.length);

    labels.regions.forEach((region, i) => {
      const node = pools.regions.take(i);
      const text = region.lines.join('\n');
      if (
        place(node, region.box, region.font, placement, `${region.id}|${text}|${region.vertical}`)
      ) {
        node.dataset.id = region.id;
        node.classList.toggle('is-vertical', region.vertical);
        node.textContent = text;
      }
    });
    pools.regions.keep(labels.regions.length);

    labels.countries.forEach((country, i) => {
      const node = pools.countries.take(i);
      if (
        place(
          node,
          country.box,
          country.font,
          placement,
          `${country.id}|${country.name}|${country.focused}`,
        )
      ) {
        node.dataset.id = country.id;
        node.classList.toggle('is-focused', country.focused);
        node.textContent = country.name;
      }
    });
    pools.countries.keep(labels.countries.length);

    // A marker that arrives (a new id on its node) plays its entrance again: the two
    // classes carry the same animation under two names, and a new name restarts it.
    labels.markers.forEach((marker, i) => {
      const icon = pools.markerIcons.take(i);
      const words = pools.markers.take(i);
      const arrived = icon.dataset.id !== marker.id;
      if (place(icon, marker.iconBox, marker.font, placement, `${marker.id}|${marker.icon}`)) {
        if (icon.dataset.icon !== marker.icon) icon.innerHTML = markerSvg(marker.icon);
        icon.dataset.icon = marker.icon;
        icon.dataset.kind = marker.kind;
      }
      if (place(words, marker.box, marker.font, placement, marker.label, true)) {
        words.dataset.kind = marker.kind;
        words.textContent = marker.label;
      }
      if (arrived) {
        icon.dataset.id = marker.id;
        words.dataset.id = marker.id;
        const odd = !icon.classList.contains('is-in-a');
        for (const node of [icon, words]) {
          node.classList.toggle('is-in-a', odd);
          node.classList.toggle('is-in-b', !odd);
        }
      }
    });
    pools.markerIcons.keep(labels.markers.length);
    pools.markers.keep(labels.markers.length);

    layer.hidden = false;
  };

  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(render);
  };
  // The stage's box (window size, scrollbars) and the canvas's own size (Phaser resizes
  // it to the box, or it appears once Phaser has started) both move the drawing.
  const resize = new ResizeObserver((entries) => {
    const rect = entries[entries.length - 1]?.contentRect;
    box = rect ? { width: rect.width, height: rect.height } : undefined;
    schedule();
  });
  resize.observe(stage);
  const mutations = new MutationObserver(schedule);
  mutations.observe(stage, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['width', 'height'],
  });

  return {
    update(next, scale) {
      view = next;
      textScale = scale;
      schedule();
    },
    destroy() {
      resize.disconnect();
      mutations.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      layer.remove();
    },
  };
}
