// SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, VS Code SARIF viewer).
import type { Finding, ReportInput, RuleInfo, Severity } from '../model/finding.js';
import { absoluteFileUri, displayPath, errorShownSeparately, pathToUri, safeRegion, sortedFindings, UNREADABLE_RULE_ID } from './_util.js';
import { label } from './labels.js';
import { CATALOGUE_URL } from '../model/links.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The rule catalogue in the docs (each rule's `helpUri` is its page there). */
export const INFORMATION_URI = CATALOGUE_URL;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/u;
const URI_BASE = 'SRCROOT';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** "citation/superseded" → "CitationSuperseded" (SARIF's friendly rule name). */
function ruleName(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s !== '')
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join('');
}

/** SARIF wants messages as sentences. */
function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  return /[.!?…)"”»]$/u.test(t) ? t : `${t}.`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable fingerprint that survives line shifts. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    h ^= cp & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= cp >>> 8;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const { uri, relative } = pathToUri(path, cwd);
  return relative ? { uri, uriBaseId: URI_BASE } : { uri };
}

function propertiesOf(f: Finding): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  if (f.sectionPath !== null) p['sectionPath'] = f.sectionPath;
  if (f.page !== null) p['page'] = f.page;
  if (f.paragraph !== null) p['paragraph'] = f.paragraph;
  if (f.tableRow) {
    p['table'] = f.tableRow.table;
    p['tableRow'] = f.tableRow.row;
    if (f.tableRow.number) p['tableRowNumber'] = f.tableRow.number;
  }
  if (f.excerpt !== null) p['excerpt'] = f.excerpt;
  if (f.suggestion !== null) p['suggestion'] = f.suggestion;
  // Why the file could not be read: the load error code (`load/<code>` in the notification).
  if (f.ruleId === UNREADABLE_RULE_ID) p['loadError'] = f.messageId;
  return p;
}

function reportingDescriptor(rule: RuleInfo, lang: ReportInput['lang']): Record<string, unknown> {
  const text = sentence(rule.description[lang]);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `${text} ${rule.helpUri}` },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      area: rule.id.split('/')[0] ?? rule.id,
      // Messages whose results have another level than the default (each result carries its own level).
      ...(rule.messageSeverity ? { messageLevels: Object.fromEntries(Object.entries(rule.messageSeverity).map(([m, s]) => [m, LEVEL[s]])) } : {}),
    },
  };
}

/** The SARIF log as an object (exported for tests and library users). */
export function sarifLog(input: ReportInput): Record<string, unknown> {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i] as const));
  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const r of input.results) {
    const location = artifactLocation(r.path, input.cwd);
    if (r.error) {
      notifications.push({
        level: 'error',
        message: { text: sentence(`${label(input.lang, 'loadFailed')}: ${r.error.message}`) },
        descriptor: { id: `load/${r.error.code}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
      // The load/unreadable finding, when present, is also a result (code scanning shows results, not notifications).
      if (errorShownSeparately(r)) continue;
    }
    const seen = new Map<string, number>();
    for (const f of sortedFindings(r.findings)) {
      const region: Record<string, unknown> = { ...safeRegion(f) };
      if (f.excerpt !== null && f.excerpt !== '') region['snippet'] = { text: f.excerpt };
      const key = [f.ruleId, displayPath(r.path, input.cwd), f.sectionPath ?? '', f.excerpt ?? String(f.line), f.messageId].join('\u0000');
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { 'kehoachFinding/v1': `${fnv1a(key)}:${n}` },
        properties: propertiesOf(f),
      };
      if (f.fix) {
        // SARIF §3.55: a fix replaces a region of the artifact; the regions are those of the extracted text.
        const deletedRegion = safeRegion({ ...f, line: f.fix.line, column: f.fix.column, endLine: f.fix.endLine, endColumn: f.fix.endColumn });
        result['fixes'] = [
          {
            description: { text: sentence(f.suggestion ?? f.fix.text) },
            artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: f.fix.text } }] }],
          },
        ];
      }
      const index = ruleIndex.get(f.ruleId);
      if (index !== undefined) result['ruleIndex'] = index;
      results.push(result);
    }
  }
  const invocation: Record<string, unknown> = { executionSuccessful: notifications.length === 0 };
  if (notifications.length > 0) invocation['toolExecutionNotifications'] = notifications;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kehoach-lint',
            version: input.toolVersion,
            ...(SEMVER.test(input.toolVersion) ? { semanticVersion: input.toolVersion } : {}),
            informationUri: INFORMATION_URI,
            language: input.lang === 'vi' ? 'vi-VN' : 'en-US',
            rules: input.rules.map((r) => reportingDescriptor(r, input.lang)),
          },
        },
        originalUriBaseIds: { [URI_BASE]: { uri: absoluteFileUri(input.cwd, true) } },
        invocations: [invocation],
        language: input.lang === 'vi' ? 'vi-VN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** `--format sarif`: SARIF 2.1.0 JSON. */
export function sarif(input: ReportInput): string {
  return `${JSON.stringify(sarifLog(input), null, 2)}\n`;
}
