// The pipeline for one file: read → load (sniffed format) → parse → extract → rules → FileResult.
import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import type { RegistryEntryInput } from './engine/define-rule.js';
import { type EngineOptions, runRules } from './engine/index.js';
import { extractFacts } from './extract/index.js';
import { WARM_UP_PLAN, warmUpPresentation } from './data/warm-up-plan.js';
import { loadDocument } from './load/index.js';
import { loadTxt } from './load/txt.js';
import { LoadError, type LoadErrorCode, type LoadWarning, type LoadedDocument, type SourceFormat } from './load/types.js';
import type { Facts } from './model/facts.js';
import type { FileResult, Finding } from './model/finding.js';
import type { PlanDocument } from './model/plan.js';
import { emptyDocument } from './parse/header.js';
import { parsePlan } from './parse/index.js';
import { DOCUMENT_RULES, FILE_LEVEL_RULES } from './rules/index.js';
import UNREADABLE_RULE from './rules/load/unreadable.js';
import { identityMap } from './text/normalize.js';
import { LOAD_ERROR_MESSAGES } from './load/messages.js';
import { fsPath } from './load/raw-path.js';
import { formatMessage } from './engine/index.js';
import { garbledVerdict } from './text/garbled.js';
import { pattern } from './text/pattern.js';

export interface FileOptions {
  lang: 'vi' | 'en';
  password?: string;
  /** Maximum input size in bytes. */
  maxBytes?: number;
  /** Run the heavy parsers in an isolated worker with limits. */
  isolate?: boolean;
  timeoutMs?: number;
  maxMemoryMb?: number;
  today?: string;
  /** Recognise scanned PDF pages with Tesseract (`--ocr`). */
  ocr?: boolean;
}

export interface Parsed {
  loaded: LoadedDocument;
  doc: PlanDocument;
  facts: Facts;
}

function errnoToLoadError(err: NodeJS.ErrnoException): LoadError {
  switch (err.code) {
    case 'ENOENT':
      return new LoadError('not-found');
    case 'EISDIR':
      return new LoadError('is-directory');
    case 'EACCES':
    case 'EPERM':
      return new LoadError('unreadable', err.code);
    default:
      return new LoadError('unreadable', err.code ?? err.message);
  }
}

/** A size in MB, with enough decimals to differ from `other` (50 MB + 1 byte is not "50.0 MB"). */
function formatSize(bytes: number, other: number): string {
  for (let digits = 1; digits <= 6; digits++) {
    const a = (bytes / 1048576).toFixed(digits);
    if (a !== (other / 1048576).toFixed(digits)) return `${(bytes / 1048576).toFixed(digits === 1 && Number.isInteger(bytes / 1048576) ? 0 : digits)} MB`;
  }
  return `${bytes} bytes`;
}

/** What a path that is not a regular file is, for the message. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

/** Kernel pseudo-files report a size of 0 and can be read without end. */
const PSEUDO_FS_RE = /^\/(?:proc|sys)\//u;

/**
 * Reads one file's bytes under the size limit. Only regular files are opened: a FIFO would block and a device or a
 * /proc file could be read without end. Reading stops one byte past the limit whatever size the file claims.
 * Throws LoadError for input that cannot be read.
 */
export async function readInput(path: string, options: Pick<FileOptions, 'maxBytes'>): Promise<Uint8Array> {
  let handle;
  try {
    // A path found under a name that is not UTF-8 is opened by its raw bytes.
    const target = fsPath(path);
    const st = await stat(target);
    if (st.isDirectory()) throw new LoadError('is-directory');
    if (!st.isFile()) throw new LoadError('not-regular', kindOf(st));
    if (PSEUDO_FS_RE.test(await realpath(target))) throw new LoadError('not-regular', 'kernel pseudo-file');
    const limit = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    if (st.size > limit) throw new LoadError('too-large', `${formatSize(st.size, limit)} > ${formatSize(limit, st.size)}`);
    // O_NONBLOCK: should the file have been swapped for a FIFO since stat, opening it does not wait for a writer.
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(1 << 20, limit + 1 - total);
      if (want <= 0) break;
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit) throw new LoadError('too-large', `> ${formatSize(limit, total)}`);
    const bytes = Buffer.concat(chunks, total);
    if (bytes.length === 0) throw new LoadError('empty');
    return bytes;
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw errnoToLoadError(err as NodeJS.ErrnoException);
  } finally {
    await handle?.close();
  }
}

