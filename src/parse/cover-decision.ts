// A plan issued with its cover decision ("QUYẾT ĐỊNH … ban hành Kế hoạch"): the decision's legal bases,
// recipients and signature, read from its lines after the subject.
import type { CoverDecision } from '../model/plan.js';
import { footerStart, hasRecipientsHeading, isSignatureStart, parseFooter } from './footer.js';
import { neutralise } from './header-zone.js';
import { firstIndex } from './items.js';
import { basesOfLine } from './legal-bases.js';
import type { Line } from './lines.js';

/** Fills the cover decision's bases, recipients and signature from its body lines [from, to). */
export function readDecisionBody(lines: readonly Line[], body: { from: number; to: number }, cover: CoverDecision): void {
  const inBody = lines.slice(body.from, body.to);
  const articles = inBody.findIndex((l) => /^[\s*]*(QUYẾT\s+ĐỊNH\s*:|Điều\s+1\s*[.:])/u.test(l.text));
  cover.legalBases = joinedParagraphs(articles < 0 ? inBody : inBody.slice(0, articles)).flatMap(basesOfLine);
  const from = body.from + Math.max(0, articles);
  const recipientsAt = firstIndex(lines, from, (l, i) => i < body.to && hasRecipientsHeading(l.text));
  // The footer reader sorts recipients and signature by content, whichever stands first ("|" cells, wraps).
  const footerAt = recipientsAt >= 0 && recipientsAt < body.to ? footerStart(lines, recipientsAt, from) : firstIndex(lines, from, (l, i) => i < body.to && isSignatureStart(l.text));
  if (footerAt < 0 || footerAt >= body.to) return;
  const footer = parseFooter(lines, footerAt, body.to);
  cover.recipients = footer.recipients;
  cover.signature = footer.signature;
}

/** Hard-wrapped lines (contiguous in the source) joined into one line per paragraph, Markdown emphasis blanked. */
function joinedParagraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const text = neutralise(l.text);
    const prev = out[out.length - 1];
    const opens = /^\s*(Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)/u.test(text);
    if (prev && prev.end + 1 === l.start && !opens && !/[;.:]\s*$/u.test(prev.text)) {
      prev.text += ` ${text}`;
      prev.end = l.end;
    } else out.push({ ...l, text });
  }
  return out.map((l) => {
    const lead = l.text.length - l.text.trimStart().length;
    return { ...l, text: l.text.trim(), start: l.start + lead, end: l.start + lead + l.text.trim().length };
  });
}
