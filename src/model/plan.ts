// The typed model of a plan document (PlanDocument): zod schemas, types inferred, no logic.
import { z } from 'zod';
import { DigitalSignatureSchema } from './signature.js';
import { PresentationSchema } from './presentation.js';
import { SpanSchema, TextRefSchema } from './span.js';

export const SourceInfoSchema = z
  .object({
    path: z.string(),
    format: z.enum(['txt', 'md', 'docx', 'pdf', 'doc', 'html']),
    encoding: z.string(),
    pageCount: z.number().int().positive().optional(),
    bytes: z.number().int().min(0),
    /** Digital signatures the file carries (PDF); absent when it has none. */
    digitalSignatures: z.array(DigitalSignatureSchema).optional(),
    /** Pages whose text was recognised from the page image (`--ocr`); absent when none was. */
    ocrPages: z.array(z.number().int().positive()).optional(),
  })
  .strict();

/** "Số: 09/KH-SDTTG" → number "09", typeCode "KH", issuerCode "SDTTG". */
export const DocumentNumberSchema = z
  .object({
    raw: z.string(),
    number: z.string().nullable(),
    year: z.number().int().nullable(),
    typeCode: z.string().nullable(),
    issuerCode: z.string().nullable(),
    /** A draft: the number is left blank ("Số: /KH-SDTTG"). */
    placeholder: z.boolean(),
    span: SpanSchema,
  })
  .strict();

/** "Lạng Sơn, ngày 05 tháng 7 năm 2025"; day/month left blank in drafts. */
export const IssueDateSchema = z
  .object({
    raw: z.string(),
    day: z.number().int().nullable(),
    month: z.number().int().nullable(),
    year: z.number().int().nullable(),
    /** ISO date when day, month and year are all known and valid. */
    iso: z.string().nullable(),
    placeholder: z.boolean(),
    /** The day and month as typed ("05", "7") for the zero-padding rule. */
    dayText: z.string().nullable(),
    monthText: z.string().nullable(),
    span: SpanSchema,
  })
  .strict();

export const HeaderSchema = z
  .object({
    /** Cơ quan ban hành, e.g. "SỞ DÂN TỘC VÀ TÔN GIÁO". */
    issuingBody: TextRefSchema.nullable(),
    /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN". */
    parentBody: TextRefSchema.nullable(),
    /** Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
    nationalName: TextRefSchema.nullable(),
    /** Tiêu ngữ "Độc lập - Tự do - Hạnh phúc". */
    motto: TextRefSchema.nullable(),
    documentNumber: DocumentNumberSchema.nullable(),
    place: TextRefSchema.nullable(),
    issueDate: IssueDateSchema.nullable(),
    /** Tên loại: "KẾ HOẠCH". */
    documentType: TextRefSchema.nullable(),
    /** Trích yếu. */
    subject: TextRefSchema.nullable(),
    /** "(Thay thế Kế hoạch số … )". */
    replaces: TextRefSchema.nullable(),
  })
  .strict();

/** One "Căn cứ …" / "Thực hiện …" basis of the preamble. */
export const LegalBasisSchema = z
  .object({
    /** The lead word as written: "Căn cứ", "Thực hiện" … */
    lead: z.string(),
    text: z.string(),
    span: SpanSchema,
  })
  .strict();

export const PeriodSchema = z
  .object({
    text: z.string(),
    /** ISO dates, inclusive. */
    start: z.string(),
    end: z.string(),
    kind: z.enum(['year', 'half', 'quarter', 'months', 'range']),
    /** "định hướng đến năm 2030". */
    outlookYear: z.number().int().nullable(),
    span: SpanSchema,
  })
  .strict();

export const ParagraphSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
  })
  .strict();

/** 'heading' is an unnumbered capitalised heading line ("NHIỆM VỤ VÀ GIẢI PHÁP") found in web renditions. */
export const SectionKindSchema = z.enum(['part', 'heading', 'roman', 'arabic', 'decimal', 'letter', 'dash', 'plus']);

export interface Section {
  marker: string;
  kind: z.infer<typeof SectionKindSchema>;
  level: number;
  /** "III.2" style path built from the markers of the ancestors and this section. */
  path: string;
  title: string;
  span: Section['titleSpan'];
  titleSpan: { start: number; end: number };
  paragraphs: { text: string; span: { start: number; end: number } }[];
  children: Section[];
}

export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z
    .object({
      marker: z.string(),
      kind: SectionKindSchema,
      level: z.number().int().min(1),
      path: z.string(),
      title: z.string(),
      span: SpanSchema,
      titleSpan: SpanSchema,
      paragraphs: z.array(ParagraphSchema),
      children: z.array(SectionSchema),
    })
    .strict(),
);

export const CellSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    rowSpan: z.number().int().min(1),
    colSpan: z.number().int().min(1),
    /** False for grid positions covered by a span from another cell (text repeated from the origin). */
    origin: z.boolean(),
  })
  .strict();

export const TableRowSchema = z
  .object({
    kind: z.enum(['header', 'data', 'area', 'total']),
    cells: z.array(CellSchema),
    span: SpanSchema,
  })
  .strict();

