// The pipeline for one file: read → load (sniffed format) → parse → extract → rules → FileResult.
import { readFile, stat } from 'node:fs/promises';
import type { RegistryEntryInput } from './engine/define-rule.js';
import { type EngineOptions, runRules } from './engine/index.js';
import { FILE_LOCATION } from './engine/locate.js';
import { extractFacts } from './extract/index.js';
import { loadDocument } from './load/index.js';
import { LoadError, type LoadErrorCode, type LoadedDocument } from './load/types.js';
import type { Facts } from './model/facts.js';
import type { FileResult, Finding } from './model/finding.js';
import type { PlanDocument } from './model/plan.js';
import { parsePlan } from './parse/index.js';
import { RULES } from './rules/index.js';
import { LOAD_ERROR_MESSAGES, LOAD_WARNING_MESSAGES } from './cli/messages.js';
import { formatMessage } from './engine/index.js';
import { garbledVerdict } from './text/garbled.js';

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

/** Reads one file's bytes under the size limit. Throws LoadError for input that cannot be read. */
export async function readInput(path: string, options: Pick<FileOptions, 'maxBytes'>): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new LoadError('is-directory');
    if (options.maxBytes !== undefined && st.size > options.maxBytes) {
      throw new LoadError('too-large', `${formatSize(st.size, options.maxBytes)} > ${formatSize(options.maxBytes, st.size)}`);
    }
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw errnoToLoadError(err as NodeJS.ErrnoException);
  }
  if (bytes.length === 0) throw new LoadError('empty');
  return bytes;
}

/** Parses a loaded document and derives its facts (the format-independent half of the pipeline). */
export function parseLoaded(loaded: LoadedDocument, path: string, bytes: number, options: Pick<FileOptions, 'today'>): Parsed {
  const verdict = garbledVerdict(loaded.text);
  if (verdict.garbled && !loaded.warnings.some((w) => w.code === 'text-garbled')) loaded.warnings.push({ code: 'text-garbled', detail: verdict.sample });
  const doc = parsePlan(loaded, { path, bytes });
  const facts = extractFacts(doc, loaded.text, options.today ? { today: options.today } : {});
  return { loaded, doc, facts };
}

/** Loads and parses bytes whose name is `path` (the format is sniffed from the content). Throws LoadError. */
export async function parseBytes(bytes: Uint8Array, path: string, options: FileOptions): Promise<Parsed> {
  const loaded = await loadDocument(bytes, {
    path,
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.isolate !== undefined ? { isolate: options.isolate } : {}),
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

/** The agency for summaries: the header's issuing body, else the one named in the subject. */
export function agencyOf(doc: PlanDocument): string | null {
  if (doc.header.issuingBody) return doc.header.issuingBody.text;
  const m = AGENCY_IN_SUBJECT_RE.exec(doc.header.subject?.text ?? '');
  return m?.[1]?.trim() ?? null;
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

export function loadErrorResult(path: string, err: unknown, lang: 'vi' | 'en', debug = false): FileResult {
  const code: LoadErrorCode = err instanceof LoadError ? err.code : 'internal';
  const detail = err instanceof LoadError ? (err.detail ?? '') : err instanceof Error ? err.message : String(err);
  // Parser errors come in English; in Vietnamese output they are marked as a technical detail.
  const technical = TECHNICAL_DETAIL.has(code) && detail && lang === 'vi' ? `chi tiết kỹ thuật: ${detail}` : detail;
  let message = formatMessage(LOAD_ERROR_MESSAGES[code][lang], { detail: technical }).replace(/\s*\(\)/u, '');
  if (debug && err instanceof Error && err.stack) message += `\n${err.stack}`;
  return {
    path,
    format: null,
    encoding: null,
    agency: null,
    pageCount: null,
    findings: [],
    error: { code, message },
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
  };
}

export interface CheckOptions extends FileOptions {
  engine: EngineOptions;
  debug?: boolean;
}

/** The loader's warnings that matter to the reader (see LOAD_WARNING_MESSAGES), as file-level findings. */
export function loadWarningFindings(loaded: LoadedDocument, lang: 'vi' | 'en'): Finding[] {
  const out: Finding[] = [];
  for (const w of loaded.warnings) {
    const known = LOAD_WARNING_MESSAGES[w.code];
    if (!known) continue;
    const detail = w.detail ?? '';
    out.push({
      ruleId: `load/${w.code}`,
      severity: known.severity,
      messageId: w.code,
      // Details read "pages 3, 5" (PDF) or ".VnTime: 2 run(s)" (fonts); the messages take the numbers or the font.
      message: formatMessage(known.message[lang], {
        pages: detail.match(/\d+/gu)?.join(', ') ?? '',
        font: detail.replace(/:[^:]*$/u, ''),
        sample: detail,
      }),
      span: null,
      ...FILE_LOCATION,
      suggestion: null,
    });
  }
  return out;
}

/** Runs the rules over a parsed document and builds its result. Text that is not readable Vietnamese is not checked. */
export function resultOf(path: string, parsed: Parsed, options: CheckOptions): FileResult {
  // Rules run on text that is not readable Vietnamese would only report noise: the load warning says why.
  const trusted = !parsed.loaded.warnings.some((w) => w.code === 'text-garbled');
  const findings = [
    ...loadWarningFindings(parsed.loaded, options.lang),
    ...(trusted ? runRules(RULES, parsed.loaded, parsed.doc, parsed.facts, options.engine) : []),
  ];
  return {
    path,
    format: parsed.loaded.format,
    encoding: parsed.loaded.encoding,
    agency: agencyOf(parsed.doc),
    pageCount: parsed.loaded.pageCount ?? null,
    findings,
    error: null,
    ...counts(findings),
  };
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
    return resultOf(path, await parseFile(path, options), options);
  } catch (err) {
    return loadErrorResult(path, err, options.lang, options.debug);
  }
}

export type { RegistryEntryInput };
