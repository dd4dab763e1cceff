// The library entry point: a Checker built once from a validated configuration and the run's settings, used by
// the CLI, the batch workers, the tests and the benchmarks alike. Every check returns a FileResult and never throws.
import { resolve } from 'node:path';
import { checkBytes, checkFile, loadErrorResult, parseLoaded, resultOf, type CheckOptions } from './check.js';
import { ConfigResolver, validateConfig, type ConfigProblem } from './config/load.js';
import type { Config } from './config/schema.js';
import { ruleInfo } from './engine/index.js';
import { loadMd } from './load/md.js';
import { sniffFormat } from './load/sniff.js';
import { loadTxt } from './load/txt.js';
import type { FileResult, RuleInfo } from './model/finding.js';
import { RULES } from './rules/index.js';

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
  debug?: boolean;
}

export interface CheckerSettings extends RunSettings {
  /** A configuration object as a kehoach.config.json holds it; validated here. */
  config?: unknown;
  /** A config file to read (like --config); ignored when `config` is given. */
  configFile?: string;
  /** Where to discover a config file (upward) when neither `config` nor `configFile` is given; default process.cwd(). */
  cwd?: string;
}

export interface Checker {
  /** The rule catalogue, as reports need it. */
  readonly rules: readonly RuleInfo[];
  /** The validated configuration in force (empty when none was found). */
  readonly config: Config;
  /** The resolved options every check uses (what batch workers receive). */
  readonly options: CheckOptions;
  /** Checks plain text as if it were a file named `path` (Markdown when the name or the content says so). */
  checkText(text: string, path?: string): FileResult;
  /** Checks the bytes of a file of any supported format; the format is sniffed from the content. */
  checkBytes(bytes: Uint8Array, path: string): Promise<FileResult>;
  checkFile(path: string): Promise<FileResult>;
}

export type CreateCheckerResult = { ok: true; checker: Checker } | { ok: false; problems: ConfigProblem[] };

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
    debug: Boolean(run.debug),
    engine: {
      lang,
      stage: run.stage ?? config.stage ?? 'final',
      ...(profile ? { profile } : {}),
      ...(run.today ? { today: run.today } : {}),
      rules: config.rules ?? {},
      registryExtra: config.registry ?? [],
      units: config.units ?? [],
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
  limits: 'checkOptionsOf',
  ignore: 'discovery',
} as const satisfies Record<keyof Config, string>;
void CONFIG_KEYS_READ;

/** Builds a checker, validating the configuration (rule ids, rule options, registry, limits) before anything runs. */
export function createChecker(settings: CheckerSettings = {}): CreateCheckerResult {
  let result;
  if (settings.config !== undefined) result = validateConfig(settings.config, '<config>', RULES);
  else {
    const cwd = resolve(settings.cwd ?? process.cwd());
    const resolver = new ConfigResolver(RULES, settings.configFile ? resolve(cwd, settings.configFile) : null);
    result = resolver.forDirectory(cwd);
  }
  if (!result.ok) return { ok: false, problems: result.problems };
  return { ok: true, checker: checkerOf(result.config, settings) };
}

/** A checker over an already validated configuration. */
export function checkerOf(config: Config, run: RunSettings): Checker {
  const options = checkOptionsOf(config, run);
  const rules = RULES.map(ruleInfo);
  return {
    rules,
    config,
    options,
    checkText(text: string, path = '<text>'): FileResult {
      try {
        const bytes = new TextEncoder().encode(text);
        const loaded = sniffFormat(bytes, path).format === 'md' ? loadMd(bytes, {}) : loadTxt(bytes, {});
        return resultOf(path, parseLoaded(loaded, path, bytes.length, options), options);
      } catch (err) {
        return loadErrorResult(path, err, options.lang, options.debug);
      }
    },
    checkBytes: (bytes, path) => checkBytes(bytes, path, options),
    checkFile: (path) => checkFile(path, options),
  };
}
