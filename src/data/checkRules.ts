/**
 * Cross-reference checks inside conditions and effects: every meter, flag, role,
 * option, resource and tag they name exists, and their numbers can be met.
 */
import type { PathSegment } from './problems';
import { checkFlag, checkMeter, checkOption, checkResource, checkRole } from './refIndex';
import type { RefIndex, Report } from './refIndex';
import type { Condition, Effect, Scale } from './schema';
import { didYouMean } from './suggest';

/** Checks that meter bounds lie within the meter's range and can hold together. */
function checkBounds(
  index: RefIndex,
  report: Report,
  path: PathSegment[],
  meterId: string,
  atLeast: number | undefined,
  atMost: number | undefined,
): void {
  const meter = index.meters.get(meterId);
  if (meter !== undefined) {
    const range = `${meter.min} to ${meter.max}`;
    if (atLeast !== undefined && (atLeast < meter.min || atLeast > meter.max)) {
      report([...path, 'atLeast'], `${atLeast} is outside meter '${meterId}' (${range})`);
    }
    if (atMost !== undefined && (atMost < meter.min || atMost > meter.max)) {
      report([...path, 'atMost'], `${atMost} is outside meter '${meterId}' (${range})`);
    }
  }
  if (atLeast !== undefined && atMost !== undefined && atLeast > atMost) {
    report(path, `atLeast ${atLeast} is above atMost ${atMost}: this can never hold`);
  }
}

function checkTurn(index: RefIndex, report: Report, path: PathSegment[], turn: number): void {
  if (turn > index.turns) {
    report(path, `turn ${turn} is beyond the calendar, which has ${index.turns} turns`);
  }
}

function checkTag(index: RefIndex, report: Report, path: PathSegment[], tag: string): void {
  if (!index.tags.has(tag) && !index.setAside.has(tag)) {
    report(path, `no option carries the tag '${tag}'${didYouMean(tag, index.tags.keys())}`);
  }
}

/** Walks a condition and everything nested in it. */
export function checkCondition(
  index: RefIndex,
  report: Report,
  cond: Condition,
  path: PathSegment[],
): void {
  if ('all' in cond) {
    cond.all.forEach((c, i) => checkCondition(index, report, c, [...path, 'all', i]));
  } else if ('any' in cond) {
    cond.any.forEach((c, i) => checkCondition(index, report, c, [...path, 'any', i]));
  } else if ('not' in cond) {
    checkCondition(index, report, cond.not, [...path, 'not']);
  } else if ('meter' in cond) {
    checkMeter(index, report, [...path, 'meter'], cond.meter);
    checkBounds(index, report, path, cond.meter, cond.atLeast, cond.atMost);
  } else if ('flag' in cond) {
    checkFlag(index, report, [...path, 'flag'], cond.flag);
  } else if ('resource' in cond) {
    if (checkRole(index, report, [...path, 'role'], cond.role)) {
      checkResource(index, report, [...path, 'resource'], cond.role, cond.resource);
    }
  } else if ('used' in cond) {
    const option = checkOption(index, report, [...path, 'used'], cond.used);
    if (cond.by !== undefined && checkRole(index, report, [...path, 'by'], cond.by) && option) {
      if (option.role !== cond.by) {
        report(
          [...path, 'by'],
          `option '${option.id}' belongs to '${option.role}', so '${cond.by}' never uses it`,
        );
      }
    }
  } else if ('tagUsed' in cond) {
    checkTag(index, report, [...path, 'tagUsed'], cond.tagUsed);
    if (cond.by !== undefined) checkRole(index, report, [...path, 'by'], cond.by);
  } else if ('turnAtLeast' in cond) {
    checkTurn(index, report, [...path, 'turnAtLeast'], cond.turnAtLeast);
  } else {
    checkTurn(index, report, [...path, 'turnAtMost'], cond.turnAtMost);
  }
}

function checkScale(index: RefIndex, report: Report, scale: Scale, path: PathSegment[]): void {
  checkMeter(index, report, [...path, 'meter'], scale.meter);
}

/**
 * Walks a list of effects. `actor` is the role whose move or answer causes them,
 * which owns a resource effect that names no role; for events (no actor) such an
 * effect applies to every role holding the resource, so one role at least must.
 */
export function checkEffects(
  index: RefIndex,
  report: Report,
  effects: readonly Effect[],
  path: PathSegment[],
  actor: string | undefined,
): void {
  effects.forEach((effect, i) => checkEffect(index, report, effect, [...path, i], actor));
}

function checkEffect(
  index: RefIndex,
  report: Report,
  effect: Effect,
  path: PathSegment[],
  actor: string | undefined,
): void {
  if ('meter' in effect) {
    checkMeter(index, report, [...path, 'meter'], effect.meter);
    if (effect.scale) checkScale(index, report, effect.scale, [...path, 'scale']);
  } else if ('flag' in effect) {
    checkFlag(index, report, [...path, 'flag'], effect.flag);
  } else if ('resource' in effect) {
    const owner = effect.role ?? actor;
    if (owner === undefined) {
      const held = index.heldResources;
      if (!held.has(effect.resource) && !index.setAside.has(effect.resource)) {
        report(
          [...path, 'resource'],
          `no role holds a resource '${effect.resource}'${didYouMean(effect.resource, held)}`,
        );
      }
    } else if (effect.role === undefined || checkRole(index, report, [...path, 'role'], owner)) {
      checkResource(index, report, [...path, 'resource'], owner, effect.resource);
    }
  } else if ('chance' in effect) {
    if (typeof effect.chance !== 'number') {
      checkScale(index, report, effect.chance.scale, [...path, 'chance', 'scale']);
    }
    checkEffects(index, report, effect.then, [...path, 'then'], actor);
    if (effect.else) checkEffects(index, report, effect.else, [...path, 'else'], actor);
  } else if ('if' in effect) {
    checkCondition(index, report, effect.if, [...path, 'if']);
    checkEffects(index, report, effect.then, [...path, 'then'], actor);
    if (effect.else) checkEffects(index, report, effect.else, [...path, 'else'], actor);
  } else if ('reveal' in effect) {
    const option = checkOption(index, report, [...path, 'reveal'], effect.reveal);
    if (option && option.secret === undefined) {
      report(
        [...path, 'reveal'],
        `option '${option.id}' is not secret: there is nothing to reveal`,
      );
    }
  } else {
    checkEffects(index, report, effect.effects, [...path, 'effects'], actor);
  }
}
