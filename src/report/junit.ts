// JUnit XML: a testsuite per file, a testcase per rule; errors fail, warnings and infos are listed in system-out.
import type { FileResult, Finding, ReportInput } from '../model/finding.js';
import { displayPath, errorShownSeparately, locationText, sortedFindings } from './_util.js';
import { label } from './labels.js';

/** Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: illegal characters dropped, `& < > " '` escaped. */
export function xmlText(s: string): string {
  return s
    .replace(ILLEGAL_XML, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** Attribute value: as text, plus line breaks and tabs as character references so parsers keep them. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;').replace(/\t/gu, '&#9;');
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function detail(f: Finding, r: FileResult, lang: ReportInput['lang']): string {
  const lines = [`${locationText(f, r.format, lang)} (${f.line}:${f.column})`, f.message];
  if (f.excerpt) lines.push(`${label(lang, 'excerpt')}: ${f.excerpt}`);
  if (f.suggestion) lines.push(`${label(lang, 'suggestion')}: ${f.suggestion}`);
  return lines.join('\n');
}

interface Suite {
  xml: string[];
  tests: number;
  failures: number;
  errors: number;
}

function suiteFor(r: FileResult, input: ReportInput): Suite {
  const lang = input.lang;
  const path = displayPath(r.path, input.cwd);
  const props: string[] = [];
  if (r.agency) props.push(`      <property${attrs({ name: 'agency', value: r.agency })}/>`);
  if (r.format) props.push(`      <property${attrs({ name: 'format', value: r.format })}/>`);
  const body: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  if (r.error && errorShownSeparately(r)) {
    tests = 1;
    errors = 1;
    const type = `load/${r.error.code}`;
    body.push(
      `    <testcase${attrs({ classname: path, name: label(lang, 'junit.loadCase') })}>`,
      `      <error${attrs({ message: r.error.message, type })}>${xmlText(`${label(lang, 'loadFailed')}: ${r.error.message}`)}</error>`,
      '    </testcase>',
    );
  } else {
    const byRule = new Map<string, Finding[]>();
    for (const rule of input.rules) byRule.set(rule.id, []);
    for (const f of sortedFindings(r.findings)) {
      const list = byRule.get(f.ruleId);
      if (list) list.push(f);
      else byRule.set(f.ruleId, [f]);
    }
    for (const [ruleId, findings] of byRule) {
      tests++;
      const errs = findings.filter((f) => f.severity === 'error');
      const others = findings.filter((f) => f.severity !== 'error');
      if (errs.length > 0) failures++;
      const open = `    <testcase${attrs({ classname: path, name: ruleId })}`;
      if (findings.length === 0) {
        body.push(`${open}/>`);
        continue;
      }
      body.push(`${open}>`);
      for (const f of errs) {
        body.push(`      <failure${attrs({ message: f.message, type: ruleId })}>${xmlText(detail(f, r, lang))}</failure>`);
      }
      if (others.length > 0) {
        const text = others.map((f) => `[${label(lang, `severity.${f.severity}`)}] ${detail(f, r, lang)}`).join('\n\n');
        body.push(`      <system-out>${xmlText(text)}</system-out>`);
      }
      body.push('    </testcase>');
    }
  }
  const head = `  <testsuite${attrs({ name: path, tests, failures, errors, skipped: 0 })}>`;
  const xml = [head];
  if (props.length > 0) xml.push('    <properties>', ...props, '    </properties>');
  xml.push(...body, '  </testsuite>');
  return { xml, tests, failures, errors };
}

/**
 * `--format junit`. `failures` counts failed testcases (rules with at least one error finding in the file);
 * each error finding is its own `<failure>`; a file that could not be read is one testcase with `<error>`.
 */
export function junit(input: ReportInput): string {
  const suites = input.results.map((r) => suiteFor(r, input));
  const sum = (k: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'kehoach-lint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}>`,
    ...suites.flatMap((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
