// Findings and per-file results: what the engine produces and every report consumes.
import { z } from 'zod';
import { DigitalSignatureSchema } from './signature.js';
import { SpanSchema } from './span.js';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A replacement: the text that replaces the source at `span`, with the span located for reports. */
export const FixSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
  })
  .strict();
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z
  .object({
    ruleId: z.string(),
    severity: SeveritySchema,
    messageId: z.string(),
    /** Localized message (vi by default, en with --lang en). */
    message: z.string(),
    span: SpanSchema.nullable(),
    /** 1-based line and column in the extracted text (the file itself for .txt). */
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    /** "III.2" — the numbered section the finding is in; null before the first section. */
    sectionPath: z.string().nullable(),
    page: z.number().int().min(1).nullable(),
    /** Word paragraph number (.docx), counting only paragraphs with text (table cells included), as a reader counts them. */
    paragraph: z.number().int().min(1).nullable(),
    /**
     * The table row the finding is in: table (1-based, in document order), row (1-based, as the table reads once
     * page-split rows are joined and repeated headers dropped) and the row's "TT" number when it has one.
     */
    tableRow: z
      .object({ table: z.number().int().min(1), row: z.number().int().min(1), number: z.string().nullable() })
      .strict()
      .nullable()
      .optional(),
    /** The source text the finding is about, as written. */
    excerpt: z.string().nullable(),
    /** How to fix it, localized. */
    suggestion: z.string().nullable(),
    /** A mechanical fix, when there is one: replace the text at `span` (located like the finding) with `text`. */
    fix: z.lazy(() => FixSchema).nullable().optional(),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;

export const FileErrorSchema = z.object({ code: z.string(), message: z.string() }).strict();

export const FileResultSchema = z
  .object({
    path: z.string(),
    format: z.string().nullable(),
    encoding: z.string().nullable(),
    /**
     * Issuing body from the header (agency), for per-agency summaries: "UBND tỉnh Lâm Đồng", "Sở Công Thương tỉnh
     * Lào Cai"; when the document names none, the folder name followed by " (theo thư mục)".
     */
    agency: z.string().nullable(),
    pageCount: z.number().int().nullable(),
    findings: z.array(FindingSchema),
    /** Set when the file could not be read or parsed; findings then hold only the rule load/unreadable finding that says so. */
    error: FileErrorSchema.nullable(),
    errorCount: z.number().int().min(0),
    warningCount: z.number().int().min(0),
    infoCount: z.number().int().min(0),
    /** The digital signatures the file carries (PDF): read, not verified against a trust list. Absent when none. */
    signatures: z.array(DigitalSignatureSchema).optional(),
    /** Pages whose text was recognised from the page image (`--ocr`). Absent when none was. */
    ocrPages: z.array(z.number().int().positive()).optional(),
  })
  .strict();
export type FileResult = z.infer<typeof FileResultSchema>;
export type FileError = z.infer<typeof FileErrorSchema>;

/** Rule metadata as reports need it (SARIF rules, JUnit testcases, docs links). */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  /** Messages whose findings have another severity than the default. */
  messageSeverity?: Record<string, Severity>;
  description: { vi: string; en: string };
  helpUri: string;
}

/** Everything a formatter receives: pure data, no I/O. */
export interface ReportInput {
  results: FileResult[];
  rules: RuleInfo[];
  lang: 'vi' | 'en';
  color: boolean;
  toolVersion: string;
  /** Working directory used to relativize paths. */
  cwd: string;
}