/**
 * Whether a parsed document shows any sign of being a plan: a document type name ("KẾ HOẠCH"), a header part
 * (number, national name, motto, issuing body), numbered sections or a task table (an appendix sent on its own).
 * A note or letter has none of them.
 */
export function looksLikePlan(doc: PlanDocument): boolean {
  const h = doc.header;
  return Boolean(h.documentType || h.documentNumber || h.nationalName || h.motto || h.issuingBody) || doc.sections.length > 0 || doc.tasks.length > 0;
}

/** Parses a loaded document and derives its facts (the format-independent half of the pipeline). */
export function parseLoaded(loaded: LoadedDocument, path: string, bytes: number, options: Pick<FileOptions, 'today'>): Parsed {
  const verdict = garbledVerdict(loaded.text);
  if (verdict.garbled && !loaded.warnings.some((w) => w.code === 'text-garbled')) loaded.warnings.push({ code: 'text-garbled', sample: verdict.sample });
  const doc = parsePlan(loaded, { path, bytes });
  if (!looksLikePlan(doc) && !loaded.warnings.some((w) => w.code === 'not-a-plan')) loaded.warnings.push({ code: 'not-a-plan' });
  const facts = extractFacts(doc, loaded.text, options.today ? { today: options.today } : {});
  return { loaded, doc, facts };
}

/** Loads and parses bytes whose name is `path` (the format is sniffed from the content). Throws LoadError. */
export async function parseBytes(bytes: Uint8Array, path: string, options: FileOptions, whileReading?: (format: SourceFormat) => void): Promise<Parsed> {
  const loaded = await loadDocument(bytes, {
    path,
    ...(whileReading ? { whileReading } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.isolate !== undefined ? { isolate: options.isolate } : {}),
    ...(options.ocr ? { ocr: true } : {}),
    limits: {
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxMemoryMb !== undefined ? { maxMemoryMb: options.maxMemoryMb } : {}),
    },
  });
  return parseLoaded(loaded, path, bytes.length, options);
}

/** Reads, loads and parses one file. Throws LoadError for input that cannot be read. */
export async function parseFile(path: string, options: FileOptions): Promise<Parsed> {
  return parseBytes(await readInput(path, options), path, options);
}

const AGENCY_IN_SUBJECT_RE =
  /của\s+((?:Sở|Ban|Ủy\s+ban\s+nhân\s+dân|UBND|Phòng|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Cục|Thanh\s+tra|Bộ|Hội\s+đồng)\s[^,;()]*?)(?=\s+(?:năm|giai\s+đoạn|6\s+tháng|quý|đến\s+năm)\s|$)/u;

const UBND_RE = pattern(String.raw`^(?:(?:ỦY|UỶ|Ủy|Uỷ)\s+BAN\s+NHÂN\s+DÂN|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?![\p{L}\p{N}])\s*`, 'iu');
// Administrative units written before a name: "TỈNH LÂM ĐỒNG", "THÀNH PHỐ HỒ CHÍ MINH", "XÃ …".
const UNIT_RE = pattern(String.raw`(?<![\p{L}\p{N}])(TỈNH|THÀNH\s+PHỐ|TP\.|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+(\S.*)$`, 'iu');
// Two-word names kept capitalised (official spelling).
const PROPER: Record<string, string> = { 'Công thương': 'Công Thương', 'quyết định số': 'Quyết định số' };
const LEAD_WORDS = pattern(String.raw`^(?:SỞ|BỘ|CỤC|CHI CỤC|TỔNG CỤC)(?![\p{L}\p{N}])`, 'u');
/** Marks an agency read from the folder name rather than the document. */
export const AGENCY_FROM_FOLDER = ' (theo thư mục)';

