// `--ocr`: reads PDF pages that have no text layer by rendering them (poppler's pdftoppm, 300 dpi, greyscale) and
// recognising them with Tesseract's Vietnamese model. Both are operating-system programs, run with execFile (no
// shell), one page at a time with a timeout, on files in a private temporary folder removed afterwards.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanLine } from './layout.js';
import { LoadError } from './types.js';

/** What to install when the programs are missing (Debian/Ubuntu package names). */
export const OCR_PACKAGES = 'poppler-utils tesseract-ocr tesseract-ocr-vie';

/** Rendering resolution: Tesseract reads body text best at 300 dpi. */
const DPI = 300;
/** Mean word confidence (0–100) below which a page is named as poorly recognised. */
export const LOW_CONFIDENCE = 75;
const MAX_OUTPUT = 32 * 1024 * 1024;

export interface OcrSettings {
  /** User password of an encrypted PDF. */
  password?: string;
  /** Limit for each program run (rendering one page, recognising one page), in ms. */
  timeoutMs: number;
}

export interface RecognizedParagraph {
  text: string;
  /** Mean confidence of its words. */
  confidence: number;
}

export interface RecognizedPage {
  page: number;
  paragraphs: RecognizedParagraph[];
  /** Mean word confidence of the page, 0–100; null when no word was recognised. */
  confidence: number | null;
  words: number;
  ms: number;
  /** Every recognised word with its box, in PDF points from the page's top-left corner (for pdf/glyph-map.ts). */
  boxes: OcrWordBox[];
}

/** A word Tesseract recognised, placed on the page in points (72 per inch) from the top-left corner. */
export interface OcrWordBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Tesseract's word confidence, 0–100. */
  conf: number;
  /** Tesseract's line ("block.paragraph.line"): its words share a baseline (pdf/ocr-page.ts). */
  line?: string;
}

/** The words of Tesseract's TSV output with their boxes converted from pixels at `dpi` to points. */
export function wordBoxesOfTsv(tsv: string, dpi = DPI): OcrWordBox[] {
  const k = 72 / dpi;
  const out: OcrWordBox[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim().normalize('NFC');
    const conf = Number(f[10]);
    const [left, top, width, height] = [Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9])];
    if (!text || !Number.isFinite(conf) || conf < 0 || ![left, top, width, height].every(Number.isFinite)) continue;
    out.push({ text, x0: left * k, y0: top * k, x1: (left + width) * k, y1: (top + height) * k, conf, line: `${f[2]}.${f[3]}.${f[4]}` });
  }
  return out;
}

interface RunResult {
  stdout: string;
}

/**
 * Runs a program without a shell; rejects with the program's own error (ENOENT when it is not installed). The time
 * limit is kept here rather than by execFile's `timeout`: when that timer fires after the program exited but before
 * its output closed, execFile reports success with the output cut short.
 */
function run(file: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const child = execFile(
      file,
      [...args],
      {
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT,
        encoding: 'utf8',
        windowsHide: true,
        // One OpenMP thread: parallel files (--jobs) already use the cores; more threads only contend.
        env: { ...process.env, OMP_THREAD_LIMIT: '1', LC_ALL: 'C.UTF-8' },
      },
      (err, stdout) => {
        clearTimeout(timer);
        if (timedOut) reject(Object.assign(new Error(`${file}: time limit`), { killed: true, signal: 'SIGKILL' }));
        else if (err) reject(err);
        else resolve({ stdout });
      },
    );
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
  });
}

const missing = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

let pageListener: (() => void) | null = null;

/**
 * Called after each page is recognised. The batch pool, which bounds each file's time as a whole, uses it to
 * count OCR's time per page: a long scan is not cut while every page keeps within the limit.
 */
export function onOcrPage(listener: (() => void) | null): void {
  pageListener = listener;
}

let toolsChecked: Promise<string> | undefined;
let models: string[] = [];

/** Tesseract's installed language models (known once ocrEngine() has run). */
async function installedModels(): Promise<string[]> {
  await ocrEngine();
  return models;
}

