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
    wrongFlagged: r(totalWrong > 0 ? (below - (totalRight - chosen.rightAbove)) / totalWrong : 0),
  };
}

/**
 * Logistic regression of "the first link is right" on its score (Newton's method, a little L2 so
 * a perfectly separated sample still converges): the probability the linker's confidence then is.
 */
export function fitLogistic(judged: readonly Judgement[]): { slope: number; intercept: number } {
  let slope = 0;
  let intercept = 0;
  const ridge = 1e-3;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let gA = -ridge * slope;
    let gB = 0;
    let hAA = ridge;
    let hAB = 0;
    let hBB = 1e-9;
    for (const { score, right } of judged) {
      const p = 1 / (1 + Math.exp(-(slope * score + intercept)));
      const residual = (right ? 1 : 0) - p;
      const w = p * (1 - p);
      gA += residual * score;
      gB += residual;
      hAA += w * score * score;
      hAB += w * score;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (det <= 0) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    slope += dA;
    intercept += dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-9) break;
  }
  return { slope: Number(slope.toFixed(3)), intercept: Number(intercept.toFixed(3)) };
}
