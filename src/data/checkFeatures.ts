/**
 * Checks of the format's features for crises of any shape: targets among the objectives,
 * meters hidden from some roles and drifting meters, secret options, response rules
 * limited by mover (required for tag rules when three or more roles play), named endings
 * and the balance section. Each problem is positioned like the others.
 */
import { formatPath, type PathSegment } from './problems';
import { checkCondition } from './checkRules';
import { checkOption, checkRole } from './refIndex';
import type { RefIndex, Report } from './refIndex';

export function checkFeatures(index: RefIndex, report: Report): void {
  checkTargets(index, report);
  checkMeters(index, report);
  checkSecrets(index, report);
  checkMovers(index, report);
  checkEndings(index, report);
  checkBalance(index, report);
}

function checkTargets(index: RefIndex, report: Report): void {
  index.scenario.roles.forEach((role, i) => {
    for (const [meterId, target] of Object.entries(role.objectives.targets)) {
      const path: PathSegment[] = ['roles', i, 'objectives', 'targets', meterId];
      const meter = index.meters.get(meterId);
      if (!meter) {
        report(path, `no meter '${meterId}'`, 'key');
        continue;
      }
      if (meterId in role.objectives.weights) {
        report(
          path,
          `meter '${meterId}' is also among the weights: give it one or the other`,
          'key',
        );
      }
      if (target.near < meter.min || target.near > meter.max) {
        report(
          [...path, 'near'],
          `${target.near} is outside meter '${meterId}' (${meter.min} to ${meter.max})`,
        );
      }
    }
  });
}

function checkMeters(index: RefIndex, report: Report): void {
  index.scenario.meters.forEach((meter, i) => {
    meter.hiddenFrom.forEach((role, j) =>
      checkRole(index, report, ['meters', i, 'hiddenFrom', j], role),
    );
    if (meter.drift && (meter.drift.toward < meter.min || meter.drift.toward > meter.max)) {
      report(
        ['meters', i, 'drift', 'toward'],
        `${meter.drift.toward} is outside the meter's range (${meter.min} to ${meter.max})`,
      );
    }
  });
}

function checkSecrets(index: RefIndex, report: Report): void {
  index.scenario.options.forEach((option, i) => {
    (option.secret?.from ?? []).forEach((role, j) => {
      const at: PathSegment[] = ['options', i, 'secret', 'from', j];
      if (checkRole(index, report, at, role) && role === option.role) {
        report(at, `'${role}' makes this move: it cannot be kept secret from itself`);
      }
    });
  });
}

function checkMovers(index: RefIndex, report: Report): void {
  const many = index.scenario.roles.length >= 3;
  index.scenario.responses.forEach((rule, i) => {
    const by = rule.to.by;
    const movers = by === undefined ? [] : typeof by === 'string' ? [by] : by;
    movers.forEach((mover, j) => {
      const at: PathSegment[] = [
        'responses',
        i,
        'to',
        'by',
        ...(typeof by === 'string' ? [] : [j]),
      ];
      if (checkRole(index, report, at, mover) && mover === rule.role) {
        report(at, `'${mover}' is the role that answers: a rule answers other roles' moves`);
      }
    });
    if (many && by === undefined && (rule.to.tags ?? []).length > 0) {
      report(
        ['responses', i, 'to'],
        `with ${index.scenario.roles.length} roles, a rule matching by tags must say whose moves it answers (to.by: a role, or a list of roles)`,
        'key',
      );
    }
  });
}

function checkEndings(index: RefIndex, report: Report): void {
  const regions = new Map(index.scenario.outcomes.map((o, i) => [o.id, i]));
  index.scenario.endings.forEach((ending, i) => {
    const region = regions.get(ending.id);
    if (region !== undefined) {
      report(
        ['endings', i, 'id'],
        `'${ending.id}' is also an outcome region's id (${formatPath(['outcomes', region])}): endings and regions share one list of ids`,
      );
    }
    checkCondition(index, report, ending.when, ['endings', i, 'when']);
  });
}

function checkBalance(index: RefIndex, report: Report): void {
  const balance = index.scenario.balance;
  if (!balance) return;
  const ownOptions = (path: PathSegment[], role: string, ids: readonly string[]) =>
    ids.forEach((id, k) => {
      const option = checkOption(index, report, [...path, k], id);
      if (option && option.role !== role) {
        report([...path, k], `option '${id}' belongs to '${option.role}', not to '${role}'`);
      }
    });
  balance.policies.forEach((policy, i) => {
    const path: PathSegment[] = ['balance', 'policies', i];
    const role = checkRole(index, report, [...path, 'role'], policy.role);
    policy.phases.forEach((phase, j) => {
      if (phase.through > index.turns) {
        report(
          [...path, 'phases', j, 'through'],
          `turn ${phase.through} is beyond the calendar, which has ${index.turns} turns`,
        );
      }
      if (role) ownOptions([...path, 'phases', j, 'prefer'], role.id, phase.prefer);
    });
  });
  balance.courses.forEach((course, i) => {
    const path: PathSegment[] = ['balance', 'courses', i];
    const role = checkRole(index, report, [...path, 'role'], course.role);
    if (course.months.length > index.turns) {
      report(
        [...path, 'months'],
        `${course.months.length} months is longer than the calendar (${index.turns} turns)`,
        'key',
      );
    }
    if (role)
      course.months.forEach((month, j) => ownOptions([...path, 'months', j], role.id, month));
  });
}
