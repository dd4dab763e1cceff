// The configuration file schema (strict): profile, stage, rule severities/options, registry extras, units, limits.
// Built on first use: a run without a config file never builds it (zod schemas cost some 10 ms to build at start).
import { z } from 'zod';

function buildConfigSchema() {
  const SeverityOrOffSchema = z.enum(['off', 'info', 'warning', 'error']);

  const RuleSettingSchema = z.union([
    SeverityOrOffSchema,
    z.object({ severity: SeverityOrOffSchema.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
  ]);

  const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');

  const RegistryEntrySchema = z
    .object({
      /** The replaced document's number, e.g. "61/2018/NĐ-CP". */
      key: z.string().min(3),
      title: z.string().optional(),
      replacedBy: z.string().min(3),
      effective: IsoDate,
      source: z.string().min(1),
    })
    .strict();

  const ConfigSchema = z
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
  return ConfigSchema;
}

let built: ReturnType<typeof buildConfigSchema> | undefined;

/** The schema of kehoach.config.json. */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  return (built ??= buildConfigSchema());
}

export type Config = z.infer<ReturnType<typeof buildConfigSchema>>;
export type RegistryEntry = NonNullable<Config['registry']>[number];
