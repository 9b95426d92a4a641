export interface Judgement {
  score: number;
  right: boolean;
}

export interface Calibration {
  /** Links scoring below this go to an adviser. */
  threshold: number;
  /** Share of right first links at or above the threshold. */
  precisionAbove: number;
  /** Share of right first links below it. */
  precisionBelow: number;
  /** Share of links below it (flagged for review). */
  flagged: number;
  /** Share of the wrong first links that are flagged. */
  wrongFlagged: number;
}

/**
 * The threshold that best separates right first links from wrong ones: the largest difference
 * between the share of right links kept and the share of wrong links kept (Youden's J), scanned
 * over every observed score.
 */
export function calibrateThreshold(judged: readonly Judgement[]): Calibration {
  const sorted = [...judged].sort((a, b) => b.score - a.score);
  const totalRight = sorted.filter((j) => j.right).length;
  const totalWrong = sorted.length - totalRight;
  let right = 0;
  let bestJ = -Infinity;
  let chosen = { threshold: 1, above: 0, rightAbove: 0 };
  sorted.forEach((j, i) => {
    if (j.right) right += 1;
    if (i + 1 < sorted.length && sorted[i + 1].score === j.score) return;
    const wrong = i + 1 - right;
    const youden = right / Math.max(1, totalRight) - wrong / Math.max(1, totalWrong);
    if (youden > bestJ) {
      bestJ = youden;
      chosen = { threshold: j.score, above: i + 1, rightAbove: right };
    }
  });
  const below = sorted.length - chosen.above;
  const r = (v: number): number => Number(v.toFixed(3));
  return {
    threshold: r(chosen.threshold),
    precisionAbove: r(chosen.above > 0 ? chosen.rightAbove / chosen.above : 0),
    precisionBelow: r(below > 0 ? (totalRight - chosen.rightAbove) / below : 0),
    flagged: r(sorted.length > 0 ? below / sorted.length : 0),
    wrongFlagged: r(
      totalWrong > 0 ? (below - (totalRight - chosen.rightAbove)) / totalWrong : 0,
    ),
  };
}
