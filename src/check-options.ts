// The one mapping from a configuration and a run's settings (the CLI's flags) to the options of every check. Its
// own module so that the CLI's check command reaches it without the library entry (src/checker.ts) and what that
// loads for checkText (the Markdown parser).
import type { CheckOptions } from './check.js';
import type { Config } from './config/schema.js';

export type Lang = 'vi' | 'en';

/** What a run decides besides the configuration (the CLI's flags). Every field is optional. */
export interface RunSettings {
  lang?: Lang;
  /** Reference date (YYYY-MM-DD) for plans without an issue date. */
  today?: string;
  stage?: 'draft' | 'final';
  profile?: 'cchc' | 'generic';
  password?: string;
  /** Overrides the config's limits.maxFileMB. */
  maxFileMb?: number;
  /** Run the Word/PDF/.doc parsers in an isolated worker (default: when built). */
  isolate?: boolean;
  /** Recognise scanned PDF pages with Tesseract (needs poppler-utils, tesseract-ocr, tesseract-ocr-vie). */
  ocr?: boolean;
  debug?: boolean;
}

const DEFAULT_MAX_FILE_MB = 50;

/**
 * The one mapping from a configuration and the run's settings to check options. It reads every key of the
 * config type that bears on a check; flags win over the config.
 */
export function checkOptionsOf(config: Config, run: RunSettings): CheckOptions {
  const lang = run.lang ?? 'vi';
  const profile = run.profile ?? (config.profile && config.profile !== 'auto' ? config.profile : undefined);
  const limits = config.limits ?? {};
  const mb = run.maxFileMb ?? limits.maxFileMB ?? DEFAULT_MAX_FILE_MB;
  return {
    lang,
    ...(run.password !== undefined ? { password: run.password } : {}),
    maxBytes: Math.round(mb * 1048576),
    ...(limits.timeoutSeconds ? { timeoutMs: limits.timeoutSeconds * 1000 } : {}),
    ...(limits.maxMemoryMB ? { maxMemoryMb: limits.maxMemoryMB } : {}),
    ...(run.today ? { today: run.today } : {}),
    ...(run.isolate !== undefined ? { isolate: run.isolate } : {}),
    ...(run.ocr ? { ocr: true } : {}),
    debug: Boolean(run.debug),
    engine: {
      lang,
      stage: run.stage ?? config.stage ?? 'final',
      ...(profile ? { profile } : {}),
      ...(run.today ? { today: run.today } : {}),
      rules: config.rules ?? {},
      registryExtra: config.registry ?? [],
      units: config.units ?? [],
      ...(config.presentation === false ? { presentation: false } : {}),
    },
  };
}

/**
 * Every key of the config type, and who reads it: adding a key to the schema without reading it does not compile.
 * `ignore` is read by folder discovery (src/batch/discover.ts), `$schema` by editors.
 */
const CONFIG_KEYS_READ = {
  $schema: 'editors',
  profile: 'checkOptionsOf',
  stage: 'checkOptionsOf',
  rules: 'checkOptionsOf',
  registry: 'checkOptionsOf',
  units: 'checkOptionsOf',
  presentation: 'checkOptionsOf',
  limits: 'checkOptionsOf',
  ignore: 'discovery',
} as const satisfies Record<keyof Config, string>;
void CONFIG_KEYS_READ;
