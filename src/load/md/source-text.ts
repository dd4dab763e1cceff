// Where CommonMark's text came from: each character's offset in the source (escapes, character references and
// stripped indentation skipped), and the character references an HTML block holds.
import { CONTROL_RE } from '../layout.js';

/** Tab, no-break and other spaces, and control characters: a plain space in the text. */
export const SPACE_LIKE = /^[\t\u00a0\u2002\u2003\u2007\u2009\u202f\u0000-\u0008\u000e-\u001f\u007f-\u009f]$/u;

/**
 * Offsets in `source` (from `from`) of each character of `value`, the text CommonMark made of that source:
 * backslash escapes, character references and stripped line indentation are skipped. Linear.
 */
export function alignText(value: string, source: string, from: number, to: number): number[] {
  const out: number[] = new Array<number>(value.length);
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    let reference = -1;
    while (j < to) {
      const s = source[j] as string;
      if (s === c) break;
      if (s === '\\' && source[j + 1] === c) {
        j++;
        break;
      }
      if (s === '&') {
        const m = REFERENCE_AT.exec(source.slice(j, j + 40));
        if (m) {
          reference = j;
          j += m[0].length;
          break;
        }
      }
      if (s === ' ' || s === '\t' || s === '\n' || s === '>') {
        j++;
        continue;
      }
      break;
    }
    if (reference >= 0) {
      out[i] = reference;
      continue;
    }
    out[i] = j < to ? j : Math.max(from, to - 1);
    if (j < to) j++;
  }
  return out;
}

const REFERENCE_AT = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…' };

export function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    const s = String.fromCodePoint(code);
    return s.replace(CONTROL_RE, ' ').replace(/[\n\t]/gu, ' ');
  }
  return ENTITIES[body] ?? null;
}
