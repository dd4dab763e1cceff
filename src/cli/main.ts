// The `kehoach` command line: check, parse, rules, explain, init. main() returns an exit code, never exits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { FileResult } from '../model/finding.js';
import type { Io } from '../io.js';
import { writeFileAtomic, writeTarget } from '../io.js';
import { CLI_TEXT, t } from './messages.js';
import { isoOrNull } from '../text/calendar.js';

export type Lang = 'vi' | 'en';
export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}


class UsageError extends Error {}

const FAIL_LEVELS = ['error', 'warning', 'info'] as const;

interface CheckFlags {
  format: string;
  output?: string;
  today?: string;
  lang: Lang;
  color: boolean;
  config?: string;
  stage?: 'draft' | 'final';
  profile?: 'cchc' | 'generic';
  maxWarnings?: string;
  failOn: (typeof FAIL_LEVELS)[number];
  quiet?: boolean;
  password?: string;
  ocr?: boolean;
  maxFileMb?: string;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  debug?: boolean;
  progress?: boolean;
  /** Read config and ignore files inside the checked folders (default: only at or above the working directory). */
  configPerFolder?: boolean;
  /** Set when -f was given on the command line (not the default). */
  explicitFormat?: boolean;
}

/** The report format a file name implies (-o report.sarif), if any. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.xml': 'junit',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

function formatOfPath(path: string): string | undefined {
  const m = /\.[^./\\]+$/u.exec(path.toLowerCase());
  return m ? FORMAT_OF_EXTENSION[m[0]] : undefined;
}

/** YYYY-MM-DD naming a day of the calendar (2026-02-30 is not one). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  return m !== null && isoOrNull(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

function parseIntOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name}: ${value}`);
  return n;
}

/** A cache file we wrote: JSON with our format number and entries (anything else is never overwritten). */
function looksLikeCache(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'format' in value && 'entries' in value;
  } catch {
    return false;
  }
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const lang = flags.lang;
  const { FORMATS, loadFormat } = await import('../report/registry.js');
  const format = await loadFormat(flags.explicitFormat || !flags.output ? flags.format : (formatOfPath(flags.output) ?? flags.format));
  if (!format) throw new UsageError(t(CLI_TEXT.badFormat, lang, { value: flags.format, choices: FORMATS.join(', ') }));
  if (flags.today !== undefined && !isCalendarDate(flags.today)) throw new UsageError(t(CLI_TEXT.badToday, lang));
  if (flags.output && flags.explicitFormat) {
    const implied = formatOfPath(flags.output);
    if (implied && implied !== flags.format) throw new UsageError(t(CLI_TEXT.formatConflict, lang, { path: flags.output, format: flags.format, implied }));
  }
  const maxWarnings = parseIntOption(flags.maxWarnings, '--max-warnings');
  const maxFileMb = parseIntOption(flags.maxFileMb, '--max-file-mb');
  const jobs = parseIntOption(flags.jobs, '--jobs');

  const { discover } = await import('../batch/discover.js');
  const perFolder = Boolean(flags.configPerFolder);
  const found = discover(paths, io.cwd, { perFolder });
  const listed = (items: string[]): string => items.slice(0, 5).join(', ') + (items.length > 5 ? ', …' : '');
  if (found.outside.length > 0) {
    io.stderr(`kehoach: ${t(CLI_TEXT.linksOutside, lang, { count: found.outside.length, paths: listed(found.outside) })}\n`);
  }
  // Settings a checked folder carries are not the checker's: named once, not applied (unless --config-per-folder).
  if (found.foreignSettings.length > 0) {
    io.stderr(`kehoach: ${t(CLI_TEXT.foreignSettings, lang, { count: found.foreignSettings.length, paths: listed(found.foreignSettings) })}\n`);
  }
  // Outputs are resolved against every input by file identity before anything is checked (inputs are never written).
  const { inputIdentities, reportTarget, cacheTarget, TargetError } = await import('./output-target.js');
  const inputs = inputIdentities(found.files, io.cwd);
  const targetMessage = (err: InstanceType<typeof TargetError>, which: 'output' | 'cache'): string => {
    const data = { path: err.path, detail: err.detail };
    switch (err.problem) {
      case 'is-input':
        return t(which === 'output' ? CLI_TEXT.outputInInputs : CLI_TEXT.cacheInInputs, lang, data);
      case 'is-directory':
        return t(which === 'output' ? CLI_TEXT.outputIsDirectory : CLI_TEXT.cacheIsDirectory, lang, data);
      case 'is-plan':
        return t(CLI_TEXT.outputIsPlan, lang, data);
      case 'not-a-cache':
        return t(CLI_TEXT.cacheNotACache, lang, data);
      case 'special-cache':
        return t(CLI_TEXT.cacheSpecial, lang, data);
      case 'folder-unusable':
        return t(CLI_TEXT.outputFolderUnusable, lang, data);
    }
  };
  let outputTarget: ReturnType<typeof reportTarget> | null = null;
  let cachePath: string | null = null;
  try {
    if (flags.output) outputTarget = reportTarget(flags.output, inputs, io.cwd);
  } catch (err) {
    if (err instanceof TargetError) throw new UsageError(targetMessage(err, 'output'));
    throw err;
  }
  try {
    if (flags.cache) cachePath = cacheTarget(flags.cacheLocation ?? '.kehoachcache', inputs, io.cwd, looksLikeCache).path;
  } catch (err) {
    if (err instanceof TargetError) throw new UsageError(targetMessage(err, 'cache'));
    throw err;
  }
  const { RULES } = await import('../rules/index.js');
  const { ConfigResolver } = await import('../config/load.js');
  const resolver = new ConfigResolver(
    RULES,
    flags.config ? resolve(io.cwd, flags.config) : null,
  );
  // Every configuration is validated before any file is checked. By default one configuration applies to every
  // file: the one found from the working directory upward (or --config), never one inside a checked folder.
  const configs = new Map<string, ReturnType<typeof resolver.forFile>>();
  const problems = [];
  for (const file of found.files) {
    const result = perFolder ? resolver.forFile(resolve(io.cwd, file)) : resolver.forDirectory(io.cwd);
    configs.set(file, result);
    if (!result.ok) problems.push(...result.problems);
  }
  // With nothing to check, a broken config in the working directory is still reported.
  if (found.files.length === 0) {
    const result = resolver.forDirectory(io.cwd);
    if (!result.ok) problems.push(...result.problems);
  }
  if (problems.length) {
    const seen = new Set<string>();
    io.stderr(`${t(CLI_TEXT.badConfig, lang)}:\n`);
    for (const p of problems) {
      const key = `${p.file}|${p.path}|${p.expected.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const where = `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}${p.path ? ` → ${p.path}` : ''}`;
      const hint = p.didYouMean ? ` (${t(CLI_TEXT.didYouMean, lang, { value: p.didYouMean })})` : '';
      io.stderr(`  ${where}: ${p.expected[lang]}${hint}\n`);
    }
    return EXIT.trouble;
  }
  // The config's "ignore" globs (relative to the config file) drop files found in folders, as .kehoachignore does;
  // a file named on the command line is checked.
  const { compileIgnore } = await import('../batch/discover.js');
  const named = new Set(paths.map((p) => resolve(io.cwd, p)));
  found.files = found.files.filter((file) => {
    const result = configs.get(file);
    if (!result?.ok || !result.file || !result.config.ignore?.length) return true;
    const abs = resolve(io.cwd, file);
    if (named.has(abs)) return true;
    const rel = relative(dirname(result.file.replace(/#kehoach$/u, '')), abs).split(sep).join('/');
    if (rel.startsWith('../')) return true;
    return !result.config.ignore.some((g) => compileIgnore(g).test(rel));
  });
  if (found.files.length === 0 && found.missing.length === 0 && found.unreadable.length === 0) {
    io.stderr(`${t(CLI_TEXT.noFiles, lang, { paths: paths.join(', ') })}\n`);
    return EXIT.trouble;
  }

  const { checkFiles } = await import('../batch/run.js');
  const { checkOptionsOf } = await import('../check-options.js');
  const run = {
    lang,
    ...(flags.password !== undefined ? { password: flags.password } : {}),
    ...(flags.ocr ? { ocr: true } : {}),
    ...(maxFileMb !== undefined ? { maxFileMb } : {}),
    ...(flags.today ? { today: flags.today } : {}),
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    debug: Boolean(flags.debug),
  };
  const { loadErrorResult } = await import('../check.js');
  const { LoadError } = await import('../load/types.js');
  const { ruleInfo } = await import('../engine/index.js');
  const context = {
    rules: RULES.map(ruleInfo),
    lang,
    color: flags.color && io.isTTY && !io.env['NO_COLOR'] && !flags.output,
    toolVersion: toolVersion(),
    cwd: io.cwd,
  };
  /** With --quiet only errors are shown; the counts stay true, so a failing run never reads "no problems". */
  const shown = (r: FileResult): FileResult =>
    flags.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r;
  // Terminal and annotation formats printed to stdout go file by file as results arrive; the findings of a
  // printed file are then dropped, so the batch holds only counts.
  const stream = flags.output ? undefined : format.stream;
  const results = await checkFiles(found.files, {
    lang,
    io,
    jobs,
    debug: Boolean(flags.debug),
    progress: flags.progress !== false && io.stderrIsTTY && !io.env['CI'],
    ...(stream ? { onResult: (r: FileResult) => io.stdout(stream.file(shown(r), context)), keepFindings: false } : {}),
    cache: cachePath,
    optionsFor: (file) => {
      const cfgResult = configs.get(file);
      return checkOptionsOf(cfgResult && cfgResult.ok ? cfgResult.config : {}, run);
    },
  });
  const missing = [
    ...found.missing.map((m) => loadErrorResult(m, new LoadError('not-found'), lang)),
    ...found.unreadable.map((u) => loadErrorResult(u.path, new LoadError('unreadable', u.code), lang)),
  ];
  for (const r of missing) {
    if (stream) io.stdout(stream.file(r, context));
    results.push(r);
  }
  const report = stream ? stream.end({ ...context, results: results.map(shown) }) : format.whole({ ...context, results: results.map(shown) });
  if (flags.output && outputTarget) {
    writeTarget(outputTarget, report);
    io.stderr(`${t(CLI_TEXT.written, lang, { path: flags.output })}\n`);
  } else io.stdout(report);

  // An input that cannot be read (corrupt, encrypted, scanned, not a regular file …) is a finding about that input:
  // exit 1, as for an error. Exit 2 stays for usage, configuration and internal failures, and for a path that
  // does not exist (a mistyped command line).
  if (results.some((r) => r.error && (r.error.code === 'internal' || r.error.code === 'not-found'))) return EXIT.trouble;
  const unreadable = results.filter((r) => r.error).length;
  if (unreadable > 0) {
    io.stderr(`kehoach: ${t(CLI_TEXT.failedOnUnreadable, lang, { n: unreadable })}\n`);
    return EXIT.findings;
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const infos = results.reduce((n, r) => n + r.infoCount, 0);
  if (errors > 0) return EXIT.findings;
  const fail = (reason: string): number => {
    io.stderr(`kehoach: ${reason}\n`);
    return EXIT.findings;
  };
  if (flags.failOn !== 'error' && warnings > 0) return fail(t(CLI_TEXT.failedOnLevel, lang, { n: warnings, level: flags.failOn }));
  if (flags.failOn === 'info' && infos > 0) return fail(t(CLI_TEXT.failedOnLevel, lang, { n: infos, level: flags.failOn }));
  if (maxWarnings !== undefined && warnings > maxWarnings) return fail(t(CLI_TEXT.failedOnMaxWarnings, lang, { n: warnings, max: maxWarnings }));
  return EXIT.ok;
}

async function runParse(file: string, flags: { format: string; lang: Lang; password?: string; ocr?: boolean; today?: string; debug?: boolean }, io: Io): Promise<number> {
  const { parseFile, loadErrorResult } = await import('../check.js');
  let parsed;
  try {
    parsed = await parseFile(file, {
      lang: flags.lang,
      ...(flags.password !== undefined ? { password: flags.password } : {}),
      ...(flags.ocr ? { ocr: true } : {}),
      ...(flags.today ? { today: flags.today } : {}),
      maxBytes: 50 * 1048576,
    });
  } catch (err) {
    const r = loadErrorResult(file, err, flags.lang, flags.debug);
    io.stderr(`${file}: ${r.error?.message ?? ''}\n`);
    return EXIT.trouble;
  }
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ ...parsed.doc, facts: parsed.facts }, null, 2)}\n`);
  } else if (flags.format === 'tree') {
    const { formatTree } = await import('./tree.js');
    io.stdout(formatTree(parsed.doc, parsed.facts, flags.lang));
  } else throw new UsageError(`--format ${flags.format}: json | tree`);
  return EXIT.ok;
}

