// Scores the extractors against the hand-annotated gold set (per line of the seed texts, parser-free).
import type { Citation, DateFact, Deadline, FactRole, Target } from '../model/facts.js';
import { areaOfTitle } from '../data/reform-areas.js';
import { findAbbreviations } from '../extract/abbreviations.js';
import { findCitations } from '../extract/citations.js';
import { findDates } from '../extract/dates.js';
import { findDeadlines, parseDeadline } from '../extract/deadlines.js';
import { findTargets, isResultsTitle } from '../extract/targets.js';

export const EXTRACTORS = ['citations', 'dates', 'deadlines', 'targets', 'abbreviations'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/** One hand-annotated fact: where it is (line, text, occurrence in the line) and the fields expected. */
export interface GoldItem {
  line: number;
  text: string;
  /** 0-based occurrence of `text` in the line when it appears more than once. */
  occurrence?: number;
  [field: string]: unknown;
}

export interface GoldFile {
  seed: string;
  notes?: string;
  citations: GoldItem[];
  dates: GoldItem[];
  deadlines: GoldItem[];
  targets: GoldItem[];
  abbreviations: GoldItem[];
}

export interface CounterExamples {
  notes?: string;
  /** Strings on which the named extractors must report nothing. */
  cases: { text: string; none: ExtractorName[] }[];
}

/** A predicted fact flattened to the fields the gold set can check. */
export interface Predicted {
  line: number;
  start: number;
  end: number;
  fields: Record<string, unknown>;
}

export interface Score {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Gold items missed or matched with wrong fields, and predictions that matched nothing. */
  misses: string[];
  spurious: string[];
}

/** Line-by-line context, inferred simply: role, reform area, results section, table columns. */
interface LineContext {
  role: FactRole;
  area: string | null;
  past: boolean;
}

function citationFields(c: Citation): Record<string, unknown> {
  return {
    key: c.key,
    typeWord: c.typeWord,
    docType: c.docType,
    form: c.number?.form ?? null,
    date: c.date?.iso ?? (c.date?.year ?? null),
    dateValid: c.date?.valid ?? null,
    issuer: c.issuer?.text ?? null,
    issuerId: c.issuerId,
    subject: c.subject,
    lawName: c.lawName,
    role: c.role,
    malformed: c.malformed,
    alias: c.alias,
  };
}
const dateFields = (d: DateFact): Record<string, unknown> => ({ kind: d.kind, start: d.start, end: d.end, valid: d.valid, role: d.role });
const deadlineFields = (d: Deadline): Record<string, unknown> => ({ kind: d.kind, start: d.start, end: d.end, valid: d.valid, task: d.task !== null });
const targetFields = (t: Target): Record<string, unknown> => ({
  value: t.value, comparator: t.comparator, kind: t.kind, area: t.area, year: t.year, indicator: t.indicator, role: t.role,
});

/** Runs every extractor over `text` line by line, with the context a reader would infer from the line alone. */
export function predictSeed(text: string): Record<ExtractorName, Predicted[]> {
  const out: Record<ExtractorName, Predicted[]> = { citations: [], dates: [], deadlines: [], targets: [], abbreviations: [] };
  const lines = text.split('\n');
  let offset = 0;
  let sawSection = false;
  let romanArea: string | null = null;
  const ctx: LineContext = { role: 'body', area: null, past: false };
  let deadlineCol = -1;
  lines.forEach((line, i) => {
    const n = i + 1;
    const push = (name: ExtractorName, start: number, end: number, fields: Record<string, unknown>): void => {
      out[name].push({ line: n, start: start - offset, end: end - offset, fields });
    };
    const roman = /^\s*([IVX]+)\.\s+(.+)$/u.exec(line);
    const numbered = /^\s*(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+(.{3,120})$/u.exec(line);
    if (roman && !line.includes('\t')) {
      sawSection = true;
      ctx.past = isResultsTitle(roman[2] ?? '');
      romanArea = areaOfTitle(roman[2] ?? '');
      ctx.area = romanArea;
    } else if (numbered && !line.includes('\t') && !/[.;:]$/u.test(line.trim())) {
      ctx.area = areaOfTitle(numbered[1] ?? '') ?? romanArea;
    } else if (/^\s*(?:MỤC TIÊU|NHIỆM VỤ)/u.test(line)) {
      ctx.area = null;
    }
    const isBasis = !sawSection && /^\s*(?:Căn cứ|Thực hiện|Nhằm)\s/u.test(line);
    const cells = line.split('\t');
    if (cells.length > 1) {
      const dc = cells.findIndex((c) => /^Thời gian/u.test(c.trim()));
      if (dc >= 0) {
        deadlineCol = dc;
        offset += line.length + 1;
        return;
      }
      const firstText = cells.find((c) => c.trim() !== '') ?? '';
      const areaRow = /^\s*[IVX]+\.\s/u.test(firstText) && cells.filter((c) => c.trim() !== '').length === 1;
      if (areaRow) romanArea = areaOfTitle(firstText);
      let at = offset;
      cells.forEach((cell, ci) => {
        runPiece(cell, at, 'table', areaRow ? null : romanArea, false, ci === deadlineCol);
        at += cell.length + 1;
      });
    } else {
      runPiece(line, offset, isBasis ? 'basis' : 'body', ctx.area, ctx.past, false);
    }
    offset += line.length + 1;

    function runPiece(piece: string, base: number, role: FactRole, area: string | null, past: boolean, deadlineCell: boolean): void {
      for (const c of findCitations(piece, base, role)) push('citations', c.span.start, c.span.end, citationFields(c));
      for (const d of findDates(piece, base, role)) push('dates', d.span.start, d.span.end, dateFields(d));
      const dls = deadlineCell ? parseDeadline(piece, base, { task: n, role }) : findDeadlines(piece, base, role);
      for (const d of dls) push('deadlines', d.span.start, d.span.end, deadlineFields(d));
      for (const t of findTargets(piece, base, role, area, { past })) push('targets', t.span.start, t.span.end, targetFields(t));
      for (const a of findAbbreviations(piece, base).definitions) push('abbreviations', a.span.start, a.span.end, { abbr: a.abbr, expansion: a.expansion });
    }
  });
  return out;
}

/** Runs the extractors on a counter-example string (one piece, role body, no area). */
export function predictPiece(text: string): Record<ExtractorName, number> {
  return {
    citations: findCitations(text, 0, 'body').length,
    dates: findDates(text, 0, 'body').length,
    deadlines: findDeadlines(text, 0, 'body').length,
    targets: findTargets(text, 0, 'body', null).length,
    abbreviations: findAbbreviations(text, 0).definitions.length,
  };
}

function locate(lines: string[], g: GoldItem): { start: number; end: number } | null {
  const line = lines[g.line - 1];
  if (line === undefined) return null;
  let at = -1;
  for (let k = 0; k <= (g.occurrence ?? 0); k++) {
    at = line.indexOf(g.text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + g.text.length };
}

function equalField(expected: unknown, actual: unknown, field: string): boolean {
  if (field === 'indicatorHas') return true;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((x) => actual.includes(x));
  }
  return expected === actual;
}

function fieldErrors(g: GoldItem, p: Predicted): string[] {
  const errs: string[] = [];
  for (const [k, v] of Object.entries(g)) {
    if (k === 'line' || k === 'text' || k === 'occurrence' || k === 'note') continue;
    if (k === 'indicatorHas') {
      const ind = String(p.fields['indicator'] ?? '');
      for (const w of v as string[]) if (!ind.includes(w)) errs.push(`indicator "${ind}" lacks "${w}"`);
      continue;
    }
    if (!equalField(v, p.fields[k], k)) errs.push(`${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(p.fields[k])}`);
  }
  return errs;
}

/** Matches gold items to predictions (same line, overlapping span) and counts. */
export function scoreItems(lines: string[], gold: GoldItem[], predicted: Predicted[], label: string): Score {
  const used = new Set<number>();
  const misses: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const loc = locate(lines, g);
    if (!loc) {
      misses.push(`${label}:${g.line} gold text not found: "${g.text}"`);
      continue;
    }
    const overlapping = predicted
      .map((p, k) => ({ p, k }))
      .filter(({ p, k }) => !used.has(k) && p.line === g.line && p.start < loc.end && p.end > loc.start);
    // Several predictions may overlap one gold item (a definition span covers its neighbour): prefer an exact one.
    const best = overlapping.find(({ p }) => fieldErrors(g, p).length === 0) ?? overlapping[0];
    const idx = best ? best.k : -1;
    const p = predicted[idx];
    if (idx < 0 || !p) {
      misses.push(`${label}:${g.line} missed "${g.text}"`);
      continue;
    }
    used.add(idx);
    const errs = fieldErrors(g, p);
    if (errs.length === 0) tp += 1;
    else misses.push(`${label}:${g.line} "${g.text}" ${errs.join('; ')}`);
  }
  const spurious = predicted
    .map((p, k) => ({ p, k }))
    .filter(({ k }) => !used.has(k))
    .map(({ p }) => `${label}:${p.line} unexpected "${(lines[p.line - 1] ?? '').slice(p.start, p.end)}" ${JSON.stringify(p.fields)}`);
  return {
    gold: gold.length,
    predicted: predicted.length,
    truePositives: tp,
    precision: predicted.length === 0 ? 1 : tp / predicted.length,
    recall: gold.length === 0 ? 1 : tp / gold.length,
    misses,
    spurious,
  };
}

/** Scores every extractor over the seeds and the counter-examples. */
export function evaluate(seeds: { name: string; text: string; gold: GoldFile }[], counter: CounterExamples): Record<ExtractorName, Score> {
  const total = Object.fromEntries(
    EXTRACTORS.map((e) => [e, { gold: 0, predicted: 0, truePositives: 0, precision: 1, recall: 1, misses: [], spurious: [] } as Score]),
  ) as Record<ExtractorName, Score>;
  for (const s of seeds) {
    const lines = s.text.split('\n');
    const pred = predictSeed(s.text);
    for (const e of EXTRACTORS) {
      const sc = scoreItems(lines, s.gold[e], pred[e], `${s.name}/${e}`);
      const t = total[e];
      t.gold += sc.gold;
      t.predicted += sc.predicted;
      t.truePositives += sc.truePositives;
      t.misses.push(...sc.misses);
      t.spurious.push(...sc.spurious);
    }
  }
  for (const c of counter.cases) {
    const got = predictPiece(c.text);
    for (const e of c.none) {
      const n = got[e];
      if (n > 0) {
        total[e].predicted += n;
        total[e].spurious.push(`counter-example/${e}: ${n} fact(s) in "${c.text}"`);
      }
    }
  }
  for (const e of EXTRACTORS) {
    const t = total[e];
    t.precision = t.predicted === 0 ? 1 : t.truePositives / t.predicted;
    t.recall = t.gold === 0 ? 1 : t.truePositives / t.gold;
  }
  return total;
}