export const ColumnRoleSchema = z.enum([
  'number',
  'objective',
  'mission',
  'activity',
  'output',
  'lead',
  'partners',
  'deadline',
  'budget',
  'other',
]);

export const TableSchema = z
  .object({
    span: SpanSchema,
    /** Column meaning from the header row, by text not position. */
    columns: z.array(ColumnRoleSchema),
    header: z.array(z.string()),
    rows: z.array(TableRowSchema),
    /** Rows continued across a page break that were merged back, and repeated headers dropped. */
    mergedRows: z.number().int().min(0),
    droppedHeaderRows: z.number().int().min(0),
  })
  .strict();

export const TaskSchema = z
  .object({
    source: z.enum(['table', 'prose']),
    /** The reform area the task is grouped under ("I. CẢI CÁCH THỂ CHẾ" or a section title). */
    area: TextRefSchema.nullable(),
    /** Section path (prose) or "table N row M" position. */
    at: z.string(),
    number: z.string().nullable(),
    objective: TextRefSchema.nullable(),
    mission: TextRefSchema.nullable(),
    activity: TextRefSchema.nullable(),
    output: TextRefSchema.nullable(),
    lead: TextRefSchema.nullable(),
    partners: TextRefSchema.nullable(),
    deadline: TextRefSchema.nullable(),
    budget: TextRefSchema.nullable(),
    span: SpanSchema,
  })
  .strict();

export const RecipientsSchema = z
  .object({
    heading: SpanSchema,
    items: z.array(TextRefSchema),
    /** "- Lưu: VT, VP." */
    archive: TextRefSchema.nullable(),
  })
  .strict();

export const SignatureSchema = z
  .object({
    /** KT. / TM. / Q. / TL. / TUQ. */
    authority: z.enum(['KT', 'TM', 'Q', 'TL', 'TUQ']).nullable(),
    titleLines: z.array(TextRefSchema),
    signer: TextRefSchema.nullable(),
    span: SpanSchema,
  })
  .strict();

export const FootnoteSchema = z
  .object({
    marker: z.string(),
    text: z.string(),
    span: SpanSchema,
  })
  .strict();

export const AppendixSchema = z
  .object({
    title: TextRefSchema,
    /** "(Kèm theo Kế hoạch số … ngày …)". */
    reference: TextRefSchema.nullable(),
    span: SpanSchema,
    /** Indexes into PlanDocument.tables. */
    tables: z.array(z.number().int().min(0)),
  })
  .strict();

/**
 * Quyết định ban hành kèm theo: a plan issued through a cover decision ("QUYẾT ĐỊNH Ban hành Kế hoạch …",
 * "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …"). The decision's header is its own (type "QUYẾT ĐỊNH",
 * number "…/QĐ-…"); the plan's header (PlanDocument.header) takes its title and subject from its own "KẾ HOẠCH"
 * line and shares the decision's issuing body, national name, place and date; it has no number of its own.
 */
export const CoverDecisionSchema = z
  .object({
    header: HeaderSchema,
    /** "(Ban hành kèm theo Quyết định số 2820/QĐ-UBND ngày …)" under the plan's title. */
    attachment: TextRefSchema.nullable(),
    /** The decision's "Căn cứ …" (also the plan's legal bases). */
    legalBases: z.array(LegalBasisSchema),
    recipients: RecipientsSchema.nullable(),
    signature: SignatureSchema.nullable(),
    /** From the top of the document to the line before the plan's title. */
    span: SpanSchema,
  })
  .strict();

export const PlanDocumentSchema = z
  .object({
    source: SourceInfoSchema,
    header: HeaderSchema,
    /** The cover decision the plan is attached to; null (or absent in hand-built models) when there is none. */
    coverDecision: CoverDecisionSchema.nullable().optional(),
    legalBases: z.array(LegalBasisSchema),
    period: PeriodSchema.nullable(),
    sections: z.array(SectionSchema),
    tables: z.array(TableSchema),
    tasks: z.array(TaskSchema),
    recipients: RecipientsSchema.nullable(),
    signature: SignatureSchema.nullable(),
    /** Set when the text stops mid-sentence with no closing block (a cut-off web excerpt): end-of-document checks skip it. */
    truncated: z.boolean().optional(),
    footnotes: z.array(FootnoteSchema),
    appendices: z.array(AppendixSchema),
    /** Paragraphs between the header and the first section (preamble) and after the last one (closing). */
    preamble: z.array(ParagraphSchema),
    closing: z.array(ParagraphSchema),
    /** Fonts, sizes, layout and page setup read from the file (Word only); absent for text formats. */
    presentation: PresentationSchema.optional(),
  })
  .strict();

export type SourceInfo = z.infer<typeof SourceInfoSchema>;
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
export type IssueDate = z.infer<typeof IssueDateSchema>;
export type Header = z.infer<typeof HeaderSchema>;
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type SectionKind = z.infer<typeof SectionKindSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Recipients = z.infer<typeof RecipientsSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Appendix = z.infer<typeof AppendixSchema>;
export type CoverDecision = z.infer<typeof CoverDecisionSchema>;
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
