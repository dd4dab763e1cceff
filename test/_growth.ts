// Linear-time checks without wall-clock bounds: the cost of an input four times larger must stay near four
// times the cost of the smaller one (a quadratic pattern gives ~16x). Best of a few runs each, after a warm-up,
// so a busy machine slows both sides alike instead of failing the test.
import { expect } from 'vitest';

function best(run: () => unknown, times: number): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/**
 * Asserts that `run(make(4n))` costs at most `factor` times `run(make(n))` (plus `slackMs` for timer and GC noise on
 * very fast runs). Default factor 10: linear is 4x (up to ~6x with cache effects on dense results), quadratic 16x.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 10, slackMs = 100): void {
  const small = make(n);
  const large = make(4 * n);
  run(make(Math.max(1, Math.floor(n / 8)))); // warm-up: regex compilation, JIT
  const a = best(() => run(small), 3);
  const b = best(() => run(large), 2);
  expect(b, `4x input took ${b.toFixed(1)} ms vs ${a.toFixed(1)} ms`).toBeLessThan(factor * a + slackMs);
}
