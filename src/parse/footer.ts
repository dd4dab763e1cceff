// Recipients ("Nơi nhận:", "- Lưu: VT, …") and the signature block (authority prefix, titles, signer).
import type { Recipients, Signature } from '../model/plan.js';
import { isAllCaps, type Line, subRef, toRef } from './lines.js';

export const RECIPIENTS_RE = /^Nơi\s+nhận\s*:?/iu;
const ARCHIVE_RE = /^[-–+]?\s*Lưu\s*:/u;
const AUTHORITY_RE = /^(KT|TM|Q|TL|TUQ)\s*\.\s*/u;
const SIGNER_TITLE_RE =
  /^(KT|TM|Q|TL|TUQ)\s*\.|^(PHÓ\s+)?(GIÁM\s+ĐỐC|CHỦ\s+TỊCH|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|TRƯỞNG\s+PHÒNG|BÍ\s+THƯ|THỦ\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|HIỆU\s+TRƯỞNG|VIỆN\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG)(?![\p{L}\p{N}])/u;


/** Parses recipients starting at lines[from] ("Nơi nhận:"). Returns the index after them. */
export function parseRecipients(lines: readonly Line[], from: number): { recipients: Recipients; next: number } {
  const head = lines[from] as Line;
  const items = [];
  let archive = null;
  let i = from + 1;
  // "Nơi nhận: - Như trên;" may share the heading line.
  const inline = head.text.replace(RECIPIENTS_RE, '').trim();
  if (inline) items.push(subRef(head, head.text.length - inline.length));
  for (; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (ARCHIVE_RE.test(t)) {
      archive = toRef(lines[i] as Line);
      i++;
      break;
    }
    if (!/^[-–+•]/u.test(t)) break;
    items.push(toRef(lines[i] as Line));
  }
  return { recipients: { heading: { start: head.start, end: head.end }, items, archive }, next: i };
}

/** Parses a signature block at lines[from…]: title lines in capitals, then the signer's name. */
export function parseSignature(lines: readonly Line[], from: number, to: number): { signature: Signature | null; next: number } {
  let i = from;
  const titles: Line[] = [];
  while (i < to && titles.length < 4 && isAllCaps((lines[i] as Line).text, 2) && (lines[i] as Line).text.length <= 80) {
    titles.push(lines[i] as Line);
    i++;
  }
  if (titles.length === 0 || !SIGNER_TITLE_RE.test((titles[0] as Line).text)) return { signature: null, next: from };
  let signer: Line | null = null;
  const next = lines[i];
  if (i < to && next && next.text.length <= 60 && !isAllCaps(next.text, 2) && /^\p{Lu}/u.test(next.text) && !/[.;:]$/u.test(next.text)) {
    signer = next;
    i++;
  }
  const first = titles[0] as Line;
  const authority = AUTHORITY_RE.exec(first.text)?.[1] as Signature['authority'] | undefined;
  const last = signer ?? (titles[titles.length - 1] as Line);
  return {
    signature: {
      authority: authority ?? null,
      titleLines: titles.map(toRef),
      signer: signer ? toRef(signer) : null,
      span: { start: first.start, end: last.end },
    },
    next: i,
  };
}

/** True when a line looks like the start of a signature block. */
export function isSignatureStart(t: string): boolean {
  return isAllCaps(t, 2) && t.length <= 80 && SIGNER_TITLE_RE.test(t);
}