/**
 * The OCR engine's description ("tesseract 5.3.0 vie"), once per process. LoadError('ocr-unavailable') naming
 * the packages to install when pdftoppm, Tesseract or its Vietnamese model is missing.
 */
export function ocrEngine(): Promise<string> {
  toolsChecked ??= (async () => {
    const lacking: string[] = [];
    let version = 'tesseract';
    try {
      await run('pdftoppm', ['-v'], 10_000);
    } catch (err) {
      if (missing(err)) lacking.push('pdftoppm (poppler-utils)');
    }
    try {
      const v = await run('tesseract', ['--version'], 10_000);
      version = /tesseract\s+v?([\d.]+)/iu.exec(v.stdout)?.[0] ?? version;
      const langs = await run('tesseract', ['--list-langs'], 10_000);
      models = langs.stdout.split('\n').map((l) => l.trim()).filter((l) => /^[a-z_]+$/u.test(l));
      if (!/^vie$/mu.test(langs.stdout)) lacking.push('tesseract-ocr-vie');
    } catch (err) {
      if (missing(err)) lacking.push('tesseract (tesseract-ocr, tesseract-ocr-vie)');
      else throw err;
    }
    if (lacking.length) throw new LoadError('ocr-unavailable', lacking.join(', '));
    return `${version} vie`;
  })();
  // A failed check is not remembered: the programs may be installed while a long batch runs.
  toolsChecked.catch(() => (toolsChecked = undefined));
  return toolsChecked;
}

/** Number of pages, read by pdfinfo. */
async function pageCount(pdf: string, settings: OcrSettings): Promise<number> {
  const { stdout } = await run('pdfinfo', [...passwordArgs(settings), pdf], settings.timeoutMs);
  const n = Number(/^Pages:\s+(\d+)/mu.exec(stdout)?.[1]);
  if (!Number.isInteger(n) || n < 1) throw new LoadError('corrupt-pdf', 'pdfinfo found no pages');
  return n;
}

// The password goes on the command line (poppler reads it nowhere else): visible to other local users for the
// second the program runs.
const passwordArgs = (s: OcrSettings): string[] => (s.password !== undefined && s.password !== '' ? ['-upw', s.password] : []);

/**
 * Renders and recognises `pages` of the PDF (all pages when null), one at a time. Throws LoadError: 'ocr-unavailable'
 * when a program is missing, 'timeout' when one page takes longer than the limit.
 */
export async function recognizePdf(bytes: Uint8Array, pages: readonly number[] | null, settings: OcrSettings): Promise<{ engine: string; pageCount: number; pages: RecognizedPage[] }> {
  const engine = await ocrEngine();
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-ocr-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes, { mode: 0o600 });
    const count = await step(() => pageCount(pdf, settings), 0, 'pdfinfo');
    const wanted = pages ?? Array.from({ length: count }, (_, i) => i + 1);
    const out: RecognizedPage[] = [];
    // Row numbers are ASCII: Tesseract's English model reads lone digits better than the Vietnamese one ("2" as "3").
    const numberModel = (await installedModels()).includes('eng') ? 'eng' : 'vie';
    // The "TT" column of a task table: Tesseract's page reading drops the lone row numbers in it.
    let column: NumberColumn | null = null;
    let lastPage = 0;
    const numerals = { next: 0 };
    for (const page of wanted) {
      if (page < 1 || page > count) continue;
      const t0 = performance.now();
      const base = join(dir, `page-${page}`);
      // -gray without -png writes an uncompressed PGM: compressing a 300-dpi page as PNG costs far more than recognising it.
      await step(() => run('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-gray', '-singlefile', ...passwordArgs(settings), pdf, base], settings.timeoutMs), page, 'pdftoppm');
      const image = `${base}.pgm`;
      const { stdout } = await step(() => run('tesseract', [image, '-', '-l', 'vie', '--dpi', String(DPI), 'tsv'], settings.timeoutMs), page, 'tesseract');
      let boxes = wordBoxesOfTsv(stdout);
      const previous = page === lastPage + 1 ? column : null;
      column = numberColumn(boxes, previous);
      lastPage = page;
      if (column && !previous) numerals.next = 0;
      if (column) {
        const strip = await cropPgm(await readFile(image), column);
        const stacked = strip ? stackBands(strip.pgm) : null;
        if (strip && stacked) {
          const cropFile = `${base}-tt.pgm`;
          await writeFile(cropFile, stacked.pgm, { mode: 0o600 });
          const tt = await step(() => run('tesseract', [cropFile, '-', '-l', numberModel, '--psm', '6', '--dpi', String(DPI), '-c', `tessedit_char_whitelist=${NUMBER_CHARS}`, 'tsv'], settings.timeoutMs), page, 'tesseract');
          await rm(cropFile, { force: true });
          const k = 72 / DPI;
          const placed = wordBoxesOfTsv(tt.stdout).flatMap((w) => {
            const dy = stacked.shift((w.y0 + w.y1) / 2 / k);
            return dy === null ? [] : [{ ...w, x0: w.x0 + strip.x, x1: w.x1 + strip.x, y0: w.y0 + dy * k + strip.y, y1: w.y1 + dy * k + strip.y, line: `tt.${w.line ?? ''}` }];
          });
          boxes = withRowNumbers(boxes, placed, column, numerals);
        }
      }
      await rm(image, { force: true });
      out.push({ page, ...paragraphsOfTsv(stdout), ms: Math.round(performance.now() - t0), boxes });
      pageListener?.();
    }
    return { engine, pageCount: count, pages: out };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The "TT" column of a task table on a page, in points from the top-left corner. */
