// Spans: half-open [start, end) offsets into a plan's normalized text.
import { z } from 'zod';

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
export type Span = z.infer<typeof SpanSchema>;

/** A piece of document text with where it is. */
export const TextRefSchema = z.object({ text: z.string(), span: SpanSchema }).strict();
export type TextRef = z.infer<typeof TextRefSchema>;