async function runRulesList(flags: { format: string; lang: Lang }, io: Io): Promise<number> {
  const { RULES } = await import('../rules/index.js');
  if (flags.format === 'json') {
    const list = RULES.map((r) => ({
      id: r.id,
      defaultSeverity: r.meta.defaultSeverity,
      ...(r.meta.messageSeverity ? { messageSeverity: r.meta.messageSeverity } : {}),
      description: r.meta.description[flags.lang],
      ...(r.meta.group ? { group: r.meta.group } : {}),
      ...(r.meta.formats ? { formats: [...r.meta.formats] } : {}),
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  // Messages with another severity than the rule's default are named after the description.
  const others = (r: (typeof RULES)[number]): string =>
    r.meta.messageSeverity ? ` [${Object.entries(r.meta.messageSeverity).map(([m, s]) => `${m}: ${String(s)}`).join('; ')}]` : '';
  // Grouped rules carry their group and formats: "[presentation: docx]" (config "presentation": false turns them off).
  const tag = (r: (typeof RULES)[number]): string => (r.meta.group ? `[${r.meta.group}: ${(r.meta.formats ?? []).join(', ')}] ` : '');
  for (const r of RULES) io.stdout(`${r.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${tag(r)}${r.meta.description[flags.lang]}${others(r)}
`);
  return EXIT.ok;
}

async function runExplain(id: string, flags: { lang: Lang }, io: Io): Promise<number> {
  const { RULES } = await import('../rules/index.js');
  const rule = RULES.find((r) => r.id === id);
  if (!rule) {
    const { closest } = await import('../config/load.js');
    const guess = closest(id, RULES.map((r) => r.id));
    io.stderr(`${t(CLI_TEXT.unknownRule, flags.lang, { value: id })}${guess ? ` ${t(CLI_TEXT.didYouMean, flags.lang, { value: guess })}` : ''}\n`);
    return EXIT.trouble;
  }
  const doc = join(PACKAGE_ROOT, 'docs', 'rules', `${id}.md`);
  if (existsSync(doc)) io.stdout(readFileSync(doc, 'utf8'));
  else {
    io.stdout(`# ${rule.id}\n\n${rule.meta.description[flags.lang]}\n`);
    for (const ex of rule.examples?.invalid ?? []) io.stdout(`\n❌\n${ex.code}\n`);
    for (const ex of rule.examples?.valid ?? []) io.stdout(`\n✅\n${ex.code}\n`);
  }
  return EXIT.ok;
}

async function runInit(flags: { profile: 'cchc' | 'generic'; force?: boolean; lang: Lang }, io: Io): Promise<number> {
  const { starterConfig } = await import('../config/starter.js');
  const target = join(io.cwd, 'kehoach.config.json');
  if (existsSync(target) && !flags.force) {
    io.stderr(`${t(CLI_TEXT.exists, flags.lang, { path: 'kehoach.config.json' })}\n`);
    return EXIT.trouble;
  }
  writeFileAtomic(target, starterConfig(flags.profile, flags.lang));
  io.stdout(`${t(CLI_TEXT.created, flags.lang, { path: 'kehoach.config.json' })}\n`);
  return EXIT.ok;
}

function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('kehoach')
    .description('Kiểm tra kế hoạch hành chính (Nghị định 30/2020/NĐ-CP, kế hoạch CCHC) — lint Vietnamese government plans')
    .version(toolVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('check')
    .description('kiểm tra tệp hoặc thư mục kế hoạch (.docx .pdf .doc .txt .md) / check plan files or folders')
    .argument('<paths...>', 'tệp, thư mục / files, folders')
    .option('-f, --format <name>', 'stylish | compact | json | sarif | junit | github | markdown | html | csv', 'stylish')
    .option('-o, --output <file>', 'ghi báo cáo vào tệp (ghi nguyên tử) / write the report to a file (atomically)')
    .option('--today <YYYY-MM-DD>', 'ngày tham chiếu khi kế hoạch không có ngày / reference date when the plan has none')
    .addOption(langOption())
    .option('--no-color', 'không tô màu / no colour')
    .option('-c, --config <file>', 'tệp cấu hình / config file')
    .option(
      '--config-per-folder',
      'đọc cấu hình và .kehoachignore trong từng thư mục được kiểm tra / read config and .kehoachignore inside the checked folders',
    )
    .addOption(new Option('--stage <stage>', 'draft: lỗi bản nháp chỉ là info / draft placeholders are info').choices(['draft', 'final']))
    .addOption(new Option('--profile <profile>', 'loại kế hoạch / plan profile').choices(['cchc', 'generic']))
    .option('--max-warnings <n>', 'thoát mã 1 khi số cảnh báo vượt n / exit 1 above n warnings')
    .addOption(new Option('--fail-on <level>', 'mức gây thoát mã 1 / level that fails the run').choices([...FAIL_LEVELS]).default('error'))
    .option('-q, --quiet', 'chỉ báo lỗi / errors only')
    .option('--password <password>', 'mật khẩu PDF / PDF password')
    .option('--ocr', 'nhận dạng chữ trang PDF quét bằng Tesseract / recognise scanned PDF pages with Tesseract')
    .option('--max-file-mb <n>', 'giới hạn dung lượng tệp (MB, mặc định 50) / file size limit (MB, default 50)')
    .option('-j, --jobs <n>', 'số luồng xử lý song song / parallel workers')
    .option('--cache', 'dùng bộ nhớ đệm kết quả / cache results')
    .option('--cache-location <path>', 'vị trí bộ nhớ đệm / cache location')
    .option('--no-progress', 'không hiện thanh tiến trình / no progress bar')
    .option('--debug', 'hiện chi tiết lỗi nội bộ / show internal error details')
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      code = await runCheck(paths, { ...flags, explicitFormat: command.getOptionValueSource('format') === 'cli' }, io);
    });

  program
    .command('parse')
    .description('phân tích một tệp thành mô hình / parse one file into the model')
    .argument('<file>')
    .addOption(new Option('-f, --format <name>', 'json | tree').choices(['json', 'tree']).default('tree'))
    .addOption(langOption())
    .option('--password <password>', 'mật khẩu PDF / PDF password')
    .option('--ocr', 'nhận dạng chữ trang PDF quét bằng Tesseract / recognise scanned PDF pages with Tesseract')
    .option('--today <YYYY-MM-DD>', 'ngày tham chiếu / reference date')
    .option('--debug', 'chi tiết lỗi / error details')
    .action(async (file: string, flags: { format: string; lang: Lang; password?: string; ocr?: boolean; today?: string; debug?: boolean }) => {
      code = await runParse(file, flags, io);
    });

  program
    .command('rules')
    .description('liệt kê các quy tắc / list the rules')
    .addOption(new Option('-f, --format <name>', 'text | json').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action(async (flags: { format: string; lang: Lang }) => {
      code = await runRulesList(flags, io);
    });

  program
    .command('explain')
    .description('tài liệu của một quy tắc / a rule\u2019s documentation')
    .argument('<rule-id>')
    .addOption(langOption())
    .action(async (id: string, flags: { lang: Lang }) => {
      code = await runExplain(id, flags, io);
    });

  (await import('./annotate.js')).registerReviewCommands(program, io, (c) => (code = c));

  program
    .command('init')
    .description('tạo tệp cấu hình mẫu kehoach.config.json / write a starter config')
    .addOption(new Option('--profile <profile>').choices(['cchc', 'generic']).default('cchc'))
    .option('--force', 'ghi đè tệp đã có / overwrite')
    .addOption(langOption())
    .action(async (flags: { profile: 'cchc' | 'generic'; force?: boolean; lang: Lang }) => {
      code = await runInit(flags, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.trouble;
    }
    if (err instanceof UsageError) {
      io.stderr(`kehoach: ${err.message}\n`);
      return EXIT.trouble;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`kehoach: ${message}\n`);
    if (argv.includes('--debug') && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.trouble;
  }
  return code;
}
