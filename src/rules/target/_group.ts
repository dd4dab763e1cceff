// Groups share targets by indicator (a map, never all pairs: plans may state thousands of targets).
import type { Target } from '../../model/facts.js';

/** Targets stated as current goals, comparable by indicator and year. */
export function groupTargets(targets: readonly Target[], key: (t: Target) => string | null): Map<string, Target[]> {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    if (t.kind !== 'share') continue;
    const k = key(t);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/** The indicator, if specific enough to compare: a couple of words ("hồ sơ") are not an indicator. */
export function indicatorKey(t: Target): string | null {
  const ind = t.indicator.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return ind.split(' ').length >= 4 ? ind : null;
}

export function describe(t: Target): string {
  const op = { gte: 'tối thiểu ', gt: 'trên ', lte: 'tối đa ', lt: 'dưới ', eq: '' }[t.comparator];
  return `${op}${String(t.value).replace('.', ',')}%`;
}
