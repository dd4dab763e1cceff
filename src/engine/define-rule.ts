// defineRule(): the one shape every rule has (metadata, messages, options, a pure check function).
import type { z } from 'zod';
import type { PlanDocument } from '../model/plan.js';
import type { Facts } from '../model/facts.js';
import type { Severity } from '../model/finding.js';
import type { Span } from '../model/span.js';
import type { LoadWarning } from '../load/types.js';
export type { LoadErrorCode } from '../load/types.js';

/** A loader's note about what it could read (PDF pages without text, legacy fonts …), with typed fields. */
export type LoadNote = LoadWarning;

export type Lang = 'vi' | 'en';
export type Localized = { vi: string; en: string };

/** What a rule sees. Everything is injected: rules never read files, env, console or the clock. */
export interface RuleContext<O> {
  doc: PlanDocument;
  facts: Facts;
  /** The normalized text every span indexes. */
  text: string;
  options: O;
  settings: RuleSettings;
  /** The loader's notes about the file (what could not be read, what was repaired). */
  notes: readonly LoadNote[];
}

export interface RuleSettings {
  /** 'final' (default): draft placeholders are errors; 'draft': they are info. */
  stage: 'draft' | 'final';
  /** 'cchc' for administrative-reform plans, 'generic' otherwise. */
  profile: 'cchc' | 'generic';
  /** ISO reference date for time-dependent rules (issue date, else inferred from citations, else --today). */
  referenceDate: string | null;
  /** Extra legal-registry entries from the user's config (superseded documents). */
  registryExtra: readonly RegistryEntryInput[];
  /** The agency's unit names from the user's config ("units"), for task leads; empty when not configured. */
  units: readonly string[];
}

/** A user-supplied registry entry (config "registry"): a document replaced from a date. */
export interface RegistryEntryInput {
  key: string;
  title?: string;
  replacedBy: string;
  effective: string;
  source: string;
}

export interface RuleReport<M extends string> {
  messageId: M;
  span: Span | null;
  /** Values for {placeholders} in the message; a {vi, en} value is taken in the report's language. */
  data?: Record<string, string | number | Localized>;
  /**
   * Overrides the message's severity for this report, for severities that depend on the case (draft placeholders →
   * info): declare the case in `meta.severityNote`. Fixed per-message severities go in `meta.messageSeverity`.
   */
  severity?: Severity;
  /** Message id of the fix hint (from `messages`), rendered as the finding's suggestion. */
  suggestionId?: M;
  /** A mechanical fix: replace `span` with `text` (shown as the finding's `fix`, SARIF `fixes`). */
  fix?: { span: Span; text: string };
}

export interface RuleExample {
  /** A plan fragment (.txt layout) that must trigger the rule (invalid) or not (valid). */
  code: string;
  note?: string;
  /** Loader notes the example's file carries (what a PDF or Word loader reports about it). */
  loadNotes?: LoadNote[];
  /** Settings from the config the example needs (e.g. the agency's "units"). */
  settings?: { units?: string[] };
  /**
   * A described case, for rules that read what a .txt fragment cannot hold (fonts, sizes, pages): the file, its
   * deviation and what the rule measures, and the test that builds such a file. `code` is then the text concerned.
   */
  file?: DescribedCase;
}

export interface DescribedCase {
  /** The file formats the case is made in: "docx", "pdf". */
  formats: readonly ('docx' | 'pdf')[];
  /** What the file has (English), e.g. "the Tiêu ngữ set in 12 pt". */
  deviation: string;
  /** The rule's message for it (Vietnamese, as reported), e.g. "Tiêu ngữ: cỡ chữ 12 — quy định 13–14."; none for a valid case. */
  measured?: string;
  /** The test (path from the repository root) that builds such a file and checks the rule's findings on it. */
  test: string;
}

export interface RuleDefinition<M extends string, O> {
  /** "area/name". */
  id: string;
  meta: {
    /** The severity of the rule's findings, unless `messageSeverity` says otherwise for a message. */
    defaultSeverity: Severity;
    /** Messages whose findings have another severity than `defaultSeverity` (shown by docs, `rules`, SARIF). */
    messageSeverity?: Partial<Record<M, Severity>>;
    /** When a finding's severity depends on the case (draft stage, a fact's confidence), what decides it. */
    severityNote?: Localized;
    description: Localized;
    /** Legal source or rationale (decree, article), shown by `kehoach explain`. */
    source?: string;
    /** Only for these profiles (default: all). */
    profiles?: readonly ('cchc' | 'generic')[];
    /**
     * The lowest severity a configuration may give the rule; it cannot be switched off. For notes that say part of
     * a file was not checked: a config shipped beside a submission must not hide that.
     */
    minSeverity?: Severity;
    /**
     * Runs on every file, also when its text is not readable Vietnamese (the other rules are skipped then):
     * the loader's notes about what could be read.
     */
    fileLevel?: boolean;
    /** Only for files of these formats (default: all): presentation rules need a file that has fonts and pages. */
    formats?: readonly ('txt' | 'md' | 'html' | 'docx' | 'pdf' | 'doc')[];
    /** A group switched on and off together ("presentation": config key `presentation: false`). */
    group?: 'presentation';
  };
  /** Zod schema of the rule's options with defaults; `{}` must parse. */
  options?: z.ZodType<O>;
  messages: Record<M, Localized>;
  examples?: { valid: RuleExample[]; invalid: RuleExample[] };
  check(ctx: RuleContext<O>): Iterable<RuleReport<M>>;
}

/** Identity helper that exists for type inference: a misspelt message id does not compile. */
export function defineRule<M extends string, O = Record<string, never>>(rule: RuleDefinition<M, O>): RuleDefinition<M, O> {
  return rule;
}

// eslint-style erased type for registries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<string, any>;
