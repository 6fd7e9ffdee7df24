// A sequential colour scale for counts: 0 gets its own pale tone, the rest at most five steps
// up to the largest value. Step bounds are whole numbers, and steps that would be empty (small
// maxima) are merged, so the legend never shows a range no tile can have.

export interface ScaleStep {
  from: number;
  to: number;
  /** 1…5, the CSS tone class `tone-N`; 0 is reserved for zero. */
  tone: number;
}

export const MAX_STEPS = 5;

export function countScale(values: readonly number[]): ScaleStep[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [];
  const bounds: number[] = [];
  for (let k = 1; k <= MAX_STEPS; k += 1) {
    const bound = Math.ceil((max * k) / MAX_STEPS);
    if (bound !== bounds[bounds.length - 1]) bounds.push(bound);
  }
  // The darkest tones go to the highest steps, however many steps there are.
  const firstTone = MAX_STEPS - bounds.length + 1;
  return bounds.map((to, i) => ({ from: i === 0 ? 1 : (bounds[i - 1] ?? 0) + 1, to, tone: firstTone + i }));
}

/** The tone of one value on a scale: 0 for zero, else its step's. */
export function toneOf(scale: readonly ScaleStep[], value: number): number {
  if (value <= 0) return 0;
  return scale.find((step) => value <= step.to)?.tone ?? MAX_STEPS;
}
