// The progress line on stderr for a terminal: files done / total, failures and errors so far, current file.
import type { Io } from '../io.js';
import type { FileResult } from '../model/finding.js';

const TEXT = {
  vi: { failed: 'không đọc được', errors: 'lỗi' },
  en: { failed: 'failed', errors: 'errors' },
} as const;

const BAR_WIDTH = 20;
const MIN_INTERVAL_MS = 80;

/** Shortens a path from the left to `width` characters ("…/folder/file.docx"). */
function fitLeft(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  if (width <= 1) return '';
  return `…${chars.slice(chars.length - width + 1).join('')}`;
}

/** A single, redrawn status line ("\r" + clear). Only created when stderr is a terminal and not in CI. */
export class ProgressLine {
  private done = 0;
  private failed = 0;
  private errors = 0;
  private current = '';
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly lang: 'vi' | 'en',
    private readonly now: () => number = Date.now,
  ) {}

  start(path: string): void {
    this.current = path;
    this.draw(false);
  }

  finish(result: FileResult): void {
    this.done++;
    if (result.error) this.failed++;
    this.errors += result.errorCount;
    this.draw(this.done === this.total);
  }

  /** Removes the line so the report starts on a clean line. */
  clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }

  /** The status text without control characters (for tests). */
  text(width: number): string {
    const t = TEXT[this.lang];
    const filled = this.total ? Math.round((this.done / this.total) * BAR_WIDTH) : BAR_WIDTH;
    const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${this.done}/${this.total} · ${this.failed} ${t.failed} · ${this.errors} ${t.errors}`;
    const room = width - Array.from(head).length - 3;
    return room > 8 && this.current ? `${head} · ${fitLeft(this.current, room)}` : head;
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastDraw < MIN_INTERVAL_MS) return;
    this.lastDraw = now;
    const columns = Number(this.io.env['COLUMNS']) || 80;
    this.io.stderr(`\r\x1b[K${this.text(columns - 1)}`);
    this.drawn = true;
  }
}
