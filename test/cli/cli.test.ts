// The CLI end to end, as a user runs it: the compiled bin/kehoach.js on the bundled fixtures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../src/model/plan.js';
import { ensureBuilt } from '../_build.js';
import { runMain as run } from '../_main.js';
import { FactsSchema } from '../../src/model/facts.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kehoach.js');

/** End to end: the compiled CLI in its own process. */
function spawnRun(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The CLI runs compiled code: built once for the suite (test/_build.ts), rebuilt here only when stale.
beforeAll(() => ensureBuilt(), 120_000);

describe('kehoach CLI', () => {
  it('prints help and exits 0', () => {
    const r = spawnRun(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check');
  });

  it('checks the bundled plans: findings, exit 1, no stack trace', () => {
    const r = spawnRun(['check', 'fixtures/plans']);
    expect(r.code).toBe(1);
    for (const seed of ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']) expect(r.stdout).toContain(seed);
    expect(r.stdout).toContain('structure/numbering');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('json output follows the documented shape', async () => {
    const r = await run(['check', 'fixtures/plans/seed003.txt', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { results: { path: string; findings: { ruleId: string; line: number; sectionPath: string | null }[] }[] };
    expect(json.results).toHaveLength(1);
    const numbering = json.results[0]?.findings.filter((f) => f.ruleId === 'structure/numbering') ?? [];
    expect(numbering.length).toBeGreaterThanOrEqual(1);
  });

  it('parse --format json validates against the model schema and carries the facts', async () => {
    const r = await run(['parse', 'fixtures/plans/seed001.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    const { facts, ...doc } = json;
    expect(PlanDocumentSchema.safeParse(doc).success).toBe(true);
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });

  it('parse --format tree shows the outline', async () => {
    const r = await run(['parse', 'fixtures/plans/seed003.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}III\. /gmu)).toHaveLength(2);
  });

  it('exits 2 with one clear message for a missing path and still checks the others', async () => {
    const r = await run(['check', 'fixtures/plans/seed003.txt', 'no/such/file.docx', '--format', 'compact']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no/such/file.docx');
    expect(r.stdout).toContain('seed003.txt');
  });

  it('opens the encrypted PDF with --password', async () => {
    const r = await run(['parse', 'fixtures/broken/seed000-encrypted.pdf', '--password', 'matkhau123', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { header: { subject: { text: string } } }).header.subject.text).toContain('Sở Dân tộc và Tôn giáo');
  });

  it('honours --fail-on and --max-warnings', async () => {
    const clean = await run(['check', 'fixtures/scenarios/clean-plan.txt']);
    expect(clean.code).toBe(0);
    const quietFail = await run(['check', 'fixtures/plans/seed003.txt', '--quiet', '--format', 'compact']);
    expect(quietFail.stdout).not.toMatch(/ warning /u);
  });

  it('rejects a bad config before checking, naming the path and the closest rule id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cfg-'));
    writeFileSync(join(dir, 'kehoach.config.json'), JSON.stringify({ rules: { 'structure/numbring': 'warning' }, stage: 'fnal' }));
    writeFileSync(join(dir, 'plan.txt'), readFileSync(join(ROOT, 'fixtures/plans/seed003.txt')));
    const r = await run(['check', 'plan.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.structure/numbring');
    expect(r.stderr).toContain('structure/numbering');
    expect(r.stderr).toContain('"final"');
  });

  it('writes reports atomically with --output and never over an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    writeFileSync(join(dir, 'plan.txt'), readFileSync(join(ROOT, 'fixtures/plans/seed003.txt')));
    const r = await run(['check', 'plan.txt', '--format', 'sarif', '--output', 'report.sarif'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const clash = await run(['check', 'plan.txt', '--output', 'plan.txt'], dir);
    expect(clash.code).toBe(2);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures/plans/seed003.txt'), 'utf8'));
  });

  it('init writes a valid starter config and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-init-'));
    expect((await run(['init'], dir)).code).toBe(0);
    expect((await run(['init'], dir)).code).toBe(2);
    expect((await run(['init', '--force', '--profile', 'generic'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'plan.txt'), readFileSync(join(ROOT, 'fixtures/plans/seed003.txt')));
    expect((await run(['check', 'plan.txt'], dir)).code).toBe(1);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['check', 'fixtures/broken/seed003-scanned.pdf', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed: 1 file\(s\) could not be read/u);
    expect(r.stdout).toMatch(/no text layer/iu);
  });

  it('lists and explains rules', async () => {
    const list = await run(['rules', '--format', 'json']);
    const rules = JSON.parse(list.stdout) as { id: string }[];
    expect(rules.map((x) => x.id)).toContain('citation/superseded');
    const explain = await run(['explain', 'citation/superseded']);
    expect(explain.code).toBe(0);
    expect((await run(['explain', 'citation/supersede'])).stderr).toContain('citation/superseded');
  });

  const streamDir = mkdtempSync(join(tmpdir(), 'kehoach-stream-'));
  const streamCache = join(streamDir, '.cache');

  it('prints stylish, compact and github reports file by file with the same text as a report written with -o', async () => {
    const dir = streamDir;
    // Stylish end to end (the process's own stdout, streamed); compact and github through main() in this process.
    // The first run checks every file and fills a cache; the other five stream the cached results (the report
    // code is the same; a cached result that printed differently from a fresh one would fail here too).
    const cache = ['--cache', '--cache-location', streamCache];
    for (const format of ['stylish', 'compact', 'github']) {
      const out = join(dir, `${format}.txt`);
      const args = ['check', 'fixtures/plans', 'fixtures/docx/seed003.docx', 'fixtures/broken', '--format', format, ...cache];
      const printed = format === 'stylish' ? spawnRun(args) : await run(args);
      const written = format === 'stylish' ? spawnRun([...args, '-o', out]) : await run([...args, '-o', out]);
      expect(printed.code).toBe(1);
      expect(written.code).toBe(1);
      expect(printed.stdout.length).toBeGreaterThan(1000);
      expect(printed.stdout).toBe(readFileSync(out, 'utf8'));
    }
  }, 300_000);

  it('reports scanned, truncated and encrypted files once each with their cause (exit 1: findings about the inputs)', async () => {
    // Reads the cache the run above filled from its fresh check of the same files (the encrypted PDF, whose error
    // is not cached, is read again): one fresh check of fixtures/broken for this file, not two.
    const r = await run(['check', 'fixtures/broken', '--format', 'json', '--cache', '--cache-location', streamCache]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/thất bại: \d+ tệp không đọc được/u);
    const json = JSON.parse(r.stdout) as { results: { path: string; error: { code: string } | null }[] };
    const codes = Object.fromEntries(json.results.map((x) => [x.path.split('/').pop(), x.error?.code]));
    expect(codes).toMatchObject({
      'seed000-encrypted.pdf': 'encrypted-pdf',
      'seed000-truncated.docx': 'corrupt-docx',
      'seed003-scanned.pdf': 'no-text-layer',
    });
  });
});
