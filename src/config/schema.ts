// The configuration file schema (strict): profile, stage, rule severities/options, registry extras, units, limits.
import { z } from 'zod';

export const SeverityOrOffSchema = z.enum(['off', 'info', 'warning', 'error']);

export const RuleSettingSchema = z.union([
  SeverityOrOffSchema,
  z.object({ severity: SeverityOrOffSchema.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');

export const RegistryEntrySchema = z
  .object({
    /** The replaced document's number, e.g. "61/2018/NĐ-CP". */
    key: z.string().min(3),
    title: z.string().optional(),
    replacedBy: z.string().min(3),
    effective: IsoDate,
    source: z.string().min(1),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    profile: z.enum(['auto', 'cchc', 'generic']).optional(),
    stage: z.enum(['draft', 'final']).optional(),
    /** false turns the presentation rules (format/: fonts, sizes, margins, page numbers) off as a group. */
    presentation: z.boolean().optional(),
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    registry: z.array(RegistryEntrySchema).optional(),
    /** The agency's unit names (phòng, ban …), for checks of task leads. */
    units: z.array(z.string().min(1)).optional(),
    /** Paths or globs to skip (relative to the config file). */
    ignore: z.array(z.string()).optional(),
    limits: z
      .object({
        maxFileMB: z.number().positive().max(2048).optional(),
        timeoutSeconds: z.number().positive().max(3600).optional(),
        maxMemoryMB: z.number().int().min(64).max(16384).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;
