// File names that are not UTF-8 (Windows names left by unzip): read by their bytes, reported under an escaped name
// (each byte that is not UTF-8 as \xNN) in every format, and still compared by identity with -o and the cache.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/io.js';

const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/plans/seed000.txt'), 'utf8');
const RAW_NAME = Buffer.from('k\xe9 ho\xe1ch.txt', 'latin1');
const SHOWN = 'k\\xe9 ho\\xe1ch.txt';

/** A folder `plans/` holding the plan under a Latin-1 name, and the same plan under a UTF-8 name in `same/`. */
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'kehoach-latin1-'));
  mkdirSync(join(d, 'plans'));
  mkdirSync(join(d, 'same'));
  writeFileSync(Buffer.concat([Buffer.from(join(d, 'plans/')), RAW_NAME]), PLAN);
  writeFileSync(join(d, 'same', 'ké hoách.txt'), PLAN);
  return d;
}

function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false };
  return main(args, io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

interface JsonReport {
  results: { path: string; error: unknown; findings: { ruleId: string; message: string }[] }[];
}

describe('a file name that is not UTF-8', () => {
  it('inside a checked folder: read and checked like the same plan under a UTF-8 name, shown escaped', async () => {
    const d = folder();
    const raw = await run(['check', 'plans', '-f', 'json', '--jobs', '1'], d);
    const utf8 = await run(['check', 'same', '-f', 'json', '--jobs', '1'], d);
    const a = (JSON.parse(raw.out) as JsonReport).results;
    const b = (JSON.parse(utf8.out) as JsonReport).results;
    expect(a.map((r) => [r.path, r.error])).toEqual([[`plans/${SHOWN}`, null]]);
    expect(a[0]?.findings.length).toBeGreaterThan(0);
    expect(a[0]?.findings.map((f) => [f.ruleId, f.message])).toEqual(b[0]?.findings.map((f) => [f.ruleId, f.message]));
    expect(raw.code).toBe(utf8.code);
  });

  it('named on the command line (the shell passes bytes Node decodes to U+FFFD): found and checked', async () => {
    const d = folder();
    const argv = Buffer.concat([Buffer.from('plans/'), RAW_NAME]).toString('utf8');
    expect(argv).toContain('\uFFFD');
    const r = await run(['check', argv, '-f', 'json', '--jobs', '1'], d);
    const results = (JSON.parse(r.out) as JsonReport).results;
    expect(results.map((x) => [x.path, x.error])).toEqual([[`plans/${SHOWN}`, null]]);
    expect(results[0]?.findings.length).toBeGreaterThan(0);
  });

  it('in a batch checked by worker processes too', async () => {
    const d = folder();
    writeFileSync(join(d, 'plans', 'other.txt'), PLAN);
    const r = await run(['check', 'plans', '-f', 'json', '--jobs', '2'], d);
    const results = (JSON.parse(r.out) as JsonReport).results;
    expect(results.map((x) => [x.path, x.error])).toEqual(
      expect.arrayContaining([[`plans/${SHOWN}`, null], ['plans/other.txt', null]]),
    );
    expect(results.every((x) => x.findings.length > 0)).toBe(true);
  });

  it('every format names it by the escaped name; SARIF by a valid URI of its own bytes', async () => {
    const d = folder();
    const out = async (format: string): Promise<string> => (await run(['check', 'plans', '-f', format, '--jobs', '1'], d)).out;
    expect(await out('stylish')).toContain(`plans/${SHOWN}`);
    expect(await out('compact')).toMatch(new RegExp(`^plans/k\\\\xe9 ho\\\\xe1ch\\.txt:\\d+:\\d+: `, 'mu'));
    expect(await out('github')).toContain(`file=plans/${SHOWN},`);
    expect(await out('junit')).toContain(`classname="plans/${SHOWN}"`);
    expect(await out('html')).toContain(`plans/${SHOWN}`);
    const sarif = JSON.parse(await out('sarif')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['plans/k%E9%20ho%E1ch.txt']);
  });

  it('-o and the cache are still compared with it by file identity', async () => {
    const d = folder();
    symlinkSync(Buffer.concat([Buffer.from(join(d, 'plans/')), RAW_NAME]), join(d, 'report.txt'));
    expect((await run(['check', 'plans', '-o', 'report.txt'], d)).code).toBe(2);
    expect((await run(['check', 'plans', '--cache', '--cache-location', 'report.txt'], d)).code).toBe(2);
    expect(readFileSync(Buffer.concat([Buffer.from(join(d, 'plans/')), RAW_NAME]), 'utf8')).toBe(PLAN);
  });

  it('an unreadable one is reported under its escaped name', async () => {
    const d = folder();
    writeFileSync(Buffer.concat([Buffer.from(join(d, 'plans/')), Buffer.from('r\xf6ng.txt', 'latin1')]), '');
    const r = await run(['check', 'plans', '-f', 'json', '--jobs', '1'], d);
    const empty = (JSON.parse(r.out) as JsonReport).results.find((x) => x.path === 'plans/r\\xf6ng.txt');
    expect(empty?.error).toMatchObject({ code: 'empty' });
    expect(empty?.findings.map((f) => f.ruleId)).toEqual(['load/unreadable']);
  });
});
