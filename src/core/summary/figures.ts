// The KPI block's arithmetic (docs/summary.md): expected by now, the projection, the status, and how each is rounded
// so the figures shown never contradict the status beside them.
import { type CalendarDate, dayNumber, fiscalYearRange } from '../dates/calendar';
import { type Level, maxPoints, nextLevel, pointsFor } from '../kr/ladder';
import type { KrDefinition } from '../kr/settings';

export type Status = 'achieved' | 'onTrack' | 'behind';

export interface KpiFigures {
  readonly count: number;
  readonly target: number;
  readonly points: number;
  readonly maxPoints: number;
  /** The level to reach next, or undefined at the top. */
  readonly nextLevel: Level | undefined;
  readonly neededForNextLevel: number;
  /** The share of the fiscal year gone by on the as-of day, 0 … 1 (the as-of day itself included). */
  readonly elapsedShare: number;
  /** target × elapsed share: the missions the pro-rata pace asks for by the as-of day, not rounded. */
  readonly expectedByNow: number;
  /** count ÷ elapsed share: the year-end count if the pace so far goes on, not rounded; none before the year. */
  readonly projectedYearEnd: number | undefined;
  readonly status: Status;
}

/** How much of a fiscal year has gone by at the end of a day: 0 before it begins, 1 from its last day on. */
export function elapsedShareOf(fiscalYear: number, day: CalendarDate): number {
  const { start, end } = fiscalYearRange(fiscalYear);
  const totalDays = dayNumber(end) - dayNumber(start) + 1;
  return Math.min(totalDays, Math.max(0, dayNumber(day) - dayNumber(start) + 1)) / totalDays;
}

/**
 * The KPI block's figures. Achieved: count ≥ target. On track: count ≥ expected by now (unrounded). Behind
 * otherwise. On track is the same as a projection of at least the target, so status and projection agree
 * (before the year begins nothing is expected and there is no pace to project).
 */
export function kpiFigures(input: {
  readonly count: number;
  readonly definition: KrDefinition;
  readonly fiscalYear: number;
  readonly asOf: CalendarDate;
}): KpiFigures {
  const { count, definition, fiscalYear, asOf } = input;
  const elapsedShare = elapsedShareOf(fiscalYear, asOf);
  const expectedByNow = definition.target * elapsedShare;
  const projectedYearEnd = elapsedShare === 0 ? undefined : count / elapsedShare;
  const status: Status =
    count >= definition.target ? 'achieved' : count >= expectedByNow ? 'onTrack' : 'behind';
  const next = nextLevel(count, definition.ladder);
  return {
    count,
    target: definition.target,
    points: pointsFor(count, definition.ladder, definition.method),
    maxPoints: maxPoints(definition.ladder),
    nextLevel: next,
    neededForNextLevel: next ? next.threshold - count : 0,
    elapsedShare,
    expectedByNow,
    projectedYearEnd,
    status,
  };
}

/**
 * A pace rounded so that the figure shown and the status beside it never disagree: the expected count goes up
 * (a whole count reaches it exactly when it reaches the unrounded one), the projection goes down (it reads at
 * least the target exactly when the unrounded one does, for a target of as many decimals).
 */
export function shownPace(value: number, direction: 'up' | 'down', decimals = 1): number {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  // A hair of tolerance, so 5.0000000001 (floating point for 5) does not become 5.1.
  const rounded = direction === 'up' ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return rounded / scale || 0; // never -0
}

/** The missions expected by now as a whole number: a count is on track exactly when it reaches it. */
export function shownExpected(figures: KpiFigures): number {
  return shownPace(figures.expectedByNow, 'up', 0);
}

/** The year-end projection in whole missions (tenths for a target with decimals); '' before the year begins. */
export function shownProjection(figures: KpiFigures): number | '' {
  if (figures.projectedYearEnd === undefined) return '';
  return shownPace(figures.projectedYearEnd, 'down', Number.isInteger(figures.target) ? 0 : 1);
}
