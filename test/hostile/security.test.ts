// Security: the tool never writes to its inputs, writes its output atomically and only where told, and the reports
// cannot be turned against their reader (HTML escaping, CSV formula injection, terminal control characters, no eval).
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io.js';
import { loadTxt } from '../../src/load/txt.js';
import { ensureBuilt, ROOT } from './_build.js';
import { injectionPlan } from './_generate.js';
import { runMain } from '../_main.js';
import { runCli } from './_run.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'kehoach-security-'));
}, 180_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Snapshot {
  [path: string]: { sha256: string; mtimeMs: number; size: number; mode: number; ino: number } | 'dir';
}

/** Every file and folder under `dir` with its content hash, mtime, size, mode and inode. */
function snapshot(dir: string, out: Snapshot = {}, root = dir): Snapshot {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      out[relative(root, p)] = 'dir';
      snapshot(p, out, root);
    } else {
      const st = lstatSync(p);
      out[relative(root, p)] = { sha256: createHash('sha256').update(readFileSync(p)).digest('hex'), mtimeMs: st.mtimeMs, size: st.size, mode: st.mode, ino: st.ino };
    }
  }
  return out;
}

/**
 * A copy of the fixtures (plans, docx, pdf, broken, encodings) plus the injection plan. Without
 * fixtures/pdf/presentation: more PDFs of the same format, which doubled the time of a full check here.
 */
function inputCopy(name: string): string {
  const dir = join(tmp, name);
  const skip = join(ROOT, 'fixtures', 'pdf', 'presentation');
  for (const sub of ['plans', 'docx', 'pdf', 'broken', 'encodings']) cpSync(join(ROOT, 'fixtures', sub), join(dir, sub), { recursive: true, filter: (src) => src !== skip });
  writeFileSync(join(dir, 'plans', 'injection.txt'), injectionPlan());
  return dir;
}

