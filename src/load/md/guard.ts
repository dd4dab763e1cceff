// A guard in front of micromark: a block with more emphasis delimiter runs than any document has is read
// without emphasis.

/** Stand-ins for "*" and "_" in a block with too many delimiter runs (same length: offsets stay true). */
export const STAR = '\ue010';
export const UNDERSCORE = '\ue011';
/** Emphasis delimiter runs one block may hold before they are read as plain characters. */
const MAX_DELIMITER_RUNS = 400;

/**
 * micromark matches emphasis delimiters in time that grows with the square of their number in one paragraph
 * ("*a *a *a … c* c*"): a block (up to a blank line) with more runs than any document has is read without
 * emphasis, its stars and underscores kept as text.
 */
export function guardDelimiters(text: string): string {
  if (text.length < MAX_DELIMITER_RUNS) return text;
  const parts: string[] = [];
  let copied = 0;
  let blockStart = 0;
  const check = (from: number, to: number): void => {
    const block = text.slice(from, to);
    if ((block.match(/[*_]+/gu)?.length ?? 0) <= MAX_DELIMITER_RUNS) return;
    parts.push(text.slice(copied, from), block.replace(/\*/gu, STAR).replace(/_/gu, UNDERSCORE));
    copied = to;
  };
  for (const m of text.matchAll(/\n[ \t]*\n/gu)) {
    check(blockStart, m.index);
    blockStart = m.index;
  }
  check(blockStart, text.length);
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