export interface NumberColumn {
  x0: number;
  x1: number;
  y0: number;
}

const TT_WORD = /^(?:S[ốố]?TT|STT|TT)\.?$/iu;
/** What may stand in the "TT" column: row numbers, Roman numerals and their misreadings, letters with ")". */
const SHORT_CELL = /^[\dIVXLCHl|.)a-zđ]{1,6}$/u;

/**
 * Where to read a task table's "TT" column again: below a "TT" header word that has at least three words to its
 * right at its height, from the table's left edge (as far left of "TT" as the gap to the next header word) to just
 * before that next word. A page right after such a page keeps the column from its top while the column holds no
 * word but short ones (the table goes on).
 */
export function numberColumn(boxes: readonly OcrWordBox[], previous: NumberColumn | null): NumberColumn | null {
  for (const w of boxes) {
    if (!TT_WORD.test(w.text)) continue;
    // The header's other words, in whatever blocks Tesseract put them: beside "TT", at its height.
    const right = boxes.filter((o) => o.x0 > w.x1 && (o.y0 + o.y1) / 2 > w.y0 && (o.y0 + o.y1) / 2 < w.y1).sort((a, b) => a.x0 - b.x0);
    const next = right[0];
    if (right.length < 3 || !next) continue;
    const gap = next.x0 - w.x1;
    // The column ends where the next column's text starts (a wide column's header is centred far to the right).
    const cells = boxes.filter((o) => o.y0 > w.y1 && o.x0 > w.x1 + 2 && o.x0 < next.x0).map((o) => o.x0);
    return { x0: Math.max(0, w.x0 - gap), x1: Math.min(next.x0, ...cells) - 1, y0: Math.max(0, w.y0 - 2) };
  }
  if (!previous) return null;
  const inside = boxes.filter((o) => (o.x0 + o.x1) / 2 > previous.x0 && (o.x0 + o.x1) / 2 < previous.x1);
  return inside.every((o) => SHORT_CELL.test(o.text)) ? { ...previous, y0: 0 } : null;
}

/**
 * The page's words with the "TT" column read on its own: the short words of the page reading in the column give
 * way to the column's words, which are added where no other word stands.
 */
