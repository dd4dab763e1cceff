// The zod schema of the `--format json` output (documented in docs/json-schema.md).
import { z } from 'zod';
import { FileResultSchema, FindingSchema, FixSchema } from '../model/finding.js';
import { JSON_REPORT_VERSION } from './json.js';

export { JSON_REPORT_VERSION };

const count = z.number().int().min(0);

/** A finding as the JSON report prints it: the model's Finding without the internal span. */
export const JsonFindingSchema = FindingSchema.omit({ span: true, fix: true }).extend({ fix: FixSchema.omit({ span: true }).nullable() }).strict();

/** A file's result as the JSON report prints it: the model's FileResult, its findings without spans. */
export const JsonFileResultSchema = FileResultSchema.omit({ findings: true }).extend({ findings: z.array(JsonFindingSchema) }).strict();

const AgencySummarySchema = z
  .object({ agency: z.string().nullable(), files: count, failed: count, errors: count, warnings: count, infos: count })
  .strict();

export const JsonReportSchema = z
  .object({
    version: z.literal(JSON_REPORT_VERSION),
    tool: z.object({ name: z.literal('kehoach-lint'), version: z.string() }).strict(),
    lang: z.enum(['vi', 'en']),
    results: z.array(JsonFileResultSchema),
    summary: z
      .object({
        files: count,
        failed: count,
        errors: count,
        warnings: count,
        infos: count,
        byRule: z.record(z.string(), count),
        byAgency: z.array(AgencySummarySchema),
      })
      .strict(),
  })
  .strict();

export type JsonReport = z.infer<typeof JsonReportSchema>;
export type JsonFileResult = z.infer<typeof JsonFileResultSchema>;
export type JsonFinding = z.infer<typeof JsonFindingSchema>;
