import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileIgnore, compileInputGlob, discover, isGlob } from '../../src/batch/discover.js';
import { displayName, fsPath } from '../../src/load/raw-path.js';
import { expectLinear } from '../_growth.js';

const isRoot = process.getuid?.() === 0;
let root: string;

function touch(rel: string, content = 'x'): void {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kehoach-discover-'));
  touch('plans/Kế hoạch số 12 năm 2025.docx');
  touch('plans/b.pdf');
  touch('plans/notes.rst');
  touch('plans/README.md'); // a folder's own documentation, not a plan
  touch('plans/Phòng Nội vụ/kế hoạch tháng 3.txt');
  touch('plans/Phòng Nội vụ/sub/deep.docx');
  touch('plans/cũ/old.docx');
  touch('plans/.hidden/secret.docx');
  touch('plans/.kehoachignore', '# old plans\ncũ/\n*.pdf\n');
  mkdirSync(join(root, 'plans/loop'));
  symlinkSync(join(root, 'plans'), join(root, 'plans/loop/back'));
  symlinkSync(join(root, 'nowhere'), join(root, 'plans/dangling.docx'));
  touch('locked/a.docx');
  chmodSync(join(root, 'locked'), 0o000);
  // NFD (decomposed) name, as macOS writes it.
  touch('nfd/' + 'Kế hoạch.docx'.normalize('NFD'));
});