export function withRowNumbers(boxes: readonly OcrWordBox[], column: readonly OcrWordBox[], at: NumberColumn, numerals: { next: number } = { next: 0 }): OcrWordBox[] {
  const inStrip = (o: OcrWordBox): boolean => (o.x0 + o.x1) / 2 > at.x0 && (o.x0 + o.x1) / 2 < at.x1 && (o.y0 + o.y1) / 2 > at.y0;
  const kept = boxes.filter((o) => !(inStrip(o) && SHORT_CELL.test(o.text)));
  const overlaps = (a: OcrWordBox, b: OcrWordBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const added = column.filter((c) => inStrip(c) && SHORT_CELL.test(c.text) && !kept.some((o) => overlaps(o, c))).sort((a, b) => a.y0 - b.y0);
  return [...kept, ...added.map((w) => ({ ...w, text: groupNumeral(w, numerals) }))];
}

/** Below this word confidence a group row's Roman numeral is taken from its place in the sequence. */
const SURE_NUMERAL = 50;

/**
 * A group row's Roman numeral as read in the "TT" column: strokes misread as letters repaired ("H" → "II", "HI" →
 * "III", "l" → "I"), and a reading Tesseract is unsure of (under SURE_NUMERAL) replaced by the next numeral of the
 * table's sequence (I, II, III …). Row numbers and other words stay as read.
 */
export function groupNumeral(w: Pick<OcrWordBox, 'text' | 'conf'>, numerals: { next: number }): string {
  const raw = w.text.replace(/\.$/u, '');
  if (!/^[IlH|VX]+$/u.test(raw) || /^[l|]$/u.test(raw)) return w.text;
  const repaired = raw.replace(/H/gu, 'II').replace(/[l|]/gu, 'I');
  let at = ROMANS.indexOf(repaired);
  if (w.conf < SURE_NUMERAL && numerals.next < ROMANS.length) at = numerals.next;
  if (at < 0) return w.text;
  numerals.next = at + 1;
  return `${ROMANS[at] as string}${w.text.endsWith('.') ? '.' : ''}`;
}

/** What a "TT" column holds: digits, Roman numerals, letters of lettered rows, their points and brackets. */
const NUMBER_CHARS = '0123456789IVXLC.)abcde';
/** White rows (pixels) that separate two bands of ink in a column; the white left between stacked bands. */
const BAND_GAP = 8;
const STACK_GAP = 40;

/**
 * The bands of ink of a column image (rows holding dark pixels, apart by more than BAND_GAP white rows) stacked
 * one under the other with STACK_GAP white rows between: Tesseract reads a few short lines close together far
 * better than the same lines scattered down a tall, mostly white strip. `shift(y)` gives what to add to a y
 * (pixels) of the stacked image to put it back in the column image; null between bands.
 */
export function stackBands(pgm: Buffer): { pgm: Buffer; shift: (y: number) => number | null } | null {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!head) return null;
  const [width, height] = [Number(head[1]), Number(head[2])];
  const px = pgm.subarray(head[0].length);
  const bands: { top: number; bottom: number }[] = [];
  for (let r = 0; r < height; r++) {
    let ink = false;
    for (let x = 0; x < width && !ink; x++) ink = (px[r * width + x] ?? 255) < 128;
    if (!ink) continue;
    const last = bands[bands.length - 1];
    if (last && r - last.bottom <= BAND_GAP) last.bottom = r;
    else bands.push({ top: r, bottom: r });
  }
  if (bands.length === 0) return null;
  const rows: Buffer[] = [];
  const white = Buffer.alloc(width, 255);
  const placed: { from: number; to: number; shift: number }[] = [];
  let y = 0;
  const pad = (n: number): void => {
    for (let i = 0; i < n; i++) rows.push(white);
    y += n;
  };
  pad(STACK_GAP / 2);
  for (const b of bands) {
    placed.push({ from: y, to: y + b.bottom - b.top + 1, shift: b.top - y });
    for (let r = b.top; r <= b.bottom; r++) rows.push(px.subarray(r * width, (r + 1) * width));
    y += b.bottom - b.top + 1;
    pad(STACK_GAP);
  }
  const out = Buffer.concat([Buffer.from(`P5\n${width} ${y}\n255\n`, 'latin1'), ...rows]);
  return { pgm: out, shift: (at) => placed.find((p) => at >= p.from - 2 && at <= p.to + 2)?.shift ?? null };
}