describe('inputs are never written', () => {
  it('check (every format, cache on), parse and an -o report leave every input byte, mtime and inode as they were', async () => {
    const input = inputCopy('inputs');
    const cwd = join(tmp, 'cwd');
    mkdirSync(cwd);
    const before = snapshot(input);
    // One full check writes the -o report and fills the cache; the second run reads every file's result from it.
    const runs = [
      await runCli(['check', input, '--format', 'html', '-o', join(cwd, 'report.html'), '--cache', '--cache-location', join(cwd, '.cache')], cwd),
      await runCli(['check', input, '--cache', '--cache-location', join(cwd, '.cache'), '--jobs', '1'], cwd),
      await runCli(['parse', join(input, 'docx', 'seed001.docx'), '--format', 'json'], cwd),
      await runCli(['check', join(input, 'broken', 'seed000-encrypted.pdf'), '--password', 'matkhau123'], cwd),
      await runCli(['annotate', join(input, 'docx', 'seed001.docx'), join(input, 'pdf', 'seed001.pdf'), join(input, 'broken'), '--out-dir', join(cwd, 'reviewed')], cwd),
      await runCli(['fix', join(input, 'docx', 'seed001.docx'), join(input, 'plans', 'seed003.txt'), '--out-dir', join(cwd, 'reviewed')], cwd),
    ];
    for (const r of runs) expect([0, 1, 2]).toContain(r.code);
    expect(snapshot(input)).toEqual(before);
    // And nothing was written anywhere but where we asked (report, cache, the reviewed copies).
    expect(readdirSync(cwd).sort()).toEqual(['.cache', 'report.html', 'reviewed']);
    expect(readdirSync(join(cwd, 'reviewed')).every((f) => /\.kehoach(?:-fix)?\.(?:docx|pdf|txt|md)$/u.test(f))).toBe(true);
    expect(readdirSync(join(cwd, 'reviewed'))).toContain('seed001.kehoach.docx');
  }, 400_000);

  it('annotate and fix write copies next to the inputs, never the inputs; their own copies are not inputs of a later run', async () => {
    const input = join(tmp, 'review');
    mkdirSync(join(input, 'solo'), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'docx', 'seed001.docx'), join(input, 'solo', 'seed001.docx'));
    cpSync(join(ROOT, 'fixtures', 'pdf', 'seed001.pdf'), join(input, 'solo', 'seed001.pdf'));
    cpSync(join(ROOT, 'fixtures', 'plans', 'seed003.txt'), join(input, 'solo', 'seed003.txt'));
    const before = snapshot(input);
    expect((await runCli(['annotate', join(input, 'solo', 'seed001.docx'), join(input, 'solo', 'seed001.pdf')], input)).code).toBe(1);
    expect((await runCli(['fix', join(input, 'solo', 'seed001.docx'), join(input, 'solo', 'seed003.txt')], input)).code).toBe(0);
    const after = snapshot(input);
    for (const [k, v] of Object.entries(before)) expect(after[k], k).toEqual(v);
    expect(Object.keys(after).filter((k) => !(k in before)).sort()).toEqual(['solo/seed001.kehoach-fix.docx', 'solo/seed001.kehoach.docx', 'solo/seed001.kehoach.pdf', 'solo/seed003.kehoach-fix.txt']);
    // Annotating the folder again skips the copies (no "x.kehoach.kehoach.docx").
    const again = await runCli(['annotate', join(input, 'solo'), '--out-dir', join(tmp, 'review-out')], input);
    expect(again.stderr).toMatch(/seed001\.kehoach\.docx: bỏ qua/u);
    expect(readdirSync(join(tmp, 'review-out')).sort()).toEqual(['seed001.kehoach.docx', 'seed001.kehoach.pdf']);
  }, 300_000);

  it('annotate refuses a target that is a symlink (to a plan); fix --in-place rewrites only the .txt it was given', async () => {
    const input = inputCopy('review-link');
    const plan = join(input, 'plans', 'seed004.txt');
    const planBefore = readFileSync(plan);
    symlinkSync(plan, join(input, 'docx', 'seed002.kehoach.docx'));
    const r = await runCli(['annotate', join(input, 'docx', 'seed002.docx')], input);
    expect(r.code).toBe(2);
    expect(readFileSync(plan).equals(planBefore)).toBe(true);
    expect(lstatSync(join(input, 'docx', 'seed002.kehoach.docx')).isSymbolicLink()).toBe(true);
    const txt = join(input, 'plans', 'seed003.txt');
    const others = snapshot(join(input, 'docx'));
    const f = await runCli(['fix', '--in-place', txt], input);
    expect(f.code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toContain('nhũng nhiễu');
    expect(snapshot(join(input, 'docx'))).toEqual(others);
  }, 120_000);

  it('refuses an output path that is one of the inputs', async () => {
    const input = inputCopy('same-output');
    const target = join(input, 'plans', 'seed003.txt');
    const before = readFileSync(target);
    const r = await runCli(['check', join(input, 'plans'), '-o', target], tmp);
    expect(r.code).toBe(2);
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('an output path that is a symlink to a plan (not among the inputs) is refused before checking; plan and link stay', async () => {
    const input = inputCopy('symlink-output');
    const target = join(input, 'plans', 'seed004.txt');
    const before = readFileSync(target);
    const out = join(tmp, 'report-link.json');
    symlinkSync(target, out);
    const r = await runCli(['check', join(input, 'plans', 'seed003.txt'), '--format', 'json', '-o', out], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/văn bản kế hoạch, không phải báo cáo/u);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it('an output path that is a symlink to an earlier report writes the report at the link target and keeps the link', async () => {
    const input = inputCopy('symlink-report');
    const report = join(tmp, 'report-old.json');
    writeFileSync(report, '{}');
    const out = join(tmp, 'report-link2.json');
    symlinkSync(report, out);
    const r = await runCli(['check', join(input, 'plans', 'seed003.txt'), '--format', 'json', '-o', out], tmp);
    expect(r.code).toBe(1);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveProperty('results');
  });
});

describe('output is written atomically (temporary file + rename)', () => {
  it('writeFileAtomic replaces the file by rename (new inode) and leaves no temporary file', () => {
    const dir = join(tmp, 'atomic');
    mkdirSync(dir);
    const file = join(dir, 'báo cáo.html');
    writeFileSync(file, 'old');
    const ino = statSync(file).ino;
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).ino).not.toBe(ino);
    expect(readdirSync(dir)).toEqual(['báo cáo.html']);
  });

  it('a failed rename (target is a folder) throws and leaves no temporary file', () => {
    const dir = join(tmp, 'atomic-fail');
    mkdirSync(join(dir, 'out.html'), { recursive: true });
    expect(() => writeFileAtomic(join(dir, 'out.html'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['out.html']);
  });

  it('the CLI -o goes through it: complete report, no temporary file left', async () => {
    const dir = join(tmp, 'atomic-cli');
    mkdirSync(dir);
    writeFileSync(join(dir, 'r.json'), 'stale');
    const ino = statSync(join(dir, 'r.json')).ino;
    const r = await runCli(['check', join(ROOT, 'fixtures', 'plans'), '--format', 'json', '-o', join(dir, 'r.json')], dir);
    expect(r.code).toBe(1);
    expect(statSync(join(dir, 'r.json')).ino).not.toBe(ino);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toHaveProperty('results');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });
});

describe('reports cannot attack their reader', () => {
  // A plan whose text carries HTML and formula payloads, in a file whose NAME carries them too.
  const NAME = `=cmd|' -C calc'!A0 <img src=x onerror=alert(1)> "ké hoạch".txt`;
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'injection');
    mkdirSync(dir);
    writeFileSync(join(dir, NAME), injectionPlan());
    writeFileSync(join(dir, 'plain.txt'), injectionPlan());
  });

  it('HTML: document text and file names appear escaped; the only script is the report\u2019s own', async () => {
    const r = await runMain(['check', '.', '--format', 'html'], dir);
    expect(r.code).toBe(1);
    const html = r.stdout;
    expect(html.match(/<script/gu)).toHaveLength(1);
    expect(html).not.toMatch(/<img|onerror=alert\(1\)>|<\/td><script>|alert\("xss"\)/u);
    // The payloads are there, as text.
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // A strict Content-Security-Policy backs the escaping up.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src (?:'|&#39;)none(?:'|&#39;);/u);
  });

  it('CSV: no cell starts with a formula character unless neutralized with a leading apostrophe', async () => {
    const r = await runMain(['check', '.', join(ROOT, 'fixtures', 'broken'), '--format', 'csv'], dir);
    const cells = parseCsv(r.stdout.replace(/^\uFEFF/u, ''));
    expect(cells.length).toBeGreaterThan(10);
    for (const row of cells) for (const c of row) expect(c, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/u);
    expect(cells.some((row) => row[0]?.startsWith(`'=cmd|`))).toBe(true);
  });

  it('terminal: control characters (ESC, CSI) in a document never reach the output', async () => {
    const text = injectionPlan().replace('Số: /KH-SDTTG', 'Số: /KH-SDTTG\u001b]0;PWNED\u0007\u001b[2J\u009b31m');
    const escDir = join(tmp, 'esc');
    mkdirSync(escDir);
    writeFileSync(join(escDir, 'plan.txt'), text);
    const loaded = loadTxt(new TextEncoder().encode(text));
    expect(loaded.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/u);
    expect(loaded.source).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/u);
    expect(loaded.text.length).toBe(normalizedLength(text));
    // The terminal format end to end (the process's own stdout); the others through main() in this process.
    for (const format of ['stylish', 'compact', 'json', 'markdown', 'github', 'csv', 'sarif', 'junit', 'html']) {
      const r = format === 'stylish' ? await runCli(['check', 'plan.txt', '--format', format], escDir) : await runMain(['check', 'plan.txt', '--format', format], escDir);
      expect(r.stdout, format).not.toMatch(/[\u001b\u009b\u0007]/u);
    }
  }, 60_000);
});