const title = (w: string): string => (w ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w);

/** "LÂM ĐỒNG" → "Lâm Đồng": every word capitalised. */
function placeCase(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .map((w) => (/\d/u.test(w) ? w : title(w)))
    .join(' ');
}

/** "SỞ DÂN TỘC VÀ TÔN GIÁO" → "Sở Dân tộc và Tôn giáo": each coordinated part in sentence case. */
function nameCase(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name.trim();
  const parts = name.trim().split(/(\s+VÀ\s+|,\s*|\s+-\s+)/u);
  const out = parts
    .map((p, i) => {
      if (i % 2 === 1) return p.toLocaleLowerCase('vi');
      const words = p.split(/\s+/u);
      // "Sở Nội vụ", "Bộ Tài chính", "Chi cục Thuế": the name after the body word starts with a capital.
      const lead = i === 0 ? LEAD_WORDS.exec(words.slice(0, 2).join(' ')) : null;
      const capitalised = lead ? lead[0].split(' ').length : 0;
      return words.map((w, k) => (/[\d/]/u.test(w) ? w : k === 0 || k === capitalised ? title(w) : w.toLocaleLowerCase('vi'))).join(' ');
    })
    .join('');
  return Object.entries(PROPER).reduce((s, [from, to]) => s.replace(from, to), out);
}

/** "TỈNH LÂM ĐỒNG" → "tỉnh Lâm Đồng"; null when the text names no administrative unit. */
function unitOf(text: string): { unit: string; rest: string } | null {
  const m = UNIT_RE.exec(text.trim());
  if (!m) return null;
  const unit = (m[1] ?? '').toLocaleLowerCase('vi').replace(/^tp\.$/u, 'thành phố').replace(/\s+/gu, ' ');
  return { unit: `${unit} ${placeCase(m[2] ?? '')}`, rest: text.trim().slice(0, m.index).trim() };
}

/** A body's display name: "ỦY BAN NHÂN DÂN TỈNH X" → "UBND tỉnh X", "SỞ NỘI VỤ" → "Sở Nội vụ". */
function bodyName(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  const ubnd = UBND_RE.exec(t);
  if (ubnd) {
    const unit = unitOf(t.slice(ubnd[0].length));
    return unit ? `UBND ${unit.unit}` : 'UBND';
  }
  const unit = unitOf(t);
  if (unit && unit.rest) return `${nameCase(unit.rest)} ${unit.unit}`;
  return nameCase(t);
}

/**
 * The agency for summaries: the full issuing body with its parent's unit ("UBND tỉnh Lâm Đồng",
 * "Sở Công Thương tỉnh Lào Cai"), else the body named in the subject, else the folder the file sits in,
 * marked AGENCY_FROM_FOLDER.
 */
export function agencyOf(doc: PlanDocument): string | null {
  const { issuingBody, parentBody } = doc.header;
  if (issuingBody) {
    const name = bodyName(issuingBody.text);
    if (name === 'UBND' && !parentBody) return name;
    if (parentBody && !unitOf(issuingBody.text)) {
      const parentText = parentBody.text.replace(/\s+/gu, ' ').trim();
      const parentUnit = UBND_RE.test(parentText) ? unitOf(parentText.replace(UBND_RE, '')) : null;
      if (parentUnit) return `${name} ${parentUnit.unit}`;
      if (!UBND_RE.test(parentText)) return `${name}, ${bodyName(parentText)}`;
    }
    return name;
  }
  const m = AGENCY_IN_SUBJECT_RE.exec(doc.header.subject?.text ?? '');
  if (m?.[1]) return m[1].trim();
  const folder = basename(dirname(resolve(doc.source.path)));
  return folder && folder !== '.' && folder !== '/' ? `${folder}${AGENCY_FROM_FOLDER}` : null;
}

