// Linear-time checks without wall-clock bounds: the cost of an input four times larger must stay near four
// times the cost of the smaller one (a quadratic pattern gives ~16x). Each size keeps the best of its runs, and
// the two sizes are timed in alternation, so a busy machine slows both sides alike; when the ratio is still over
// its bound, more rounds are timed (up to `maxRounds`) before the test fails. A quadratic cost stays over the bound
// in every round, so the test still fails on one (see the note in the commit that made this adaptive).
import { expect } from 'vitest';

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export interface Growth {
  /** Best time of the small input, ms. */
  small: number;
  /** Best time of the large input, ms. */
  large: number;
  /** Rounds timed. */
  rounds: number;
}

/**
 * Times `runSmall` and `runLarge` in alternation and returns the best time of each, stopping once
 * `ok(small, large)` holds (after at least `minRounds`) or after `maxRounds`.
 */
export function measureGrowth(
  runSmall: () => unknown,
  runLarge: () => unknown,
  ok: (small: number, large: number) => boolean,
  { minRounds = 2, maxRounds = 6 }: { minRounds?: number; maxRounds?: number } = {},
): Growth {
  let small = Infinity;
  let large = Infinity;
  let rounds = 0;
  while (rounds < maxRounds) {
    small = Math.min(small, time(runSmall));
    large = Math.min(large, time(runLarge));
    rounds++;
    if (rounds >= minRounds && ok(small, large)) break;
  }
  return { small, large, rounds };
}

/**
 * Asserts that `run(make(4n))` costs at most `factor` times `run(make(n))` (plus `slackMs` for timer and GC noise on
 * very fast runs). Default factor 10: linear is 4x (up to ~6x with cache effects on dense results), quadratic 16x.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 10, slackMs = 100): void {
  const small = make(n);
  const large = make(4 * n);
  run(make(Math.max(1, Math.floor(n / 8)))); // warm-up: regex compilation, JIT
  const g = measureGrowth(
    () => run(small),
    () => run(large),
    (a, b) => b < factor * a + slackMs,
  );
  expect(g.large, `4x input took ${g.large.toFixed(1)} ms vs ${g.small.toFixed(1)} ms (best of ${g.rounds} rounds)`).toBeLessThan(factor * g.small + slackMs);
}
