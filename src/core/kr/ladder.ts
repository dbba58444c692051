// The score ladder: which count earns which points, by step (the card's reading) or linear interpolation.
import type { MessageKey, MessageParams } from '../i18n/messages';

export interface Level {
  readonly threshold: number;
  readonly points: number;
}

export type Ladder = readonly Level[];
export type Method = 'step' | 'linear';
export const METHODS: readonly Method[] = ['step', 'linear'];

/** The KR card's five levels: 2 → 1, 4 → 2, 6 → 3, 8 → 4, 10 → 5 points. */
export const CARD_LADDER: Ladder = [
  { threshold: 2, points: 1 },
  { threshold: 4, points: 2 },
  { threshold: 6, points: 3 },
  { threshold: 8, points: 4 },
  { threshold: 10, points: 5 },
];

export interface LadderProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * What is wrong with a ladder, or undefined when it is sound: at least one level, numbers only, nothing
 * negative, thresholds strictly rising, points never falling. Levels are numbered from 1 for the message.
 */
export function ladderProblem(
  ladder: readonly { threshold: unknown; points: unknown }[],
): LadderProblem | undefined {
  if (ladder.length === 0) return { key: 'ladder.empty', params: {} };
  for (let i = 0; i < ladder.length; i++) {
    const { threshold, points } = ladder[i]!;
    const level = i + 1;
    if (typeof threshold !== 'number' || typeof points !== 'number')
      return { key: 'ladder.notNumber', params: { level } };
    if (!Number.isFinite(threshold) || !Number.isFinite(points))
      return { key: 'ladder.notNumber', params: { level } };
    if (threshold < 0 || points < 0) return { key: 'ladder.negative', params: { level } };
    const previous = ladder[i - 1] as Level | undefined;
    if (previous && threshold <= previous.threshold) return { key: 'ladder.notRising', params: { level } };
    if (previous && points < previous.points) return { key: 'ladder.pointsFalling', params: { level } };
  }
  return undefined;
}

/**
 * The points a count earns. step: the points of the highest threshold reached, 0 below the first.
 * linear: straight lines from (0, 0) through each (threshold, points), capped at the top level.
 */
export function pointsFor(count: number, ladder: Ladder = CARD_LADDER, method: Method = 'step'): number {
  const reached = ladder.filter((level) => count >= level.threshold);
  const top = reached[reached.length - 1];
  if (method === 'step' || reached.length === ladder.length) return top ? top.points : 0;
  const from = top ?? { threshold: 0, points: 0 };
  const to = ladder[reached.length]!;
  const share = (count - from.threshold) / (to.threshold - from.threshold);
  // Rounded to 4 places so 4.5 reads as 4.5 in a cell, not 4.499999999.
  return Math.round((from.points + share * (to.points - from.points)) * 1e4) / 1e4;
}

/** The highest points the ladder gives. */
export function maxPoints(ladder: Ladder): number {
  return ladder[ladder.length - 1]?.points ?? 0;
}

/** The next level above a count (the one to aim for), or undefined at the top. */
export function nextLevel(count: number, ladder: Ladder): Level | undefined {
  return ladder.find((level) => count < level.threshold);
}
