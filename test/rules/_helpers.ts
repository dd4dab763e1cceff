// Test helpers for rules: hand-built PlanDocument / Facts models, and running one rule over them.
import type { AnyRule, LoadNote, Localized, RuleSettings } from '../../src/engine/define-rule.js';
import type { Citation, Deadline, Facts, Target } from '../../src/model/facts.js';
import type { PlanDocument, Section, Task } from '../../src/model/plan.js';
import type { Span, TextRef } from '../../src/model/span.js';
import { isoOrNull } from '../../src/text/calendar.js';
import { emptyDocument } from '../../src/parse/header.js';

/** Span of the n-th occurrence (0-based) of `needle` in `text`; throws when absent so tests fail loudly. */
export function at(text: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found in test text`);
  }
  return { start: i, end: i + needle.length };
}

export function ref(text: string, needle: string, nth = 0): TextRef {
  return { text: needle, span: at(text, needle, nth) };
}

export function emptyDoc(): PlanDocument {
  return emptyDocument({ path: 'mem.txt', format: 'txt', encoding: 'utf-8', bytes: 0 });
}

export function emptyFacts(): Facts {
  return { citations: [], dates: [], deadlines: [], targets: [], abbreviations: { definitions: [], uses: [] }, period: null, referenceDate: null };
}

export const DEFAULT_SETTINGS: RuleSettings = { stage: 'final', profile: 'cchc', referenceDate: null, registryExtra: [], units: [] };

export interface Reported {
  messageId: string;
  /** The text the finding points at (empty for span-less findings). */
  text: string;
  severity: string | undefined;
  data: Record<string, string | number | Localized> | undefined;
}

/** Runs one rule; options are parsed by the rule's own schema ({} gives the defaults). */
export function run(
  rule: AnyRule,
  input: { text: string; doc?: PlanDocument; facts?: Facts; settings?: Partial<RuleSettings>; options?: Record<string, unknown>; notes?: LoadNote[] },
): Reported[] {
  const options = rule.options ? rule.options.parse(input.options ?? {}) : {};
  const out: Reported[] = [];
  for (const r of rule.check({
    doc: input.doc ?? emptyDoc(),
    facts: input.facts ?? emptyFacts(),
    text: input.text,
    options,
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    notes: input.notes ?? [],
  })) {
    if (!(r.messageId in rule.messages)) throw new Error(`unknown message id ${r.messageId}`);
    // The severity when it differs from the rule's default: the report's own, else the message's declared one.
    const severity = r.severity ?? (rule.meta.messageSeverity as Record<string, string> | undefined)?.[r.messageId];
    out.push({ messageId: r.messageId, text: r.span ? input.text.slice(r.span.start, r.span.end) : '', severity, data: r.data });
  }
  return out;
}

/** A section with its title located in `text`. */
export function section(text: string, marker: string, kind: Section['kind'], title: string, children: Section[] = [], nth = 0): Section {
  const span = at(text, `${marker} ${title}`.trim(), nth);
  return { marker, kind, level: 1, path: marker, title, span, titleSpan: span, paragraphs: [], children };
}

/** A citation located in `text` (its span covers `whole`, default the number). */
export function citation(
  text: string,
  o: {
    whole: string;
    typeWord?: string | null;
    number?: string | null;
    date?: string | null;
    issuer?: string | null;
    issuerId?: string | null;
    lawName?: string | null;
    key?: string;
    malformed?: string[];
    form?: NonNullable<Citation['number']>['form'];
    nth?: number;
  },
): Citation {
  const span = at(text, o.whole, o.nth ?? 0);
  const local = (needle: string): Span => {
    const i = text.indexOf(needle, span.start);
    return { start: i, end: i + needle.length };
  };
  let number: Citation['number'] = null;
  if (o.number) {
    const m = /^(\d+)(?:\/(\d{4}))?\/([^-\s/]+?)(?:[-\s]([^/]+))?$/u.exec(o.number) ?? /^(\d+)-([^/]+)\/(.+)$/u.exec(o.number);
    const normative = /^\d+\/\d{4}\//u.test(o.number);
    const law = /\/QH\d+$/u.test(o.number);
    number = {
      raw: o.number,
      serial: m?.[1] ?? null,
      year: normative ? Number(o.number.split('/')[1]) : null,
      typeCode: law ? null : (m?.[3] ?? null),
      issuerCode: law ? o.number.split('/')[2] ?? null : (m?.[4] ?? null),
      unitCode: null,
      form: o.form ?? (law ? 'law' : normative ? 'normative' : 'administrative'),
    };
  }
  let date: Citation['date'] = null;
  if (o.date) {
    const [d, mo, y] = o.date.split('/').map(Number) as [number, number, number];
    const iso = isoOrNull(y, mo, d);
    date = { raw: o.date, day: d, month: mo, year: y, iso, valid: iso !== null, span: local(o.date) };
  }
  return {
    text: o.whole,
    span,
    typeWord: o.typeWord ?? null,
    docType: null,
    number,
    date,
    issuer: o.issuer ? { text: o.issuer, span: local(o.issuer) } : null,
    issuerId: o.issuerId ?? null,
    subject: null,
    lawName: o.lawName ?? null,
    key: o.key ?? (o.number ?? o.lawName ?? o.whole).toLowerCase(),
    role: 'body',
    malformed: o.malformed ?? [],
    alias: null,
  };
}

export function target(text: string, whole: string, o: Partial<Omit<Target, 'text' | 'span'>> & { nth?: number } = {}): Target {
  return {
    text: whole,
    span: at(text, whole, o.nth ?? 0),
    value: o.value ?? 100,
    comparator: o.comparator ?? 'eq',
    indicator: o.indicator ?? whole.replace(/^[^%]*%\s*/u, '').toLowerCase(),
    kind: o.kind ?? 'share',
    area: o.area ?? null,
    year: o.year ?? null,
    role: o.role ?? 'body',
  };
}

export function deadline(text: string, whole: string, o: Partial<Omit<Deadline, 'text' | 'span'>> & { nth?: number } = {}): Deadline {
  return {
    text: whole,
    span: at(text, whole, o.nth ?? 0),
    kind: o.kind ?? 'by-date',
    start: o.start ?? null,
    end: o.end ?? null,
    valid: o.valid ?? true,
    task: o.task ?? null,
    role: o.role ?? 'table',
  };
}

/** A table task whose cells are located in `text`; pass '' for an empty cell. */
export function task(text: string, o: { row: string; mission?: string; lead?: string; output?: string; deadline?: string; at?: string }): Task {
  const span = at(text, o.row);
  const cell = (v: string | undefined): TextRef | null => (v ? { text: v, span: { start: text.indexOf(v, span.start), end: text.indexOf(v, span.start) + v.length } } : null);
  return {
    source: 'table',
    area: null,
    at: o.at ?? 'table 0 row 1',
    number: '1',
    objective: null,
    mission: cell(o.mission),
    activity: null,
    output: cell(o.output),
    lead: cell(o.lead),
    partners: null,
    deadline: cell(o.deadline),
    budget: null,
    span,
  };
}

/** Fenced ```txt blocks under the "### ✅ Valid" and "### ❌ Invalid" headings of a docs page. */
export interface DocBlock {
  code: string;
  /** A described case (```txt described): the text a file's case is about, not a fragment to run. */
  described?: boolean;
  /** Loader notes the example's file carries (a ```json load-notes block right before the text block). */
  loadNotes?: LoadNote[];
  /** Config settings the example needs (a ```json settings block right before the text block). */
  settings?: { units?: string[] };
}

export function docBlocks(md: string): { valid: DocBlock[]; invalid: DocBlock[] } {
  const part = (heading: string): DocBlock[] => {
    const start = md.indexOf(heading);
    if (start < 0) return [];
    const next = md.indexOf('\n### ', start + heading.length);
    const body = md.slice(start, next < 0 ? md.length : next);
    return [...body.matchAll(/(?:```json settings\n([\s\S]*?)\n```\n+)?(?:```json load-notes\n([\s\S]*?)\n```\n+)?```txt( described)?\n([\s\S]*?)\n```/gu)].map((m) => ({
      code: m[4] ?? '',
      ...(m[3] ? { described: true } : {}),
      ...(m[1] ? { settings: JSON.parse(m[1]) as { units?: string[] } } : {}),
      ...(m[2] ? { loadNotes: JSON.parse(m[2]) as LoadNote[] } : {}),
    }));
  };
  return { valid: part('### ✅ Valid'), invalid: part('### ❌ Invalid') };
}

