// The library entry point: a Checker built once from a validated configuration and the run's settings, used by
// the CLI, the batch workers, the tests and the benchmarks alike. Every check returns a FileResult and never throws.
import { resolve } from 'node:path';
import { checkBytes, checkFile, loadErrorResult, parseLoaded, resultOf, type CheckOptions } from './check.js';
import { ConfigResolver, validateConfig, type ConfigProblem } from './config/load.js';
import { checkOptionsOf, type RunSettings } from './check-options.js';
import type { Config } from './config/schema.js';
import { ruleInfo } from './engine/index.js';
import { loadMd } from './load/md.js';
import { sniffFormat } from './load/sniff.js';
import { loadTxt } from './load/txt.js';
import type { FileResult, RuleInfo } from './model/finding.js';
import { RULES } from './rules/index.js';

export { checkOptionsOf, type Lang, type RunSettings } from './check-options.js';

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