afterAll(() => {
  chmodSync(join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('discover', () => {
  it('walks folders in Vietnamese order, honours .kehoachignore (per folder), skips hidden folders and survives a symlink loop', () => {
    const d = discover(['plans'], root, { perFolder: true });
    expect(d.files).toEqual([
      join('plans', 'Kế hoạch số 12 năm 2025.docx'),
      join('plans', 'Phòng Nội vụ', 'kế hoạch tháng 3.txt'),
      join('plans', 'Phòng Nội vụ', 'sub', 'deep.docx'),
    ]);
    expect(d.missing).toEqual([]);
    expect(d.unreadable).toEqual([]);
    expect(d.foreignSettings).toEqual([]);
  });

  it('by default applies only the .kehoachignore at or above the working directory, and names the ones inside checked folders', () => {
    const d = discover(['plans'], root);
    // plans/.kehoachignore (a submission's own) hides nothing …
    expect(d.files).toContain(join('plans', 'b.pdf'));
    expect(d.files).toContain(join('plans', 'cũ', 'old.docx'));
    expect(d.foreignSettings).toEqual([join('plans', '.kehoachignore')]);
    // … while the working directory's own applies, relative to its folder.
    const cwd = join(root, 'plans');
    const own = discover(['.'], cwd);
    expect(own.files).not.toContain('b.pdf');
    expect(own.files).not.toContain(join('cũ', 'old.docx'));
    expect(own.foreignSettings).toEqual([]);
  });

  it('names config files (and a package.json with a "kehoach" key) found inside checked folders', () => {
    touch('sub/kehoach.config.json', '{"rules":{}}');
    touch('sub/a/.kehoachrc.json', '{}');
    touch('sub/a/package.json', '{"name":"x","kehoach":{}}');
    touch('sub/b/package.json', '{"name":"y"}');
    touch('sub/b/plan.txt', 'x');
    const d = discover(['sub'], root);
    expect(d.foreignSettings.sort()).toEqual([join('sub', 'a', '.kehoachrc.json'), join('sub', 'a', 'package.json'), join('sub', 'kehoach.config.json')].sort());
    expect(discover(['sub'], root, { perFolder: true }).foreignSettings).toEqual([]);
  });

  it('lists a file reached twice once, and reports missing inputs', () => {
    const d = discover(['plans/b.pdf', 'plans', './plans/b.pdf', 'không có.docx'], root);
    expect(d.files[0]).toBe('plans/b.pdf');
    expect(d.files.filter((f) => f.endsWith('b.pdf'))).toHaveLength(1);
    expect(d.missing).toEqual(['không có.docx']);
  });

  it('reports an unreadable folder instead of crashing', () => {
    const d = discover(['locked'], root);
    if (isRoot) {
      // root reads anything: the folder is walked normally.
      expect(d.files).toEqual([join('locked', 'a.docx')]);
      return;
    }
    expect(d.files).toEqual([]);
    expect(d.unreadable).toEqual([{ path: 'locked', code: 'EACCES' }]);
  });

  it('expands globs with Vietnamese names and spaces', () => {
    expect(discover(['plans/**/*.docx'], root, { perFolder: true }).files).toEqual([
      join('plans', 'Kế hoạch số 12 năm 2025.docx'),
      join('plans', 'Phòng Nội vụ', 'sub', 'deep.docx'),
    ]);
    expect(discover(['plans/Phòng Nội vụ/*.txt'], root).files).toEqual([join('plans', 'Phòng Nội vụ', 'kế hoạch tháng 3.txt')]);
    expect(discover(['plans/*.{docx,txt}'], root).files).toEqual([join('plans', 'Kế hoạch số 12 năm 2025.docx')]);
    expect(discover(['plans/Kế hoạch số ?? năm 2025.docx'], root).files).toEqual([join('plans', 'Kế hoạch số 12 năm 2025.docx')]);
    expect(discover([join(root, 'plans', '**', 'deep.*')], '/').files).toEqual([join(root, 'plans', 'Phòng Nội vụ', 'sub', 'deep.docx')]);
  });

  it('matches decomposed (NFD) file names with an NFC pattern', () => {
    expect(discover(['nfd/Kế hoạch.*'], root).files).toHaveLength(1);
  });

  it('reports a glob that matches nothing as missing', () => {
    const d = discover(['plans/**/*.odt', 'không/**/*.docx'], root);
    expect(d.files).toEqual([]);
    expect(d.missing).toEqual(['plans/**/*.odt', 'không/**/*.docx']);
  });
});

describe('compileIgnore', () => {
  it('matches at any depth unless anchored, and everything below a match', () => {
    expect(compileIgnore('cũ/').test('a/cũ/x.docx')).toBe(true);
    expect(compileIgnore('/cũ').test('a/cũ/x.docx')).toBe(false);
    expect(compileIgnore('/cũ').test('cũ/x.docx')).toBe(true);
    expect(compileIgnore('*.pdf').test('a/b/c.pdf')).toBe(true);
    expect(compileIgnore('nháp-*').test('nháp-1.docx')).toBe(true);
    expect(compileIgnore('nháp-*').test('bản nháp-1.docx')).toBe(false);
  });
});

describe('compileInputGlob', () => {
  it('splits the literal base from the pattern', () => {
    expect(compileInputGlob('plans/**/*.docx').base).toBe('plans');
    expect(compileInputGlob('*.pdf').base).toBe('.');
    expect(compileInputGlob('/srv/hồ sơ/*/a?.txt').base).toBe('/srv/hồ sơ');
    expect(compileInputGlob('a/*/b.txt').maxDepth).toBe(1);
    expect(compileInputGlob('a/**/b.txt').maxDepth).toBe(Infinity);
  });

  it('matches "**" as zero or more folders, "*" and "?" within one name', () => {
    const g = compileInputGlob('x/**/*.docx');
    expect(g.test('a.docx')).toBe(true);
    expect(g.test('b/c/a.docx')).toBe(true);
    expect(g.test('a.docx.bak')).toBe(false);
    expect(compileInputGlob('x/*.docx').test('b/a.docx')).toBe(false);
    expect(compileInputGlob('x/KH (1)?.docx').test('KH (1)ệ.docx')).toBe(true);
    expect(compileInputGlob('x/KH (1)?.docx').test('KH (1)ệ'.normalize('NFD') + '.docx')).toBe(true);
    expect(isGlob('Kế hoạch (2025).docx')).toBe(false);
  });

  it('does not backtrack catastrophically on a long hostile name', () => {
    const g = compileInputGlob('x/**/**/**/*a*a*a*a*a*a*a*b');
    const ignore = compileIgnore('**/*a*a*a*a*a*a*a*b/');
    expect(g.test('a'.repeat(5000))).toBe(false);
    expect(g.test(`${'a/'.repeat(200)}${'a'.repeat(255)}`)).toBe(false);
    expect(ignore.test(`${'a/'.repeat(200)}${'a'.repeat(255)}`)).toBe(false);
    // Growth, not a wall-clock bound: backtracking would grow far faster than the name.
    expectLinear((n) => 'a'.repeat(n), (name) => g.test(name), 1250);
    expectLinear((n) => `${'a/'.repeat(n / 25)}${'a'.repeat(255)}`, (name) => ignore.test(name), 200);
  });
});

describe('discover: symlinks leaving the checked folder', () => {
  it('does not follow a link to a plan or a folder outside, names it, and follows links that stay inside', () => {
    const base = mkdtempSync(join(tmpdir(), 'kehoach-outside-'));
    mkdirSync(join(base, 'submitted/sub'), { recursive: true });
    mkdirSync(join(base, 'elsewhere'));
    writeFileSync(join(base, 'elsewhere/secret.docx'), 'x');
    writeFileSync(join(base, 'submitted/own.txt'), 'x');
    writeFileSync(join(base, 'submitted/sub/inner.txt'), 'x');
    symlinkSync(join(base, 'elsewhere/secret.docx'), join(base, 'submitted/link.docx'));
    symlinkSync(join(base, 'elsewhere'), join(base, 'submitted/away'));
    symlinkSync(join(base, 'submitted/sub/inner.txt'), join(base, 'submitted/inside.txt'));
    const d = discover(['submitted'], base);
    expect(d.files.map((f) => f.replace(/\\/gu, '/')).sort()).toEqual(['submitted/inside.txt', 'submitted/own.txt', 'submitted/sub/inner.txt']);
    expect(d.outside.map((f) => f.replace(/\\/gu, '/')).sort()).toEqual(['submitted/away', 'submitted/link.docx']);
    rmSync(base, { recursive: true, force: true });
  });
});

describe('a file name that is not UTF-8', () => {
  const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
  it('is found in a folder under its escaped name, its raw bytes kept for reading; the other files too', () => {
    const dir = join(root, 'latin1');
    mkdirSync(dir, { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('k\xe9 ho\xe1ch.txt')]), 'x1');
    // Valid UTF-8 stays as written; only the byte that is not UTF-8 is escaped.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/Kế hoạch `), latin1('\xe9.txt')]), 'x2');
    writeFileSync(join(dir, 'ok.txt'), 'x');
    const d = discover(['latin1'], root);
    expect(d.unreadable).toEqual([]);
    expect(d.files.sort()).toEqual([join('latin1', 'k\\xe9 ho\\xe1ch.txt'), join('latin1', 'Kế hoạch \\xe9.txt'), join('latin1', 'ok.txt')].sort());
    expect(readFileSync(fsPath(join(root, 'latin1', 'k\\xe9 ho\\xe1ch.txt')), 'utf8')).toBe('x1');
    expect(readFileSync(fsPath(join(root, 'latin1', 'Kế hoạch \\xe9.txt')), 'utf8')).toBe('x2');
  });
  it('a folder whose name is not UTF-8 is walked, and the files inside it are read by their raw paths', () => {
    const dir = Buffer.concat([Buffer.from(`${root}/rawdir/`), latin1('h\xf4 s\xf5')]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(Buffer.concat([dir, Buffer.from('/plan.txt')]), 'inside');
    const d = discover(['rawdir'], root);
    expect(d.files).toEqual([join('rawdir', 'h\\xf4 s\\xf5', 'plan.txt')]);
    expect(readFileSync(fsPath(join(root, d.files[0] as string)), 'utf8')).toBe('inside');
  });
  it('named on the command line (decoded by Node with U+FFFD), it is looked up among its folder\'s names', () => {
    const dir = join(root, 'named');
    mkdirSync(dir, { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('k\xe9 ho\xe1ch.txt')]), 'named');
    const argv = latin1('named/k\xe9 ho\xe1ch.txt').toString('utf8');
    expect(argv).toBe('named/k\uFFFD ho\uFFFDch.txt');
    const d = discover([argv], root);
    expect(d.missing).toEqual([]);
    expect(d.files).toEqual([join('named', 'k\\xe9 ho\\xe1ch.txt')]);
    expect(readFileSync(fsPath(join(root, d.files[0] as string)), 'utf8')).toBe('named');
    // Absolute, and through a folder whose own name is not UTF-8.
    const rawDir = Buffer.concat([Buffer.from(`${dir}/`), latin1('th\xfa')]);
    mkdirSync(rawDir);
    writeFileSync(Buffer.concat([rawDir, Buffer.from('/a.txt')]), 'deep');
    const abs = discover([`${dir}/th\uFFFD/a.txt`], root);
    expect(abs.files).toEqual([`${dir}/th\\xfa/a.txt`]);
    expect(readFileSync(fsPath(abs.files[0] as string), 'utf8')).toBe('deep');
  });
  it('when several names read the same once decoded, all of them are checked (none is lost); no match is "missing"', () => {
    const dir = join(root, 'twins');
    mkdirSync(dir, { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('k\xe9.txt')]), '1');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('k\xe8.txt')]), '2');
    const d = discover(['twins/k\uFFFD.txt'], root);
    expect(d.files.sort()).toEqual([join('twins', 'k\\xe8.txt'), join('twins', 'k\\xe9.txt')]);
    expect(discover(['twins/z\uFFFD.txt'], root).missing).toEqual(['twins/z\uFFFD.txt']);
  });
});

describe('displayName', () => {
  it('escapes exactly the bytes that are not part of valid UTF-8', () => {
    const b = (...x: number[]): Buffer => Buffer.from(x);
    expect(displayName(Buffer.from('Kế hoạch.txt'))).toBe('Kế hoạch.txt');
    expect(displayName(b(0x6b, 0xe9, 0x2e))).toBe('k\\xe9.');
    // Overlong "/", a UTF-16 surrogate, a cut 3-byte sequence, a code point past U+10FFFF.
    expect(displayName(b(0xc0, 0xaf))).toBe('\\xc0\\xaf');
    expect(displayName(b(0xed, 0xa0, 0x80))).toBe('\\xed\\xa0\\x80');
    expect(displayName(b(0xe1, 0xba, 0x41))).toBe('\\xe1\\xbaA');
    expect(displayName(b(0xf4, 0x90, 0x80, 0x80))).toBe('\\xf4\\x90\\x80\\x80');
    expect(displayName(b(0xf0, 0x9f, 0x98, 0x80))).toBe('\u{1F600}');
  });
});