/** A rectangle (points) cut from a binary greyscale PGM rendered at DPI; null when the image is not one. */
export async function cropPgm(image: Buffer, at: NumberColumn): Promise<{ pgm: Buffer; x: number; y: number } | null> {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(image.subarray(0, 64).toString('latin1'));
  if (!head) return null;
  const [width, height, max] = [Number(head[1]), Number(head[2]), Number(head[3])];
  if (max > 255) return null;
  const offset = head[0].length;
  const k = DPI / 72;
  const x0 = Math.max(0, Math.floor(at.x0 * k));
  const x1 = Math.min(width, Math.ceil(at.x1 * k));
  const y0 = Math.max(0, Math.floor(at.y0 * k));
  if (x1 - x0 < 8 || height - y0 < 8) return null;
  const w = x1 - x0;
  const h = height - y0;
  const header = Buffer.from(`P5\n${w} ${h}\n${max}\n`, 'latin1');
  const body = Buffer.alloc(w * h);
  for (let r = 0; r < h; r++) image.copy(body, r * w, offset + (y0 + r) * width + x0, offset + (y0 + r) * width + x1);
  return { pgm: Buffer.concat([header, body]), x: x0 / k, y: y0 / k };
}

async function step<T>(fn: () => Promise<T>, page: number, program: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string; stderr?: string };
    if (missing(err)) throw new LoadError('ocr-unavailable', program);
    if (err instanceof LoadError) throw err;
    if (e.killed || e.signal === 'SIGKILL') throw new LoadError('timeout', `OCR${page ? ` of page ${page}` : ''} (${program})`);
    const why = String(e.message ?? err).split('\n').find((l) => l.trim() && !/^Command failed/u.test(l)) ?? 'failed';
    if (/password/iu.test(why)) throw new LoadError(settingsPasswordCode(why), undefined);
    throw new LoadError('corrupt-pdf', `OCR of page ${page}: ${program}: ${why.slice(0, 200)}`);
  }
}

const settingsPasswordCode = (why: string): 'wrong-password' | 'encrypted-pdf' => (/incorrect/iu.test(why) ? 'wrong-password' : 'encrypted-pdf');

interface TsvWord {
  block: number;
  par: number;
  line: number;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

interface OcrLine {
  key: string;
  block: number;
  par: string;
  words: TsvWord[];
}

function byBlock(lines: OcrLine[]): OcrLine[][] {
  const out: OcrLine[][] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last[0]?.block === l.block) last.push(l);
    else out.push([l]);
  }
  return out;
}

/**
 * A block whose lines hold two runs of words apart by a column gap (wider than five word heights; word gaps of
 * justified text stay under two): its lines split at the left edge of the right-hand runs. Null when none does.
 */
function splitColumns(block: OcrLine[]): [OcrLine[], OcrLine[]] | null {
  let splitX = Number.POSITIVE_INFINITY;
  for (const l of block) {
    const ws = [...l.words].sort((a, b) => a.left - b.left);
    const height = [...ws.map((w) => w.height)].sort((a, b) => a - b)[ws.length >> 1] ?? 0;
    for (let i = 1; i < ws.length; i++) {
      const a = ws[i - 1] as TsvWord;
      const b = ws[i] as TsvWord;
      if (b.left - (a.left + a.width) > 5 * height) splitX = Math.min(splitX, b.left);
    }
  }
  if (!Number.isFinite(splitX)) return null;
  const left: OcrLine[] = [];
  const right: OcrLine[] = [];
  for (const l of block) {
    const lw = l.words.filter((w) => w.left < splitX - 1);
    const rw = l.words.filter((w) => w.left >= splitX - 1);
    if (lw.length) left.push({ ...l, words: lw });
    if (rw.length) right.push({ ...l, words: rw });
  }
  return [left, right];
}

/** Roman numerals as OCR misreads them in capitals headings: "H" for II, "l", "|" or "1" for I ("Il." → "II."). */
const ROMAN_RE = /^([IlH|1VX]{1,5})\.(\s+)(?=\p{Lu}[\p{Lu}\s,;]{3,})/u;
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/**
 * Repairs a misread Roman section marker at the start of a heading in capitals: the letters that are not Roman
 * numerals (l, |, 1, H) are read as the strokes they are; a marker that is a number or already Roman stays.
 */
