// The registry of report formatters: pure functions from ReportInput to the text to print. Each format's module
// is loaded when that format is asked for, so a run builds only the one it prints.
import type { ReportInput } from '../model/finding.js';
import type { StreamingFormatter } from './stream.js';

/** A report format: no I/O, no environment; colour and language come in `input`. */
export type Formatter = (input: ReportInput) => string;

/** Format names for `--format`; the first is the default. */
export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

export const DEFAULT_FORMAT: FormatName = 'stylish';

/** A format: the whole report at once and, for terminal and annotation formats, file by file as results arrive. */
export interface Format {
  whole: Formatter;
  stream?: StreamingFormatter;
}

const FORMAT_MODULES: Record<FormatName, () => Promise<Format>> = {
  stylish: () => import('./stylish.js').then((m) => ({ whole: m.stylish, stream: m.stylishStream })),
  compact: () => import('./compact.js').then((m) => ({ whole: m.compact, stream: m.compactStream })),
  json: () => import('./json.js').then((m) => ({ whole: m.json })),
  sarif: () => import('./sarif.js').then((m) => ({ whole: m.sarif })),
  junit: () => import('./junit.js').then((m) => ({ whole: m.junit })),
  github: () => import('./github.js').then((m) => ({ whole: m.github, stream: m.githubStream })),
  markdown: () => import('./markdown.js').then((m) => ({ whole: m.markdown })),
  html: () => import('./html.js').then((m) => ({ whole: m.html })),
  csv: () => import('./csv.js').then((m) => ({ whole: m.csv })),
};

/** The format called `name`, or undefined for an unknown name. */
export async function loadFormat(name: string): Promise<Format | undefined> {
  return (FORMATS as readonly string[]).includes(name) ? FORMAT_MODULES[name as FormatName]() : undefined;
}