function counts(findings: readonly Finding[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

const TECHNICAL_DETAIL = new Set<LoadErrorCode>(['corrupt-docx', 'corrupt-pdf', 'corrupt-doc', 'internal', 'legacy-font']);

/**
 * An empty document, for running the file-level rule of an input that could not be loaded. Built as data, not by
 * the parser and extractors: a failure there may be what made the input unreadable.
 */
function unloaded(path: string, note: LoadWarning): Pick<Parsed, 'loaded' | 'doc' | 'facts'> {
  const loaded: LoadedDocument = { format: 'txt', encoding: 'utf-8', text: '', blocks: [], map: identityMap(), source: '', warnings: [note] };
  const doc = emptyDocument({ path, format: 'txt', encoding: 'utf-8', bytes: 0 });
  const facts: Facts = { citations: [], dates: [], deadlines: [], targets: [], abbreviations: { definitions: [], uses: [] }, period: null, referenceDate: null };
  return { loaded, doc, facts };
}

/**
 * The result of an input that could not be read: `error` (the cause, for the "K could not be read" count and the
 * exit code) and one error-level finding of rule load/unreadable saying so, as a lint message (ESLint reports a
 * parse failure as a fatal lint error). The rule's floor is error, so no configuration lowers or hides it.
 */
export function loadErrorResult(path: string, err: unknown, lang: 'vi' | 'en', debug = false): FileResult {
  const code: LoadErrorCode = err instanceof LoadError ? err.code : 'internal';
  const detail = err instanceof LoadError ? (err.detail ?? '') : err instanceof Error ? err.message : String(err);
  // Parser errors come in English; in Vietnamese output they are marked as a technical detail.
  const technical = TECHNICAL_DETAIL.has(code) && detail && lang === 'vi' ? `chi tiết kỹ thuật: ${detail}` : detail;
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  const message = formatMessage(LOAD_ERROR_MESSAGES[code][lang], { detail: technical }).replace(/\s*\(\)/u, '') + stack;
  const { loaded, doc, facts } = unloaded(path, { code: 'unreadable', error: code, detail: technical });
  const findings = runRules([UNREADABLE_RULE], loaded, doc, facts, { lang, stage: 'final', rules: {}, registryExtra: [] }).map((f) => ({
    ...f,
    message: f.message.replace(/\s*\(\)/u, '') + stack,
  }));
  return {
    path,
    format: null,
    encoding: null,
    agency: null,
    pageCount: null,
    findings,
    error: { code, message },
    ...counts(findings),
  };
}

export interface CheckOptions extends FileOptions {
  engine: EngineOptions;
  debug?: boolean;
}

/** Runs the rules over a parsed document and builds its result. Text that is not readable Vietnamese is not checked. */
export function resultOf(path: string, parsed: Parsed, options: CheckOptions): FileResult {
  // Rules run on text that is not readable Vietnamese would only report noise: the load warning says why.
  // Neither are rules run on a document that is not a plan (a note, a letter): one info says so instead of a
  // pile of "missing header part" errors.
  const trusted = !parsed.loaded.warnings.some((w) => w.code === 'text-garbled' || w.code === 'not-a-plan');
  // The loader's notes (rules load/*) come first: they say what the other findings could see.
  const findings = [
    ...runRules(FILE_LEVEL_RULES, parsed.loaded, parsed.doc, parsed.facts, options.engine),
    ...(trusted ? markRecognized(runRules(DOCUMENT_RULES, parsed.loaded, parsed.doc, parsed.facts, options.engine), parsed.loaded, options.lang) : []),
  ];
  const { signatures, ocr } = parsed.loaded;
  return {
    path,
    format: parsed.loaded.format,
    encoding: parsed.loaded.encoding,
    agency: agencyOf(parsed.doc),
    pageCount: parsed.loaded.pageCount ?? null,
    findings,
    error: null,
    ...counts(findings),
    ...(signatures?.length ? { signatures } : {}),
    ...(ocr?.pages.length ? { ocrPages: ocr.pages.map((p) => p.page) } : {}),
  };
}

const RECOGNIZED_MARK = { vi: ' (văn bản nhận dạng từ ảnh quét)', en: ' (text recognised from a scan)' } as const;
/** Rules about the spelling of words: OCR's misreadings are not the author's misspellings. */
const SPELLING_RULES = new Set(['text/misspelling']);

/**
 * Findings on text recognised from scanned pages (`--ocr`) say so; spelling findings there are dropped. A finding
 * without a place (the document as a whole) is marked when any of the text came from OCR.
 */
export function markRecognized(findings: readonly Finding[], loaded: LoadedDocument, lang: 'vi' | 'en'): Finding[] {
  const ranges = loaded.ocr?.ranges ?? [];
  if (ranges.length === 0) return [...findings];
  const onOcr = ({ span }: Finding): boolean => span === null || ranges.some((r) => span.start < r.end && Math.max(span.end, span.start + 1) > r.start);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!onOcr(f)) out.push(f);
    else if (!SPELLING_RULES.has(f.ruleId)) out.push({ ...f, message: `${f.message}${RECOGNIZED_MARK[lang]}` });
  }
  return out;
}

