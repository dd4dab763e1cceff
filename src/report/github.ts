// GitHub Actions workflow commands (`::error file=…::message`) that become annotations on a run or pull request.
import type { ReportInput, Severity } from '../model/finding.js';
import { displayPath, locationText, safeRegion, sortedFindings } from './_util.js';
import { label } from './labels.js';

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
export function github(input: ReportInput): string {
  const lines: string[] = [];
  for (const r of input.results) {
    const file = displayPath(r.path, input.cwd);
    if (r.error) {
      lines.push(command('error', { file, title: `load/${r.error.code}` }, `${label(input.lang, 'loadFailed')}: ${r.error.message}`));
      continue;
    }
    for (const f of sortedFindings(r.findings)) {
      const region = safeRegion(f);
      const props: Record<string, string | number> = { file, line: region.startLine, col: region.startColumn, endLine: region.endLine };
      // GitHub reads endColumn only for a single-line annotation.
      if (region.endLine === region.startLine) props['endColumn'] = region.endColumn;
      props['title'] = `${f.ruleId} (${locationText(f, r.format, input.lang)})`;
      const parts = [f.message];
      if (f.excerpt) parts.push(`${label(input.lang, 'excerpt')}: ${f.excerpt}`);
      if (f.suggestion) parts.push(`${label(input.lang, 'suggestion')}: ${f.suggestion}`);
      lines.push(command(COMMAND[f.severity], props, parts.join('\n')));
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
