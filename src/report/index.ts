// The registry of report formatters: pure functions from ReportInput to the text to print.
import type { ReportInput } from '../model/finding.js';
import { compact, compactStream } from './compact.js';
import { csv } from './csv.js';
import { github, githubStream } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';
import type { StreamingFormatter } from './stream.js';

/** A report format: no I/O, no environment; colour and language come in `input`. */
export type Formatter = (input: ReportInput) => string;

/** Format names for `--format`; the first is the default. */
export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

export const DEFAULT_FORMAT: FormatName = 'stylish';

const FORMATTERS: Record<FormatName, Formatter> = { stylish, compact, json, sarif, junit, github, markdown, html, csv };

const STREAMS: Partial<Record<FormatName, StreamingFormatter>> = { stylish: stylishStream, compact: compactStream, github: githubStream };

/** The streaming form of format `name`, when it has one (terminal and annotation formats). */
export function getStreamingFormatter(name: string): StreamingFormatter | undefined {
  return STREAMS[name as FormatName];
}

/** The formatter called `name`, or undefined for an unknown name. */
export function getFormatter(name: string): Formatter | undefined {
  return (FORMATS as readonly string[]).includes(name) ? FORMATTERS[name as FormatName] : undefined;
}

export { wholeReport, type ReportContext, type StreamingFormatter } from './stream.js';
export { jsonReport } from './json.js';
export { JsonReportSchema, JSON_REPORT_VERSION, type JsonReport } from './json-schema.js';
export { sarifLog } from './sarif.js';
export { label, LABELS, type LabelId } from './labels.js';
