// Finds and validates configuration: kehoach.config.json, .kehoachrc.json or package.json "kehoach",
// searched upward from each checked file; --config overrides. Errors name file, JSON path and a fix.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema, type Config } from './schema.js';
import { z } from 'zod';
import { levenshtein } from '../text/distance.js';

export const CONFIG_FILES = ['kehoach.config.json', '.kehoachrc.json'] as const;

export interface ConfigProblem {
  file: string;
  /** JSON path such as "rules.header/numbr" ("" for the file itself). */
  path: string;
  /** What was expected, in English and Vietnamese. */
  expected: { vi: string; en: string };
  didYouMean: string | null;
  line: number | null;
  column: number | null;
}

export type ConfigResult = { ok: true; config: Config; file: string | null } | { ok: false; problems: ConfigProblem[] };

export function closest(value: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

/** Removes "//" comment keys at any depth (the starter config documents itself with them). */
function stripComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('//')) out[k] = stripComments(v);
    return out;
  }
  return value;
}

function positionOf(text: string, message: string): { line: number; column: number } | null {
  const m = /position (\d+)/u.exec(message);
  if (!m) return null;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

/** The words a config problem says it expected, from a zod issue. */
function expectedOf(issue: { code: string; message: string; expected?: unknown; values?: readonly unknown[] }): { vi: string; en: string } {
  if (issue.code === 'invalid_value' && issue.values) {
    const list = issue.values.map((v) => JSON.stringify(v)).join(' | ');
    return { vi: `giá trị không hợp lệ, cần một trong: ${list}`, en: `invalid value, expected one of: ${list}` };
  }
  if (issue.code === 'invalid_type') {
    return { vi: `sai kiểu dữ liệu, cần ${String(issue.expected)}`, en: `wrong type, expected ${String(issue.expected)}` };
  }
  if (issue.code === 'too_small' && 'minimum' in issue) {
    const min = String((issue as { minimum: unknown }).minimum);
    return { vi: `giá trị quá nhỏ, tối thiểu ${min}`, en: `too small, minimum ${min}` };
  }
  if (issue.code === 'too_big' && 'maximum' in issue) {
    const max = String((issue as { maximum: unknown }).maximum);
    return { vi: `giá trị quá lớn, tối đa ${max}`, en: `too large, maximum ${max}` };
  }
  if (issue.code === 'invalid_format') return { vi: 'sai định dạng (ngày dạng YYYY-MM-DD)', en: 'wrong format (dates are YYYY-MM-DD)' };
  return { vi: issue.message, en: issue.message };
}

/** What config validation needs to know of each rule: its id and the zod schema of its options. */
export interface RuleSpec {
  id: string;
  options?: z.ZodType<unknown>;
  /** The lowest severity the rule may be given; such a rule cannot be switched off. */
  meta?: { minSeverity?: 'error' | 'warning' | 'info' };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A rule with a floor (the notes that say part of a file was not checked) cannot be set below it, nor off. */
function floorProblems(id: string, setting: unknown, spec: RuleSpec, file: string): ConfigProblem[] {
  const floor = spec.meta?.minSeverity;
  const severity = typeof setting === 'string' ? setting : setting && typeof setting === 'object' ? (setting as { severity?: unknown }).severity : undefined;
  if (!floor || typeof severity !== 'string' || !(severity === 'off' || severity in RANK)) return [];
  if (severity !== 'off' && RANK[severity as keyof typeof RANK] <= RANK[floor]) return [];
  const allowed = (Object.keys(RANK) as (keyof typeof RANK)[]).filter((s) => RANK[s] <= RANK[floor]).join(' | ');
  return [
    {
      file,
      path: typeof setting === 'string' ? `rules.${id}` : `rules.${id}.severity`,
      expected: {
        vi: `quy tắc này báo phần tệp không được kiểm tra nên không tắt hoặc hạ được; cần một trong: ${allowed}`,
        en: `this rule reports the part of a file that was not checked, so it cannot be switched off or lowered; expected one of: ${allowed}`,
      },
      didYouMean: floor,
      line: null,
      column: null,
    },
  ];
}

/** Checks `rules.<id>.options` against the rule's own schema, so a bad option is a config problem, not a crash per file. */
function ruleOptionProblems(id: string, setting: unknown, spec: RuleSpec, file: string): ConfigProblem[] {
  if (!setting || typeof setting !== 'object' || !('options' in setting)) return [];
  const options = (setting as { options?: unknown }).options;
  const base = `rules.${id}.options`;
  if (!spec.options) {
    return [{ file, path: base, expected: { vi: 'quy tắc này không có tùy chọn', en: 'this rule takes no options' }, didYouMean: null, line: null, column: null }];
  }
  const parsed = spec.options.safeParse(options ?? {});
  if (parsed.success) return [];
  const known = spec.options instanceof z.ZodObject ? Object.keys(spec.options.shape) : [];
  return parsed.error.issues.map((issue) => {
    const path = [base, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        path: [path, issue.keys.join(', ')].join('.'),
        expected: { vi: `tùy chọn không có (${issue.keys.join(', ')}); có: ${known.join(', ')}`, en: `unknown option (${issue.keys.join(', ')}); known: ${known.join(', ')}` },
        didYouMean: issue.keys.map((k) => closest(k, known)).find((x) => x !== null) ?? null,
        line: null,
        column: null,
      };
    }
    return { file, path, expected: expectedOf(issue), didYouMean: null, line: null, column: null };
  });
}

/** Validates parsed JSON as a config; rule ids and rule options are checked against the rule catalogue. */
export function validateConfig(raw: unknown, file: string, catalogue: readonly RuleSpec[]): ConfigResult {
  const ruleIds = catalogue.map((r) => r.id);
  const value = stripComments(raw);
  const problems: ConfigProblem[] = [];
  const parsed = configSchema().safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        const allowed = Object.keys(configSchema().shape);
        problems.push({
          file,
          path: [path, issue.keys.join(', ')].filter(Boolean).join('.'),
          expected: { vi: `khóa không hợp lệ (${issue.keys.join(', ')})`, en: `unknown key (${issue.keys.join(', ')})` },
          didYouMean: issue.keys.map((k) => closest(k, allowed)).find((x) => x !== null) ?? null,
          line: null,
          column: null,
        });
        continue;
      }
      let didYouMean: string | null = null;
      if (issue.code === 'invalid_value' && 'values' in issue) {
        const got = issue.path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[String(k)] : undefined), value);
        didYouMean = typeof got === 'string' ? closest(got, issue.values.map(String)) : null;
      }
      problems.push({ file, path, expected: expectedOf(issue), didYouMean, line: null, column: null });
    }
  }
  // Rule ids are checked even when other parts are invalid, so one run lists every problem.
  const rules = value && typeof value === 'object' ? (value as Record<string, unknown>)['rules'] : undefined;
  for (const id of rules && typeof rules === 'object' ? Object.keys(rules) : []) {
    const spec = catalogue.find((r) => r.id === id);
    const setting = (rules as Record<string, unknown>)[id];
    if (spec) problems.push(...floorProblems(id, setting, spec, file), ...ruleOptionProblems(id, setting, spec, file));
    else {
      problems.push({
        file,
        path: `rules.${id}`,
        expected: { vi: 'mã quy tắc không tồn tại (xem "kehoach rules")', en: 'no such rule id (see "kehoach rules")' },
        didYouMean: closest(id, ruleIds),
        line: null,
        column: null,
      });
    }
  }
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, config: parsed.data, file };
}

