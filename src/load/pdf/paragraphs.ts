// Paragraph rebuilding: where one paragraph's lines end and the next begins, and its alignment.
import type { ParagraphItem } from '../layout.js';
import type { Line, PageData } from './geometry.js';
import { firstWordWidth } from './lines.js';
import { joinWithRuns, measuredAlign } from './look.js';

interface PageMetrics {
  left: number;
  right: number;
}

const metricsCache = new WeakMap<PageData, PageMetrics>();

function metrics(page: PageData): PageMetrics {
  let m = metricsCache.get(page);
  if (!m) {
    const body = page.lines.filter((l) => l.text.length > 30);
    const use = body.length ? body : page.lines;
    m = { left: Math.min(...use.map((l) => l.x0)), right: Math.max(...use.map((l) => l.x1)) };
    if (!Number.isFinite(m.left)) m = { left: 0, right: page.width };
    metricsCache.set(page, m);
  }
  return m;
}

function isCentered(line: Line, m: PageMetrics): boolean {
  const mid = (m.left + m.right) / 2;
  return line.x0 - m.left > line.size * 1.5 && m.right - line.x1 > line.size * 1.5 && Math.abs((line.x0 + line.x1) / 2 - mid) < line.size * 1.2;
}

export function continuesParagraph(prevLines: Line[], prevPage: PageData, line: Line, page: PageData): boolean {
  const prev = prevLines[prevLines.length - 1];
  if (!prev) return false;
  if (prev.bold !== line.bold || prev.italic !== line.italic || Math.abs(prev.size - line.size) > 0.6) return false;
  const pm = metrics(prevPage);
  const m = metrics(page);
  const samePage = prevPage === page;
  if (samePage && line.y - prev.y > line.size * 1.55) return false;
  const centered = isCentered(prev, pm);
  const room = centered ? (pm.right - pm.left) - (prev.x1 - prev.x0) : pm.right - prev.x1;
  // The previous line ended early although the next word would have fitted: the paragraph ended there.
  if (room > firstWordWidth(line) + line.size * 0.6) return false;
  // A full line followed by an indented (not centred) line: a first-line indent starts a paragraph.
  if (!isCentered(line, m) && line.x0 - m.left > line.size * 0.8) return false;
  return true;
}

export function paragraphItem(lines: Line[], page: PageData): ParagraphItem {
  const { text, runs } = joinWithRuns(lines);
  const first = lines[0] as Line;
  const m = metrics(page);
  const item: ParagraphItem = { kind: 'paragraph', text, page: first.page, look: { runs, align: measuredAlign(lines, m.left, m.right, isCentered(first, m)) } };
  if (lines.every((l) => l.bold)) item.bold = true;
  if (lines.every((l) => l.italic)) item.italic = true;
  if (isCentered(first, m)) item.align = 'center';
  else if (lines.length > 1) item.align = 'justify';
  else if (first.x0 - m.left > (m.right - m.left) * 0.4 && m.right - first.x1 < first.size) item.align = 'right';
  else item.align = 'left';
  return item;
}
