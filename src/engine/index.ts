// Runs rules over a parsed plan: options and severities from config, spans located, findings sorted.
import type { LoadedDocument } from '../load/types.js';
import type { Facts } from '../model/facts.js';
import type { Finding, RuleInfo, Severity } from '../model/finding.js';
import type { PlanDocument } from '../model/plan.js';
import type { AnyRule, Lang, Localized, RegistryEntryInput, RuleSettings } from './define-rule.js';
import { Locator } from './locate.js';
import { RULE_DOCS_URL } from '../model/links.js';

export type RuleSetting = 'off' | Severity | { severity?: 'off' | Severity; options?: Record<string, unknown> };

export interface EngineOptions {
  lang: Lang;
  stage: 'draft' | 'final';
  /** Forced profile; detected from the subject when undefined. */
  profile?: 'cchc' | 'generic';
  /** Reference date when the plan has none (ISO), from --today. */
  today?: string;
  rules: Readonly<Record<string, RuleSetting>>;
  registryExtra: readonly RegistryEntryInput[];
  /** The agency's unit names (config "units"). */
  units?: readonly string[];
}

export const HELP_BASE = RULE_DOCS_URL;

const CCHC_RE = /cải\s+cách\s+(hành\s+chính|thủ\s+tục\s+hành\s+chính)|\bCCHC\b/iu;

/** 'cchc' when the subject is an administrative-reform plan. */
export function detectProfile(doc: PlanDocument): 'cchc' | 'generic' {
  return CCHC_RE.test(doc.header.subject?.text ?? '') ? 'cchc' : 'generic';
}

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/gu, (m, key: string) => (key in data ? String(data[key]) : m));
}

function settingOf(setting: RuleSetting | undefined): { severity?: 'off' | Severity; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  return typeof setting === 'string' ? { severity: setting } : setting;
}

const INTERNAL: Localized = {
  vi: 'Lỗi nội bộ khi chạy quy tắc {rule}: {error}. Kết quả của quy tắc này bị bỏ qua; hãy báo lỗi cho nhóm phát triển.',
  en: 'Internal error while running rule {rule}: {error}. This rule was skipped; please report the bug.',
};

export function ruleInfo(rule: AnyRule): RuleInfo {
  return {
    id: rule.id,
    defaultSeverity: rule.meta.defaultSeverity,
    ...(rule.meta.messageSeverity ? { messageSeverity: { ...(rule.meta.messageSeverity as Record<string, Severity>) } } : {}),
    description: rule.meta.description,
    helpUri: `${HELP_BASE}${rule.id}.md`,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A message's declared severity: its own (`meta.messageSeverity`) or the rule's default. */
export function messageSeverity(rule: AnyRule, messageId: string): Severity {
  return (rule.meta.messageSeverity as Record<string, Severity> | undefined)?.[messageId] ?? rule.meta.defaultSeverity;
}

/** The configured severity, raised to the rule's floor (a rule with a floor is never off). */
export function effectiveSeverity(rule: AnyRule, configured: 'off' | Severity | undefined): 'off' | Severity | undefined {
  const floor = rule.meta.minSeverity;
  if (!floor || configured === undefined) return configured;
  if (configured === 'off' || SEVERITY_ORDER[configured] > SEVERITY_ORDER[floor]) return floor;
  return configured;
}

/** Runs every enabled rule; a rule that throws becomes one internal-error finding, never a crash. */
export function runRules(
  rules: readonly AnyRule[],
  loaded: LoadedDocument,
  doc: PlanDocument,
  facts: Facts,
  options: EngineOptions,
): Finding[] {
  const locator = new Locator(loaded, doc);
  const settings: RuleSettings = {
    stage: options.stage,
    profile: options.profile ?? detectProfile(doc),
    referenceDate: facts.referenceDate?.iso ?? doc.header.issueDate?.iso ?? options.today ?? null,
    registryExtra: options.registryExtra,
    units: options.units ?? [],
  };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const setting = settingOf(options.rules[rule.id]);
    const configured = effectiveSeverity(rule, setting.severity);
    if (configured === 'off') continue;
    if (rule.meta.profiles && !rule.meta.profiles.includes(settings.profile)) continue;
    try {
      // Options are validated with the config before any file is checked; a library caller's bad options end here.
      const parsedOptions = rule.options ? rule.options.parse(setting.options ?? {}) : {};
      for (const report of rule.check({ doc, facts, text: loaded.text, options: parsedOptions, settings, notes: loaded.warnings })) {
        const template = rule.messages[report.messageId];
        if (!template) throw new Error(`unknown message id "${report.messageId}"`);
        const severity: Severity = configured ?? report.severity ?? messageSeverity(rule, report.messageId);
        const message = formatMessage(template[options.lang], report.data);
        const key = `${rule.id}|${report.span?.start ?? -1}|${report.span?.end ?? -1}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const hint = report.suggestionId ? rule.messages[report.suggestionId] : undefined;
        findings.push({
          ruleId: rule.id,
          severity,
          messageId: report.messageId,
          message,
          span: report.span,
          ...locator.locate(report.span),
          suggestion: hint ? formatMessage(hint[options.lang], report.data) : null,
          ...(report.fix ? { fix: locator.locateFix(report.fix) } : {}),
        });
      }
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      findings.push({
        ruleId: 'internal/rule-error',
        severity: 'error',
        messageId: 'internal',
        message: formatMessage(INTERNAL[options.lang], { rule: rule.id, error }),
        span: null,
        ...locator.locate(null),
        suggestion: null,
      });
    }
  }
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}