/** Checks bytes named `path`; never throws: unreadable input and internal failures become FileResult.error. */
export async function checkBytes(bytes: Uint8Array, path: string, options: CheckOptions): Promise<FileResult> {
  try {
    return resultOf(path, await parseBytes(bytes, path, options), options);
  } catch (err) {
    return loadErrorResult(path, err, options.lang, options.debug);
  }
}

/** Checks one file; never throws: unreadable input and internal failures become FileResult.error. */
export async function checkFile(path: string, options: CheckOptions): Promise<FileResult> {
  try {
    const bytes = await readInput(path, options);
    // The warm-up below runs only while the file is being read.
    let reading = true;
    let parsed: Parsed;
    try {
      parsed = await parseBytes(bytes, path, options, (format) => warmUp(format, options, () => reading));
    } finally {
      reading = false;
    }
    return resultOf(path, parsed, options);
  } catch (err) {
    return loadErrorResult(path, err, options.lang, options.debug);
  }
}

let warmedUp = false;

/** Rounds of the warm-up at most: by the third, the functions it runs are compiled and the hot ones optimised. */
const WARM_UP_ROUNDS = 4;

/**
 * While a reader process reads the file on another core, this process would wait idle and then run the parser,
 * extractors and rules for the first time, each function compiled on first use: checking a short built-in plan
 * meanwhile does that compiling in the wait (a one-file Word or PDF check's whole-process time). The plan is
 * checked as plain text and, for a Word or PDF file, as that format would give it (with its presentation), in
 * rounds between which the read's answer is taken as soon as it comes. Once per process; not on one core, where
 * it would take the reader's time. Never throws: the read under way reports what is wrong with the file.
 */
function warmUp(format: SourceFormat, options: CheckOptions, reading: () => boolean): void {
  if (warmedUp || availableParallelism() < 2) return;
  warmedUp = true;
  let plain: LoadedDocument;
  try {
    plain = loadTxt(new TextEncoder().encode(WARM_UP_PLAN), { maxChars: WARM_UP_PLAN.length });
  } catch {
    return;
  }
  const shaped: LoadedDocument =
    format === 'docx' || format === 'pdf' ? { ...plain, format, encoding: format, presentation: warmUpPresentation(plain.text, format) } : plain;
  let round = 0;
  const next = (): void => {
    if (!reading() || round >= WARM_UP_ROUNDS) return;
    const loaded = round % 2 === 0 ? shaped : plain;
    round++;
    try {
      resultOf('warm-up', parseLoaded({ ...loaded, warnings: [] }, 'warm-up', WARM_UP_PLAN.length, options), options);
    } catch {
      return;
    }
    setImmediate(next);
  };
  next();
}

export type { RegistryEntryInput };
