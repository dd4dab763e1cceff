// `kehoach annotate` and `kehoach fix`: findings written back into copies of the documents. Inputs are never
// written (except `fix --in-place` on .txt/.md, asked for by name); every copy is written atomically.
import { lstatSync, mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { Localized } from '../engine/define-rule.js';
import { t } from './messages.js';
import { isCalendarDateString } from './review-util.js';

type Lang = 'vi' | 'en';

const TEXT = {
  annotated: { vi: '{input} → {output}: {comments} ghi chú cho {findings} phát hiện', en: '{input} → {output}: {comments} comment(s) for {findings} finding(s)' },
  signed: {
    vi: '{input}: tệp có chữ ký số; bản ghi chú không còn là bản gốc đã ký (đã ghi chú điều này trên trang 1).',
    en: '{input}: the file is digitally signed; the annotated copy is no longer the signed original (noted on page 1).',
  },
  unsupported: {
    vi: '{input}: chưa hỗ trợ ghi chú vào tệp {format} (chỉ .docx, .pdf); dùng "kehoach check".',
    en: '{input}: annotating a {format} file is not supported (only .docx, .pdf); use "kehoach check".',
  },
  fixUnsupported: { vi: '{input}: chưa hỗ trợ sửa tệp {format} (chỉ .docx, .txt, .md).', en: '{input}: fixing a {format} file is not supported (only .docx, .txt, .md).' },
  fixed: { vi: '{input} → {output}: {applied} sửa tự động (theo dõi thay đổi)', en: '{input} → {output}: {applied} automatic fix(es) (tracked changes)' },
  fixedText: { vi: '{input} → {output}: {applied} sửa tự động', en: '{input} → {output}: {applied} automatic fix(es)' },
  noFix: { vi: '{input}: không có lỗi sửa tự động được; không ghi tệp.', en: '{input}: nothing to fix automatically; no file written.' },
  skippedFix: { vi: '{input}: {n} lỗi không sửa tự động được (văn bản nằm trong trường, thay đổi đã theo dõi…).', en: '{input}: {n} fix(es) could not be applied (text inside a field or a tracked change…).' },
  notUtf8: { vi: '{input}: tệp không phải UTF-8; không sửa để khỏi đổi mã hóa.', en: '{input}: the file is not UTF-8; not fixed, to keep its encoding.' },
  ownOutput: { vi: '{input}: bỏ qua, đây là bản do kehoach ghi.', en: '{input}: skipped, a copy kehoach wrote.' },
  badTarget: { vi: '{input}: không ghi được {output} ({why}).', en: '{input}: cannot write {output} ({why}).' },
  inPlaceDocx: { vi: '--in-place chỉ dùng cho .txt và .md; tệp Word được ghi thành bản sao.', en: '--in-place is only for .txt and .md; Word files get a copy.' },
  failed: { vi: '{input}: {message}', en: '{input}: {message}' },
  encrypted: {
    vi: '{input}: PDF có mật khẩu; chưa ghi chú được vào bản mã hóa (dùng "kehoach check" để xem kết quả).',
    en: '{input}: the PDF is encrypted; an annotated copy cannot be written (use "kehoach check" for the findings).',
  },
  noFiles: { vi: 'Không tìm thấy tệp kế hoạch nào trong: {paths}', en: 'No plan files found in: {paths}' },
} satisfies Record<string, Localized>;


interface ReviewFlags {
  outDir?: string;
  inPlace?: boolean;
  today?: string;
  lang: Lang;
  config?: string;
  stage?: 'draft' | 'final';
  profile?: 'cchc' | 'generic';
  password?: string;
  maxFileMb?: string;
  debug?: boolean;
}

/** Why a copy cannot be written at `path`: an input, a symlink, a folder or a device (null: it can). */
function targetProblem(path: string, inputs: ReadonlySet<string>): string | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  if (inputs.has(`${st.dev}:${st.ino}`)) return 'input';
  if (st.isSymbolicLink()) return 'symlink';
  if (!st.isFile()) return 'not a regular file';
  return null;
}

