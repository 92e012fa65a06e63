/**
 * Checks of the outcome plane and the roles' objectives: both axes are real meters,
 * every point of the plane lands in some outcome region, and every role has
 * something to aim for.
 */
import { checkMeter } from './refIndex';
import type { RefIndex, Report } from './refIndex';
import type { Outcome } from './schema';

type Interval = { min: number; max: number };

/**
 * The integer points where coverage can change along one axis: the axis start and
 * each region's first and one-past-last integer. Between two of these points every
 * integer is covered by the same regions, so checking these finds the first gap.
 */
function breakpoints(axis: Interval, ranges: readonly Interval[]): number[] {
  const lo = Math.ceil(axis.min);
  const hi = Math.floor(axis.max);
  const points = new Set<number>([lo]);
  for (const r of ranges) {
    for (const p of [Math.ceil(r.min), Math.floor(r.max) + 1]) {
      if (p >= lo && p <= hi) points.add(p);
    }
  }
  return [...points].sort((a, b) => a - b);
}

function covers(outcome: Outcome, x: number, y: number): boolean {
  return x >= outcome.x.min && x <= outcome.x.max && y >= outcome.y.min && y <= outcome.y.max;
}

/**
 * The first integer point (by x, then y) of the plane that no outcome region
 * covers, or undefined when the regions cover the whole plane.
 */
export function firstUncoveredPoint(
  xAxis: Interval,
  yAxis: Interval,
  outcomes: readonly Outcome[],
): { x: number; y: number } | undefined {
  if (Math.ceil(xAxis.min) > Math.floor(xAxis.max)) return undefined;
  if (Math.ceil(yAxis.min) > Math.floor(yAxis.max)) return undefined;
  const xs = breakpoints(
    xAxis,
    outcomes.map((o) => o.x),
  );
  const ys = breakpoints(
    yAxis,
    outcomes.map((o) => o.y),
  );
  for (const x of xs) {
    for (const y of ys) {
      if (!outcomes.some((o) => covers(o, x, y))) return { x, y };
    }
  }
  return undefined;
}

export function checkPlane(index: RefIndex, report: Report): void {
  const { plane, outcomes } = index.scenario;
  const x = checkMeter(index, report, ['plane', 'x'], plane.x);
  const y = checkMeter(index, report, ['plane', 'y'], plane.y);
  if (plane.x === plane.y) {
    report(['plane', 'y'], `the two axes must be different meters (both are '${plane.x}')`);
  }
  if (x === undefined || y === undefined) return;
  const gap = firstUncoveredPoint(x, y, outcomes);
  if (gap !== undefined) {
    report(
      ['outcomes'],
      `no outcome region covers the point ${x.id} ${gap.x}, ${y.id} ${gap.y}: ` +
        `every point of the plane (${x.id} ${x.min}–${x.max}, ${y.id} ${y.min}–${y.max}) needs a region`,
      'key',
    );
  }
}

export function checkObjectives(index: RefIndex, report: Report): void {
  index.scenario.roles.forEach((role, i) => {
    const path = ['roles', i, 'objectives', 'weights'];
    const weights = Object.entries(role.objectives.weights);
    for (const [meterId] of weights) {
      checkMeter(index, report, [...path, meterId], meterId, 'key');
    }
    const targets = Object.keys(role.objectives.targets);
    if (weights.every(([, w]) => w === 0) && targets.length === 0) {
      report(
        path,
        `role '${role.id}' needs at least one meter with a non-zero weight, or its score means nothing`,
        'key',
      );
    }
    role.resources.forEach((resource, j) => {
      if (resource.start > resource.max) {
        report(
          ['roles', i, 'resources', j, 'start'],
          `start (${resource.start}) must not exceed max (${resource.max})`,
        );
      }
    });
  });
}
