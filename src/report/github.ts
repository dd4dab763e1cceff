// GitHub Actions workflow commands (`::error file=…::message`) that become annotations on a run or pull request.
import type { FileResult, Severity } from '../model/finding.js';
import { displayPath, errorShownSeparately, locationText, safeRegion, sortedFindings } from './_util.js';
import { label } from './labels.js';
import { type ReportContext, type StreamingFormatter, wholeReport } from './stream.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message as the Actions toolkit does: `%`, CR, LF. */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a property value: as {@link escapeData}, plus `:` and `,` which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function command(name: string, props: Record<string, string | number>, message: string): string {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${p}::${escapeData(message)}`;
}

/**
 * `--format github`: one annotation per finding (info → notice). The message leads with where a reader
 * finds the text (page, section, paragraph), since the line numbers of a .docx/.pdf are those of the
 * extracted text; the excerpt and suggestion follow on their own lines.
 */
export const githubStream: StreamingFormatter = {
  file(r: FileResult, context: ReportContext): string {
    const lines: string[] = [];
    const file = displayPath(r.path, context.cwd);
    if (r.error && errorShownSeparately(r)) return `${command('error', { file, title: `load/${r.error.code}` }, `${label(context.lang, 'loadFailed')}: ${r.error.message}`)}\n`;
    for (const f of sortedFindings(r.findings)) {
      const region = safeRegion(f);
      const props: Record<string, string | number> = { file, line: region.startLine, col: region.startColumn, endLine: region.endLine };
      // GitHub reads endColumn only for a single-line annotation.
      if (region.endLine === region.startLine) props['endColumn'] = region.endColumn;
      props['title'] = `${f.ruleId} (${locationText(f, r.format, context.lang)})`;
      const parts = [f.message];
      if (f.excerpt) parts.push(`${label(context.lang, 'excerpt')}: ${f.excerpt}`);
      if (f.suggestion) parts.push(`${label(context.lang, 'suggestion')}: ${f.suggestion}`);
      lines.push(`${command(COMMAND[f.severity], props, parts.join('\n'))}\n`);
    }
    return lines.join('');
  },
  end: () => '',
};

export const github = wholeReport(githubStream);
