// The presentation model (kỹ thuật trình bày): what a Word or PDF file says about fonts, sizes, layout and page
// setup, located by offsets into the plan's normalized text, and the marks a final version should not hold. A PDF
// tells less than a Word file: what it cannot tell is null (paragraph indents and spacing, style of a font whose
// name says nothing).
import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A stretch of the text with one run formatting (adjacent runs with the same formatting merged). */
export const FormatRunSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    font: z.string().nullable(),
    /** Points. */
    size: z.number().nullable(),
    /** null: not known (a PDF font whose name tells no style). */
    bold: z.boolean().nullable(),
    italic: z.boolean().nullable(),
    underline: z.boolean(),
    /** w:caps: shown in capitals whatever the letters typed. */
    caps: z.boolean(),
  })
  .strict();

/** A stretch of the text from one Word paragraph (a line of a paragraph split at a line break, a cell paragraph). */
export const FormatParagraphSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** 1-based index of the Word paragraph in document order (table cells included). */
    paragraph: z.number().int().min(1),
    /** w:jc: "left", "center", "right", "both" (justified) …; null when not set anywhere (left). */
    align: z.string().nullable(),
    /** First-line indent in cm (negative: hanging); null when the file does not say (PDF). */
    firstLineCm: z.number().nullable(),
    spacingBeforePt: z.number().nullable(),
    spacingAfterPt: z.number().nullable(),
    /** Line spacing: "auto" in lines (1 = single), "exact"/"atLeast" in points. */
    line: z.object({ rule: z.enum(['auto', 'exact', 'atLeast']), value: z.number() }).nullable(),
    /** The paragraph starts with a tab (an indent made with a tab stop rather than a first-line indent). */
    leadingTab: z.boolean(),
    /** An automatic list item: its indent comes from the list definition (numbering.xml), not read here. */
    numbered: z.boolean(),
    inTable: z.boolean(),
    /** The page the paragraph starts on (PDF): where a message points. */
    page: z.number().int().min(1).optional(),
  })
  .strict();

export const PageNumberSchema = z
  .object({
    /** Where the PAGE field is: "header" (top margin) or "footer". */
    place: z.enum(['header', 'footer']),
    /** w:jc of its paragraph ("left" when unset); null when tabs place it (the position then depends on tab stops). */
    align: z.string().nullable(),
    /** Whether page 1 shows it (no distinct first page, or the first-page header has it too). */
    onFirstPage: z.boolean(),
    /** Its font size in points (null when not known). */
    size: z.number().nullable().optional(),
  })
  .strict();

export const FormatSectionSchema = z
  .object({
    /** Millimetres. */
    pageWidthMm: z.number().nullable(),
    pageHeightMm: z.number().nullable(),
    orientation: z.enum(['portrait', 'landscape']),
    margins: z.object({ top: z.number().nullable(), right: z.number().nullable(), bottom: z.number().nullable(), left: z.number().nullable() }).strict(),
    pageNumber: PageNumberSchema.nullable(),
    /** The part of the text in this section (null when no text of it was aligned). */
    span: SpanSchema.nullable(),
    /** PDF: the pages of this run of pages of one size and orientation, and margins measured from the text on them. */
    pages: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).strict().optional(),
  })
  .strict();

export const MarkPlaceSchema = z.object({ paragraph: z.number().int().min(1), span: SpanSchema.nullable() }).strict();
export const MarksSchema = z.object({ count: z.number().int().min(0), places: z.array(MarkPlaceSchema) }).strict();

export const IntegritySchema = z
  .object({
    insertions: MarksSchema,
    deletions: MarksSchema,
    moves: MarksSchema,
    formatChanges: MarksSchema,
    comments: MarksSchema,
    hidden: MarksSchema,
    highlight: MarksSchema,
    /** PDF: annotations (comments, highlights, ink …) by subtype ("Text", "Highlight" …), with the pages holding them. */
    annotations: z.array(z.object({ kind: z.string(), count: z.number().int().min(1), pages: z.array(z.number().int().min(1)) }).strict()).optional(),
  })
  .strict();

/**
 * The rule under the Tiêu ngữ (a solid line as long as the motto's line of text), as the file shows it.
 * present: a line is drawn right below the motto (a shape, a paragraph or cell border, the motto underlined, a
 * path in a PDF); absent: nothing in the header could draw one; unknown: something might (a floating shape whose
 * place cannot be worked out, a text box, a picture).
 */
export const MottoRuleSchema = z
  .object({
    state: z.enum(['present', 'absent', 'unknown']),
    /** "characters": a line of underscores or dashes typed under it. */
    kind: z.enum(['shape', 'border', 'cellBorder', 'underline', 'path', 'characters']).nullable(),
    /** Length of the line and width of the motto's text in points, when the file tells them. */
    widthPt: z.number().nullable(),
    textWidthPt: z.number().nullable(),
    /** Why the state is unknown (English, for the JSON model). */
    reason: z.string().nullable(),
  })
  .strict();

export const PresentationSchema = z
  .object({
    format: z.enum(['docx', 'pdf']),
    sections: z.array(FormatSectionSchema),
    runs: z.array(FormatRunSchema),
    paragraphs: z.array(FormatParagraphSchema),
    integrity: IntegritySchema,
    /** The rule under the Tiêu ngữ; absent from the model when the file's text has no Tiêu ngữ the loader recognises. */
    mottoRule: MottoRuleSchema.optional(),
  })
  .strict();

export type MottoRule = z.infer<typeof MottoRuleSchema>;
export type FormatRun = z.infer<typeof FormatRunSchema>;
export type FormatParagraph = z.infer<typeof FormatParagraphSchema>;
export type FormatSection = z.infer<typeof FormatSectionSchema>;
export type Integrity = z.infer<typeof IntegritySchema>;
export type Marks = z.infer<typeof MarksSchema>;
export type Presentation = z.infer<typeof PresentationSchema>;
