// Stage 3 of parsePlan: where the body ends and what follows it (the footer with "Nơi nhận" and the
// signature, appendices, a web page's trailing menus), then the footer itself and whether the text was cut off.
import type { Recipients, Signature } from '../model/plan.js';
import { footerStart, hasRecipientsHeading, isSignatureStart, parseFooter } from './footer.js';
import { firstIndex, type TableAt } from './items.js';
import { isAllCaps, type Line } from './lines.js';
import { parseMarker } from './markers.js';
import { pattern } from '../text/pattern.js';

const APPENDIX_RE = /^(PHỤ\s+LỤC|Phụ\s+lục)(\s+(?:số\s+)?[IVXL\d]+)?\s*[:.]?\s*(\p{Lu}.*)?$/u;
// Lines a web page wraps around an article (menus, share boxes): tolerated and ignored.
const WEB_TAIL_RE = pattern(String.raw`^(Tin\s+liên\s+quan|Bài\s+viết\s+liên\s+quan|Tin\s+cùng\s+chuyên\s+mục)(?![\p{L}\p{N}])`, 'iu');
export const WEB_NOISE_RE = /^(noData|Không\s+có\s+dữ\s+liệu|Tác\s+giả\s*:.*|BBT\s*\(.*\)|[•·*]\s*:?|A-\s*A\s*A\+.*|In\s+bài\s+viết|Chia\s+sẻ)$/iu;

/** An appendix heading ("PHỤ LỤC I", "Phụ lục: DANH MỤC …"), not a sentence that mentions one. */
export function isAppendixHeading(l: Line): boolean {
  return APPENDIX_RE.test(l.text) && l.text.length < 200 && !/[.;]$/u.test(l.text);
}

/** Line indices of the parts of a plan after its header (-1: absent). */
export interface Zones {
  /** "Nơi nhận" (the plan's, else the cover decision's). */
  recipientsAt: number;
  /** "Nơi nhận" of a cover decision standing before the plan's title. */
  coverFooter: number;
  /** Start of the footer (recipients and signature, whichever stands first). */
  footerAt: number;
  /** A signature without "Nơi nhận". */
  signatureAt: number;
  appendixAt: number;
  webTailAt: number;
  /** End (exclusive) of the body, and of the lines. */
  bodyEnd: number;
  end: number;
}

export function locateZones(lines: readonly Line[], preambleStart: number): Zones {
  const firstSection = firstIndex(lines, preambleStart, (l) => parseMarker(l.text) !== null);
  // Footer: "Nơi nhận" (in any cell of a side-by-side layout), with a signature block that may stand above it.
  let recipientsAt = firstIndex(lines, preambleStart, (l) => hasRecipientsHeading(l.text));
  // A plan attached to a cover decision: the decision's footer stands before the plan's title.
  const coverFooter = recipientsAt < 0 ? firstIndex(lines, 0, (l, i) => i < preambleStart && hasRecipientsHeading(l.text)) : -1;
  if (recipientsAt < 0 && coverFooter >= 0) recipientsAt = coverFooter;
  const footerAt = recipientsAt >= 0 ? footerStart(lines, recipientsAt, coverFooter >= 0 ? 0 : preambleStart) : -1;
  const appendixAt = firstIndex(lines, Math.max(preambleStart, recipientsAt, firstSection), isAppendixHeading);
  const webTailAt = firstIndex(lines, preambleStart, (l) => WEB_TAIL_RE.test(l.text));
  const end = lines.length;
  const candidates = [coverFooter >= 0 ? -1 : footerAt, appendixAt, webTailAt].filter((i) => i >= 0);
  let bodyEnd = candidates.length ? Math.min(...candidates) : end;

  // Signature without "Nơi nhận": a title line in capitals among the last lines of the body.
  let signatureAt = -1;
  if (recipientsAt < 0) {
    for (let i = Math.max(preambleStart, bodyEnd - 8); i < bodyEnd; i++) {
      if (isSignatureStart((lines[i] as Line).text)) {
        signatureAt = i;
        break;
      }
    }
    if (signatureAt >= 0) bodyEnd = signatureAt;
  }
  return { recipientsAt, coverFooter, footerAt, signatureAt, appendixAt, webTailAt, bodyEnd, end };
}

export interface FooterParts {
  recipients: Recipients | null;
  signature: Signature | null;
}

/** The plan's own recipients and signature, read from the footer zone up to an appendix or trailing menus. */
export function readFooter(lines: readonly Line[], zones: Zones, preambleStart: number): FooterParts {
  const zoneFrom = zones.footerAt >= 0 ? zones.footerAt : zones.signatureAt;
  if (zoneFrom < 0) return { recipients: null, signature: null };
  const stops = [zones.appendixAt, zones.webTailAt, zones.coverFooter >= 0 ? preambleStart : -1].filter((i) => i > zoneFrom);
  const footer = parseFooter(lines, zoneFrom, stops.length ? Math.min(...stops) : zones.end);
  return { recipients: footer.recipients, signature: footer.signature };
}

/**
 * A text cut off mid-sentence (a web excerpt that stops at "triển khai thực hi"): no recipients, no signature, no
 * "./." closing anywhere, and the last line of text ends without final punctuation. Such a file is not a plan that
 * lacks its closing block, so the end-of-document checks are skipped for it.
 */
function isCutOff(
  lines: readonly Line[],
  tablesAt: readonly { at: number }[],
  f: { recipients: unknown; signature: unknown; closing: readonly Line[]; stop: number; skip: (l: Line) => boolean },
): boolean {
  if (f.recipients || f.signature || f.closing.length > 0) return false;
  if (lines.some((l) => /\.\s*\/\s*\.[*_\s]*$/u.test(l.text))) return false;
  let i = f.stop - 1;
  while (i >= 0 && (f.skip(lines[i] as Line) || WEB_NOISE_RE.test((lines[i] as Line).text.trim()))) i--;
  if (i < 0) return false;
  // A document that ends with a table is not judged (its last row may well be complete).
  if (tablesAt.some((t) => t.at > i)) return false;
  const t = (lines[i] as Line).text.replace(/[*_\s]+$/u, '');
  if (/[.!?;…)\]"”'’»]$/u.test(t) || isAllCaps(t, 2)) return false;
  return t.split(/\s+/u).length >= 3;
}

/** Whether the text stops mid-sentence with no footer (see isCutOff). */
export function isTruncated(lines: readonly Line[], tablesAt: readonly TableAt[], zones: Zones, footer: FooterParts, closing: readonly Line[], skip: (l: Line) => boolean): boolean {
  return isCutOff(lines, tablesAt, {
    recipients: footer.recipients,
    signature: footer.signature,
    closing,
    // The body's last line: before an appendix or a web page's trailing menus.
    stop: Math.min(...[zones.appendixAt, zones.webTailAt, zones.end].filter((i) => i >= 0)),
    skip,
  });
}
