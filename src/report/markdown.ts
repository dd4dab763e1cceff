// Markdown for a pull-request comment or an e-mail: summary table, then findings by file and section.
import type { ReportInput, Severity } from '../model/finding.js';
import { agencyTotals, displayPath, errorShownSeparately, groupBySection, locationParts, totals } from './_util.js';
import { label, type LabelId } from './labels.js';

const SEVERITY_LABEL: Record<Severity, LabelId> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

/**
 * Document text as inert inline Markdown: the characters that open CommonMark/GFM inline syntax (emphasis, code,
 * links, HTML, table cells, entities, strikethrough, mentions, math) are backslash-escaped, and so is a leading list marker;
 * and line breaks become `<br>` so the text stays inside its list item or table cell.
 */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#|~&@$]/gu, (c) => `\\${c}`)
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/\r\n?|\n|\u2028|\u2029/gu, '<br>');
}

function code(s: string): string {
  // Rule ids never contain backticks; a stray one would end the code span, so drop it.
  return `\`${s.replace(/`/gu, '')}\``;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `--format markdown`. */
export function markdown(input: ReportInput): string {
  const { lang } = input;
  const t = totals(input.results);
  const out: string[] = [`## ${label(lang, 'doc.title')}`, '', `**${label(lang, 'summary.line', { ...t })}**`, ''];
  out.push(
    `| ${label(lang, 'col.file')} | ${label(lang, 'col.agency')} | ${label(lang, 'severity.error.plural')} | ${label(lang, 'severity.warning.plural')} | ${label(lang, 'severity.info.plural')} |`,
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const r of input.results) {
    const agency = r.error ? `**${label(lang, 'loadFailedShort')}**` : r.agency ? mdText(r.agency) : `_${label(lang, 'unknownAgency')}_`;
    out.push(`| ${mdText(displayPath(r.path, input.cwd))} | ${agency} | ${r.errorCount} | ${r.warningCount} | ${r.infoCount} |`);
  }
  out.push(`| **${label(lang, 'total')}** | | **${t.errors}** | **${t.warnings}** | **${t.infos}** |`, '');
  const agencies = agencyTotals(input.results);
  if (agencies.length > 1) {
    out.push(
      `### ${label(lang, 'doc.byAgency')}`,
      '',
      `| ${label(lang, 'col.agency')} | ${label(lang, 'col.files')} | ${capitalize(label(lang, 'loadFailedShort'))} | ${label(lang, 'severity.error.plural')} | ${label(lang, 'severity.warning.plural')} | ${label(lang, 'severity.info.plural')} |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const a of agencies) {
      out.push(`| ${a.agency ? mdText(a.agency) : `_${label(lang, 'unknownAgency')}_`} | ${a.files} | ${a.failed} | ${a.errors} | ${a.warnings} | ${a.infos} |`);
    }
    out.push('');
  }

  for (const r of input.results) {
    if (!r.error && r.findings.length === 0) continue;
    out.push(`### ${mdText(displayPath(r.path, input.cwd))}`, '');
    if (r.agency) out.push(`_${mdText(r.agency)}_`, '');
    if (r.error && errorShownSeparately(r)) {
      out.push(`- **${capitalize(label(lang, 'severity.error'))}** ${label(lang, 'loadFailed')}: ${mdText(r.error.message)} ${code(`load/${r.error.code}`)}`, '');
      continue;
    }
    for (const group of groupBySection(r.findings)) {
      const heading = group.section === null ? label(lang, 'loc.preamble') : label(lang, 'loc.section', { s: group.section });
      out.push(`#### ${capitalize(mdText(heading))}`, '');
      for (const f of group.findings) {
        // The section is the heading already; keep page/paragraph/line.
        const where = locationParts({ ...f, sectionPath: null }, r.format, lang).join(', ');
        out.push(`- **${capitalize(label(lang, SEVERITY_LABEL[f.severity]))}** (${mdText(where)}): ${mdText(f.message)} ${code(f.ruleId)}`);
        if (f.excerpt) out.push(`  > ${mdText(f.excerpt)}`);
        if (f.suggestion) {
          // A blank line ends the quote; the indented paragraph stays in the list item.
          if (f.excerpt) out.push('');
          out.push(`  ${label(lang, 'suggestion')}: ${mdText(f.suggestion)}`);
        }
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n`;
}