async function run(command: 'annotate' | 'fix', paths: string[], flags: ReviewFlags, io: Io): Promise<number> {
  const lang = flags.lang;
  if (flags.today !== undefined && !isCalendarDateString(flags.today)) {
    io.stderr(`kehoach: ${lang === 'en' ? '--today must be a real date, YYYY-MM-DD' : '--today phải là một ngày có thật, dạng YYYY-MM-DD'}\n`);
    return 2;
  }
  const maxFileMb = flags.maxFileMb !== undefined ? Number(flags.maxFileMb) : undefined;
  if (maxFileMb !== undefined && !(Number.isInteger(maxFileMb) && maxFileMb > 0)) {
    io.stderr(`kehoach: --max-file-mb: ${flags.maxFileMb}\n`);
    return 2;
  }
  const { createChecker } = await import('../checker.js');
  const made = createChecker({
    cwd: io.cwd,
    ...(flags.config ? { configFile: flags.config } : {}),
    lang,
    ...(flags.today ? { today: flags.today } : {}),
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.password !== undefined ? { password: flags.password } : {}),
    ...(maxFileMb !== undefined ? { maxFileMb } : {}),
    ...(flags.debug ? { debug: true } : {}),
  });
  if (!made.ok) {
    for (const p of made.problems) io.stderr(`kehoach: ${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.expected[lang]}\n`);
    return 2;
  }
  const options = made.checker.options;
  const { discover } = await import('../batch/discover.js');
  const found = discover(paths, io.cwd);
  for (const m of found.missing) io.stderr(`kehoach: ${lang === 'en' ? 'Not found' : 'Không tìm thấy'}: ${m}\n`);
  if (found.files.length === 0) {
    io.stderr(`kehoach: ${t(TEXT.noFiles, lang, { paths: paths.join(', ') })}\n`);
    return 2;
  }
  const { inputIdentities } = await import('./output-target.js');
  const inputs = inputIdentities(found.files, io.cwd);
  const review = await import('../annotate/index.js');
  const { loadErrorResult } = await import('../check.js');
  const outDir = flags.outDir ? resolve(io.cwd, flags.outDir) : undefined;
  if (outDir) {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (err) {
      io.stderr(`kehoach: --out-dir ${flags.outDir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return 2;
    }
  }
  const show = (p: string): string => relative(io.cwd, p) || p;
  let code = found.missing.length > 0 ? 2 : 0;
  if (command === 'fix' && flags.inPlace && found.files.some((f) => /\.docx$/iu.test(f))) io.stderr(`kehoach: ${t(TEXT.inPlaceDocx, lang)}\n`);
  for (const file of found.files) {
    const input = resolve(io.cwd, file);
    const data = { input: show(input) };
    if (review.isOwnOutput(input)) {
      io.stderr(`${t(TEXT.ownOutput, lang, data)}\n`);
      continue;
    }
    try {
      if (command === 'annotate') {
        const { result, outcome } = await review.annotateFile(input, options);
        if (outcome.kind === 'unsupported') {
          // A note, not a failure: a folder of plans holds .txt and .md files as well.
          io.stderr(`${t(TEXT.unsupported, lang, { ...data, format: outcome.format })}\n`);
          continue;
        }
        const output = review.outputPath(input, review.ANNOTATED_SUFFIX, outDir);
        const why = targetProblem(output, inputs);
        if (why) {
          io.stderr(`${t(TEXT.badTarget, lang, { ...data, output: show(output), why })}\n`);
          code = 2;
          continue;
        }
        writeFileAtomic(output, outcome.bytes);
        io.stdout(`${t(TEXT.annotated, lang, { ...data, output: show(output), comments: outcome.comments, findings: result.findings.length })}\n`);
        if (outcome.kind === 'pdf' && outcome.signed) io.stderr(`${t(TEXT.signed, lang, data)}\n`);
        if (result.errorCount > 0) code = Math.max(code, 1);
      } else {
        const { format, outcome } = await review.fixFile(input, options);
        if (!outcome) {
          io.stderr(`${t(TEXT.fixUnsupported, lang, { ...data, format })}\n`);
          code = Math.max(code, 2);
          continue;
        }
        if (!outcome.bytes) {
          io.stdout(`${t(outcome.skipped.length && format !== 'docx' ? TEXT.notUtf8 : TEXT.noFix, lang, data)}\n`);
          if (outcome.skipped.length && format === 'docx') io.stderr(`${t(TEXT.skippedFix, lang, { ...data, n: outcome.skipped.length })}\n`);
          continue;
        }
        const inPlace = Boolean(flags.inPlace) && format !== 'docx';
        const output = inPlace ? input : review.outputPath(input, review.FIXED_SUFFIX, outDir);
        const why = inPlace ? null : targetProblem(output, inputs);
        if (why) {
          io.stderr(`${t(TEXT.badTarget, lang, { ...data, output: show(output), why })}\n`);
          code = 2;
          continue;
        }
        writeFileAtomic(output, outcome.bytes);
        io.stdout(`${t(format === 'docx' ? TEXT.fixed : TEXT.fixedText, lang, { ...data, output: show(output), applied: outcome.applied.length })}\n`);
        if (outcome.skipped.length) io.stderr(`${t(TEXT.skippedFix, lang, { ...data, n: outcome.skipped.length })}\n`);
      }
    } catch (err) {
      if (err instanceof review.EncryptedCopyError) {
        io.stderr(`${t(TEXT.encrypted, lang, data)}\n`);
        code = 2;
        continue;
      }
      const r = loadErrorResult(file, err, lang, flags.debug);
      io.stderr(`${t(TEXT.failed, lang, { ...data, message: r.error?.message ?? '' })}\n`);
      code = 2;
    }
  }
  return code;
}

function checkingOptions(cmd: Command): Command {
  return cmd
    .option('--out-dir <dir>', 'ghi bản sao vào thư mục này / write the copies into this folder')
    .option('--today <YYYY-MM-DD>', 'ngày tham chiếu khi kế hoạch không có ngày / reference date when the plan has none')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .option('-c, --config <file>', 'tệp cấu hình / config file')
    .addOption(new Option('--stage <stage>', 'draft: lỗi bản nháp chỉ là info / draft placeholders are info').choices(['draft', 'final']))
    .addOption(new Option('--profile <profile>', 'loại kế hoạch / plan profile').choices(['cchc', 'generic']))
    .option('--password <password>', 'mật khẩu PDF / PDF password')
    .option('--max-file-mb <n>', 'giới hạn dung lượng tệp (MB, mặc định 50) / file size limit (MB, default 50)')
    .option('--debug', 'hiện chi tiết lỗi nội bộ / show internal error details');
}

/** Registers `annotate` and `fix` on the program; `done` receives each command's exit code. */
export function registerReviewCommands(program: Command, io: Io, done: (code: number) => void): void {
  checkingOptions(
    program
      .command('annotate')
      .description('ghi bản sao <tên>.kehoach.docx/.pdf có ghi chú tại từng phát hiện / write a reviewed copy with a comment at each finding')
      .argument('<paths...>', 'tệp, thư mục / files, folders'),
  ).action(async (paths: string[], flags: ReviewFlags) => done(await run('annotate', paths, flags, io)));
  checkingOptions(
    program
      .command('fix')
      .description('sửa lỗi hình thức thành thay đổi được theo dõi (<tên>.kehoach-fix.docx) / mechanical fixes as tracked changes')
      .argument('<paths...>', 'tệp, thư mục / files, folders')
      .option('--in-place', 'sửa trực tiếp tệp .txt/.md / fix .txt/.md files in place'),
  ).action(async (paths: string[], flags: ReviewFlags) => done(await run('fix', paths, flags, io)));
}