describe('no code from data', () => {
  it('src/ has no eval, new Function, string timers or vm', () => {
    const hits: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]|node:vm|from\s+['"]vm['"]/u.test(line)) hits.push(`${relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(hits).toEqual([]);
  });

  it('the only file writes in src/ are writeFileAtomic, called with the -o path, kehoach.config.json, the cache location and the reviewed copies', () => {
    // Writing needs a write-capable fs function: list every one imported anywhere in src/, and every writeFileAtomic call.
    const WRITE_API = /^(?:write|append|createWriteStream|rename|copyFile|cp|mkdir|mkdtemp|symlink|link|truncate|ftruncate|open|rm|unlink|chmod|chown|utimes|lchown|lutimes)/u;
    const imports: string[] = [];
    const calls: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          const file = relative(ROOT, p);
          for (const m of src.matchAll(/import\s+(\*\s+as\s+\w+|\{[^}]*\}|\w+)\s+from\s+['"](?:node:)?fs(?:\/promises)?['"]/gu)) {
            const what = m[1] ?? '';
            if (what.startsWith('*') || !what.startsWith('{')) imports.push(`${file}: ${what}`);
            else for (const n of what.slice(1, -1).split(',').map((x) => x.trim().split(/\s+as\s+/u)[0] ?? '')) if (WRITE_API.test(n)) imports.push(`${file}: ${n}`);
          }
          for (const line of src.split('\n')) if (/writeFileAtomic\s*\(/u.test(line) && !/^\s*(?:\*|\/\/)/u.test(line)) calls.push(`${file}: ${line.trim()}`);
        }
      }
    };
    walk(join(ROOT, 'src'));
    // open is readInput's read-only open (O_RDONLY); mkdirSync creates a missing report folder.
    // mkdirSync in cli/annotate.ts creates the --out-dir folder. docs/write.ts is `npm run docs` (the rule pages of
    // this repository, never run by the CLI). load/ocr.ts hands the PDF to pdftoppm in a private temporary folder
    // (mkdtemp under the system's temp dir, removed with rm afterwards; test/load/ocr.test.ts checks it is gone).
    expect(imports.sort()).toEqual([
      'src/check.ts: open',
      'src/cli/annotate.ts: mkdirSync',
      'src/cli/output-target.ts: mkdirSync',
      'src/docs/write.ts: mkdirSync',
      'src/docs/write.ts: writeFileSync',
      'src/io.ts: renameSync',
      'src/io.ts: rmSync',
      'src/io.ts: writeFileSync',
      'src/load/ocr.ts: mkdtemp',
      'src/load/ocr.ts: rm',
      'src/load/ocr.ts: writeFile',
    ]);
    expect(calls.sort()).toEqual(
      [
        'src/batch/cache.ts: writeFileAtomic(this.location, JSON.stringify({ format: CACHE_FORMAT, tool: toolFingerprint(), entries }));',
        'src/io.ts: export function writeFileAtomic(path: string, content: string | Uint8Array): void {',
        // annotate/fix: the reviewed copy (never an input: see targetProblem), or the .txt/.md given with --in-place.
        'src/cli/annotate.ts: writeFileAtomic(output, outcome.bytes);',
        'src/cli/annotate.ts: writeFileAtomic(output, outcome.bytes);',
        'src/io.ts: else writeFileAtomic(target.path, content);',
        'src/cli/main.ts: writeFileAtomic(target, starterConfig(flags.profile, flags.lang));',
      ].sort(),
    );
  });
});

/** Length of the text after normalization of line ends (the only length change besides NFC, absent here). */
function normalizedLength(s: string): number {
  // eslint-disable-next-line no-misleading-character-class -- single invisible code points, not a joined sequence
  return s.replace(/\r\n?/gu, '\n').normalize('NFC').replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu, '').length;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}
