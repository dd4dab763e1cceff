// Facts extracted from a plan (citations, dates, deadlines, targets, abbreviations): zod schemas only.
import { z } from 'zod';
import { SpanSchema, TextRefSchema } from './span.js';
import { PeriodSchema } from './plan.js';

export const FactRoleSchema = z.enum(['basis', 'body', 'table']);

export const CalendarDateSchema = z
  .object({
    raw: z.string(),
    day: z.number().int().nullable(),
    month: z.number().int().nullable(),
    year: z.number().int().nullable(),
    /** ISO date when complete and valid on the calendar; null otherwise. */
    iso: z.string().nullable(),
    /** False for 31/4, 29/02/2023 …: kept, never rolled over. */
    valid: z.boolean(),
    span: SpanSchema,
  })
  .strict();

export const CitationNumberSchema = z
  .object({
    raw: z.string(),
    serial: z.string().nullable(),
    year: z.number().int().nullable(),
    /** Type code: NĐ, QĐ, TT, KH, NQ … (null for laws "QH15" and công văn). */
    typeCode: z.string().nullable(),
    /** Issuer code: CP, TTg, UBND, TW, QH15, SNV … */
    issuerCode: z.string().nullable(),
    /** Unit code of a công văn "4836/SNV-TCBC" → TCBC. */
    unitCode: z.string().nullable(),
    form: z.enum(['normative', 'administrative', 'party', 'law', 'official-letter', 'short']),
  })
  .strict();

export const CitationSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    /** The type word as written ("Nghị định"), null when only a number is given. */
    typeWord: z.string().nullable(),
    /** Canonical document type id from src/data/doc-types ("nghi-dinh"), null when unknown. */
    docType: z.string().nullable(),
    number: CitationNumberSchema.nullable(),
    date: CalendarDateSchema.nullable(),
    /** "của Chính phủ" → { text: "Chính phủ" }. */
    issuer: TextRefSchema.nullable(),
    /** Canonical issuer id from src/data/issuers ("chinh-phu", "thu-tuong"), null when unknown. */
    issuerId: z.string().nullable(),
    subject: z.string().nullable(),
    /** A law cited by name and year ("Luật Ban hành văn bản quy phạm pháp luật năm 2015"). */
    lawName: z.string().nullable(),
    /** Canonical key: Ð/Đ, spacing and case folded ("nd:61/2018/nđ-cp"). Equal keys = same document. */
    key: z.string(),
    role: FactRoleSchema,
    /** Why the citation is malformed (empty when well-formed): "missing-hyphen", "space-in-code" … */
    malformed: z.array(z.string()),
    /** Alias defined for it ("sau đây viết tắt là …"). */
    alias: z.string().nullable(),
  })
  .strict();

export const DateFactSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    kind: z.enum(['date', 'month', 'quarter', 'half', 'year', 'range']),
    /** Inclusive ISO bounds; null when invalid. */
    start: z.string().nullable(),
    end: z.string().nullable(),
    valid: z.boolean(),
    role: FactRoleSchema,
  })
  .strict();

export const DeadlineKindSchema = z.enum([
  'by-date',
  'by-month',
  'by-quarter',
  'by-half',
  'by-year',
  'range',
  'recurring',
  'continuous',
  'conditional',
]);

export const DeadlineSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    kind: DeadlineKindSchema,
    /** Inclusive ISO window the deadline designates (end = the deadline itself); null when not a calendar time. */
    start: z.string().nullable(),
    end: z.string().nullable(),
    valid: z.boolean(),
    /** Index into PlanDocument.tasks when the deadline is a task's time cell or prose "Thời gian thực hiện". */
    task: z.number().int().nullable(),
    role: FactRoleSchema,
  })
  .strict();

export const TargetSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    /** The number in percent (33.3 for "33,3%"). */
    value: z.number(),
    comparator: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']),
    /** Normalized indicator phrase, comparable across the plan. */
    indicator: z.string(),
    kind: z.enum(['share', 'change', 'past']),
    /** Reform area id from src/data/reform-areas, from the enclosing section or table area. */
    area: z.string().nullable(),
    year: z.number().int().nullable(),
    role: FactRoleSchema,
  })
  .strict();

export const AbbreviationDefinitionSchema = z
  .object({ abbr: z.string(), expansion: z.string(), span: SpanSchema })
  .strict();
export const AbbreviationUseSchema = z.object({ abbr: z.string(), span: SpanSchema }).strict();

export const ReferenceDateSchema = z
  .object({
    iso: z.string(),
    source: z.enum(['issue-date', 'citations', 'today']),
    /** For 'citations': the citation text it was inferred from. */
    basis: z.string().nullable(),
  })
  .strict();

export const FactsSchema = z
  .object({
    citations: z.array(CitationSchema),
    dates: z.array(DateFactSchema),
    deadlines: z.array(DeadlineSchema),
    targets: z.array(TargetSchema),
    abbreviations: z
      .object({ definitions: z.array(AbbreviationDefinitionSchema), uses: z.array(AbbreviationUseSchema) })
      .strict(),
    period: PeriodSchema.nullable(),
    referenceDate: ReferenceDateSchema.nullable(),
  })
  .strict();

export type FactRole = z.infer<typeof FactRoleSchema>;
export type CalendarDate = z.infer<typeof CalendarDateSchema>;
export type CitationNumber = z.infer<typeof CitationNumberSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type DateFact = z.infer<typeof DateFactSchema>;
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type AbbreviationDefinition = z.infer<typeof AbbreviationDefinitionSchema>;
export type AbbreviationUse = z.infer<typeof AbbreviationUseSchema>;
export type ReferenceDate = z.infer<typeof ReferenceDateSchema>;
export type Facts = z.infer<typeof FactsSchema>;
