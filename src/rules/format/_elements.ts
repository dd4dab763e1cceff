// Checks model elements (header lines, signature, recipients) against their prescribed style.
import { styleOf, type ElementId } from '../../data/nd30-presentation.js';
import type { RuleReport } from '../../engine/define-rule.js';
import type { Presentation } from '../../model/presentation.js';
import type { Span } from '../../model/span.js';
import { measure, styleProblems, type StyleProblem } from './_measure.js';

export type StyleMessageId = StyleProblem['kind'];

/**
 * One finding per problem of each element. Several spans for one element (the legal bases, the recipients) are
 * measured together: the element's formatting is what most of its characters have.
 */
export function* checkElements(p: Presentation, text: string, elements: readonly { id: ElementId; spans: Span[] }[]): Iterable<RuleReport<StyleMessageId>> {
  for (const { id, spans } of elements) {
    const real = spans.filter((s) => s.end > s.start);
    if (real.length === 0) continue;
    const style = styleOf(id);
    const merged = mergeMeasures(real.map((s) => measure(p, text, s)));
    if (!merged) continue;
    for (const problem of styleProblems(merged, style)) {
      yield {
        messageId: problem.kind,
        span: real[0] as Span,
        severity: problem.severity,
        data: { element: { vi: capitalise(style.name.vi), en: `${capitalise(style.name.vi)} (${style.name.en})` }, ...(problem.kind === 'size' ? { measured: problem.measured, required: problem.required } : {}) },
      };
    }
  }
}

const capitalise = (s: string): string => (s.startsWith('từ ') ? `Từ ${s.slice(3)}` : s.charAt(0).toUpperCase() + s.slice(1));

function mergeMeasures(list: (ReturnType<typeof measure>)[]): ReturnType<typeof measure> {
  const ms = list.filter((m): m is NonNullable<typeof m> => m !== null);
  if (ms.length === 0) return null;
  if (ms.length === 1) return ms[0] as NonNullable<(typeof ms)[0]>;
  const chars = ms.reduce((a, m) => a + m.chars, 0);
  const letters = ms.reduce((a, m) => a + m.letters, 0);
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const m of ms) {
    if (m.size !== null) sizes.set(m.size, (sizes.get(m.size) ?? 0) + m.chars);
    for (const [f, n] of m.fonts) fonts.set(f, (fonts.get(f) ?? 0) + n);
  }
  let size: number | null = null;
  let best = 0;
  for (const [s, n] of sizes) if (n > best) [size, best] = [s, n];
  const styled = ms.reduce((a, m) => a + m.styled, 0);
  const share = (k: 'boldShare' | 'italicShare'): number => (styled ? ms.reduce((a, m) => a + m[k] * m.styled, 0) / styled : 0);
  return {
    chars,
    size,
    styled,
    boldShare: share('boldShare'),
    italicShare: share('italicShare'),
    capsShare: letters ? ms.reduce((a, m) => a + m.capsShare * m.letters, 0) / letters : 1,
    letters,
    fonts,
  };
}