export function fixRomanMarker(text: string): string {
  const m = ROMAN_RE.exec(text);
  if (!m || /^[IVX]+$/u.test(m[1] as string) || /^\d+$/u.test(m[1] as string)) return text;
  const fixed = (m[1] as string).replace(/H/gu, 'II').replace(/[l|1]/gu, 'I');
  return ROMANS.includes(fixed) ? `${fixed}.${m[2]}${text.slice(m[0].length)}` : text;
}

/** Section and list markers that start a paragraph even inside one recognised block. */
const MARKER_RE = /^(?:[-–+•]\s|[IVXLC]{1,6}\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|Phần\s+thứ|PHẦN\s|Căn\s+cứ|Nơi\s+nhận)/u;

/**
 * Paragraphs of Tesseract's TSV output: words joined into lines, lines into Tesseract's paragraphs (it finds them
 * from indentation), a new paragraph at a section or list marker. A line holding only a page number at the top
 * or bottom margin is dropped.
 */
export function paragraphsOfTsv(tsv: string): { paragraphs: RecognizedParagraph[]; confidence: number | null; words: number } {
  const words: TsvWord[] = [];
  let pageHeight = 0;
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] === '1') pageHeight = Number(f[9]) || pageHeight;
    if (f[0] !== '5' || f.length < 12) continue;
    // A rule or stroke read after punctuation ("vụ;_") is noise.
    const text = cleanLine(f.slice(11).join('\t')).replace(/([;,.:])[_|]+$/u, '$1');
    const conf = Number(f[10]);
    if (!text || !Number.isFinite(conf) || conf < 0) continue;
    words.push({ block: Number(f[2]), par: Number(f[3]), line: Number(f[4]), left: Number(f[6]), top: Number(f[7]), width: Number(f[8]), height: Number(f[9]), conf, text });
  }
  const lines: OcrLine[] = [];
  for (const w of words) {
    const key = `${w.block}.${w.par}.${w.line}`;
    const last = lines[lines.length - 1];
    if (last && last.key === key) last.words.push(w);
    else lines.push({ key, block: w.block, par: `${w.block}.${w.par}`, words: [w] });
  }
  const margin = pageHeight * 0.08;
  const kept = lines.filter((l) => {
    const text = l.words.map((w) => w.text).join(' ');
    const top = Math.min(...l.words.map((w) => w.top));
    const pageNumber = /^[-–]?\s*\d{1,3}\s*[-–]?$/u.test(text) && pageHeight > 0 && (top < margin || top > pageHeight - margin);
    return !pageNumber;
  });
  const paragraphs: RecognizedParagraph[] = [];
  let current: { par: string; words: TsvWord[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const text = fixRomanMarker(current.words.map((w) => w.text).join(' '));
    const confidence = current.words.reduce((s, w) => s + w.conf, 0) / current.words.length;
    paragraphs.push({ text, confidence: Math.round(confidence * 10) / 10 });
    current = null;
  };
  for (const block of byBlock(kept)) {
    const columns = splitColumns(block);
    if (columns) {
      // Two columns side by side (Nơi nhận | signature, body | Quốc hiệu): the left one, then the right one, a line each.
      flush();
      for (const col of columns) {
        for (const l of col) {
          current = { par: l.par, words: l.words };
          flush();
        }
      }
      continue;
    }
    for (const l of block) {
      const text = l.words.map((w) => w.text).join(' ');
      if (current && current.par === l.par && !MARKER_RE.test(text)) {
        current.words.push(...l.words);
        continue;
      }
      flush();
      current = { par: l.par, words: [...l.words] };
    }
  }
  flush();
  const all = kept.flatMap((l) => l.words);
  const confidence = all.length ? Math.round((all.reduce((s, w) => s + w.conf, 0) / all.length) * 10) / 10 : null;
  return { paragraphs, confidence, words: all.length };
}