/** Reads and validates one config file (package.json: its "kehoach" key). */
export function readConfigFile(file: string, catalogue: readonly RuleSpec[]): ConfigResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      ok: false,
      problems: [{ file, path: '', expected: { vi: `không đọc được tệp (${code})`, en: `cannot read the file (${code})` }, didYouMean: null, line: null, column: null }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = positionOf(text, message);
    return {
      ok: false,
      problems: [{ file, path: '', expected: { vi: `JSON không hợp lệ: ${message}`, en: `invalid JSON: ${message}` }, didYouMean: null, line: pos?.line ?? null, column: pos?.column ?? null }],
    };
  }
  if (file.endsWith('package.json')) {
    const section = json && typeof json === 'object' ? (json as Record<string, unknown>)['kehoach'] : undefined;
    return section === undefined ? { ok: true, config: {}, file: null } : validateConfig(section, `${file}#kehoach`, catalogue);
  }
  return validateConfig(json, file, catalogue);
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const pkg = join(current, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
        if (json['kehoach'] !== undefined) return pkg;
      } catch {
        // A broken package.json that is not ours is not a config error.
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Caches config lookups per directory for batch runs. */
export class ConfigResolver {
  private readonly byFile = new Map<string, ConfigResult>();
  private readonly byDir = new Map<string, string | null>();

  constructor(
    private readonly catalogue: readonly RuleSpec[],
    private readonly override: string | null,
  ) {}

  forFile(path: string): ConfigResult {
    return this.forDirectory(dirname(resolve(path)));
  }

  /** The configuration that applies to files in `dir` (validated once per config file). */
  forDirectory(dir: string): ConfigResult {
    const file = this.override ?? this.lookup(resolve(dir));
    if (!file) return { ok: true, config: {}, file: null };
    let result = this.byFile.get(file);
    if (!result) {
      result = readConfigFile(file, this.catalogue);
      this.byFile.set(file, result);
    }
    return result;
  }

  private lookup(dir: string): string | null {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    return this.byDir.get(dir) ?? null;
  }
}
