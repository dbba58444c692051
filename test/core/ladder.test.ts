// The score ladder of the KR card and custom ladders: every count from 0 to 15, step and linear.
import { CARD_LADDER, ladderProblem, maxPoints, nextLevel, pointsFor } from '../../src/core/kr/ladder';

const counts = Array.from({ length: 16 }, (_, i) => i);

describe('the ladder', () => {
  describe('of the KR card, read step by step (the default)', () => {
    const expected = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5, 5, 5];
    it.each(counts)('scores %i missions as the card says', (count) => {
      expect(pointsFor(count)).toBe(expected[count]);
      expect(pointsFor(count, CARD_LADDER, 'step')).toBe(expected[count]);
    });
  });

  describe('of the KR card, read linearly', () => {
    const expected = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5, 5, 5, 5, 5];
    it.each(counts)('scores %i missions on the straight lines, capped at 5', (count) => {
      expect(pointsFor(count, CARD_LADDER, 'linear')).toBe(expected[count]);
    });
    it('scores 9 missions as 4.5 and 1 as 0.5 (docs/counting.md)', () => {
      expect(pointsFor(9, CARD_LADDER, 'linear')).toBe(4.5);
      expect(pointsFor(1, CARD_LADDER, 'linear')).toBe(0.5);
    });
  });

  describe('of a custom ladder (3,1) (5,3) (12,4)', () => {
    const ladder = [
      { threshold: 3, points: 1 },
      { threshold: 5, points: 3 },
      { threshold: 12, points: 4 },
    ];
    const step = [0, 0, 0, 1, 1, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4];
    const linear = [
      0,
      1 / 3,
      2 / 3,
      1,
      2,
      3,
      3 + 1 / 7,
      3 + 2 / 7,
      3 + 3 / 7,
      3 + 4 / 7,
      3 + 5 / 7,
      3 + 6 / 7,
      4,
      4,
      4,
      4,
    ];
    it.each(counts)('scores %i missions by step', (count) => {
      expect(pointsFor(count, ladder, 'step')).toBe(step[count]);
    });
    it.each(counts)('scores %i missions linearly', (count) => {
      expect(pointsFor(count, ladder, 'linear')).toBeCloseTo(linear[count]!, 4);
    });
    it('gives 4 as its maximum and names the next level to reach', () => {
      expect(maxPoints(ladder)).toBe(4);
      expect(nextLevel(4, ladder)).toEqual({ threshold: 5, points: 3 });
      expect(nextLevel(12, ladder)).toBeUndefined();
    });
  });

  describe('when it is checked', () => {
    it('accepts the card ladder', () => {
      expect(ladderProblem(CARD_LADDER)).toBeUndefined();
    });
    it('rejects a ladder with no levels', () => {
      expect(ladderProblem([])).toEqual({ key: 'ladder.empty', params: {} });
    });
    it('rejects thresholds that do not rise, naming the level', () => {
      expect(
        ladderProblem([
          { threshold: 4, points: 1 },
          { threshold: 4, points: 2 },
        ]),
      ).toEqual({ key: 'ladder.notRising', params: { level: 2 } });
    });
    it('rejects points that fall', () => {
      expect(
        ladderProblem([
          { threshold: 2, points: 3 },
          { threshold: 4, points: 2 },
        ]),
      ).toEqual({ key: 'ladder.pointsFalling', params: { level: 2 } });
    });
    it('rejects negative thresholds or points', () => {
      expect(ladderProblem([{ threshold: -1, points: 1 }])?.key).toBe('ladder.negative');
      expect(ladderProblem([{ threshold: 1, points: -1 }])?.key).toBe('ladder.negative');
    });
    it('rejects what is not a number', () => {
      expect(ladderProblem([{ threshold: '2', points: 1 }])?.key).toBe('ladder.notNumber');
      expect(ladderProblem([{ threshold: Number.NaN, points: 1 }])?.key).toBe('ladder.notNumber');
    });
    it('allows equal points on rising thresholds', () => {
      expect(
        ladderProblem([
          { threshold: 2, points: 1 },
          { threshold: 4, points: 1 },
        ]),
      ).toBeUndefined();
    });
  });
});
