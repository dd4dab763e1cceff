// Unmatched emphasis delimiters that legal websites leave in their Markdown ("**ỦY BAN NHÂN DÂN" / "**",
// "DÂN **"): CommonMark keeps them as literal stars; the lines between an opening and a closing run are one
// bold span, and the stars themselves are removed.
import { firstContent, isSpace, lastContent, LIT, STRONG, type Line, type Run } from './lines.js';

/**
 * Lines that open with an unmatched "**" and a later line that ends with one ("**TM. ỦY BAN NHÂN" / "DÂN **")
 * form a bold span (numbered by `newSpan`); the literal delimiter stars are then removed.
 */
export function literalSpans(run: Run, newSpan: () => number): void {
  const starRun = (line: Line, from: number, step: 1 | -1): number => {
    let n = 0;
    for (let i = from; i >= 0 && i < line.chars.length && (line.flags[i] as number) & LIT; i += step) n++;
    return n;
  };
  let open: Line[] = [];
  for (const line of run.lines) {
    const first = firstContent(line);
    const last = lastContent(line);
    if (first < 0) {
      if (open.length) open.push(line);
      continue;
    }
    const startsLit = starRun(line, first, 1) >= 2;
    const endsLit = starRun(line, last, -1) >= 2;
    const onlyStars = starRun(line, first, 1) > last - first;
    if (open.length === 0) {
      if (startsLit && !onlyStars) {
        if (endsLit) markSpan([line], newSpan());
        else open = [line];
      }
    } else {
      open.push(line);
      if (endsLit) {
        markSpan(open, newSpan());
        open = [];
      } else if (open.length > 6) open = [];
    }
  }
  for (const line of run.lines) removeLiteralStars(line);
}

function markSpan(lines: Line[], id: number): void {
  for (const line of lines) {
    for (let i = 0; i < line.chars.length; i++) {
      if (line.span[i] === 0) line.span[i] = id;
      line.flags[i] = (line.flags[i] as number) | STRONG;
    }
  }
}

/**
 * Removes left-over emphasis delimiters: literal star runs of two or more, single stars at a word's edge
 * ("*Đơn vị chủ trì: *Sở Nội vụ" with the closing star after the space), and lines made only of stars.
 */
function removeLiteralStars(line: Line): void {
  const keep: boolean[] = line.chars.map(() => true);
  let i = 0;
  const content = line.chars.some((c, k) => !isSpace(c) && !((line.flags[k] as number) & LIT));
  while (i < line.chars.length) {
    if (!((line.flags[i] as number) & LIT)) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.chars.length && (line.flags[j] as number) & LIT) j++;
    // A single star stays where it is a symbol: "(*)", "5*3", " * "; at a word's edge it is a stray delimiter.
    const leftSpace = i === 0 || isSpace(line.chars[i - 1]);
    const rightSpace = j === line.chars.length || isSpace(line.chars[j]);
    if (j - i >= 2 || !content || leftSpace !== rightSpace) for (let k = i; k < j; k++) keep[k] = false;
    i = j;
  }
  if (keep.every(Boolean)) return;
  const filter = <T>(a: T[]): T[] => a.filter((_, k) => keep[k]);
  line.chars = filter(line.chars);
  line.src = filter(line.src);
  line.flags = filter(line.flags);
  line.span = filter(line.span);
}
