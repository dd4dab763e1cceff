import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/sarif.js';
import { CLEAN, EMPTY, HOSTILE_SCRIPT, input, RULES } from './fixtures.js';
import { checkText } from '../_pipeline.js';

interface Json { [k: string]: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Microsoft's SARIF validator (Sarif.Multitool): the binary from the `@microsoft/sarif-multitool`
 * devDependency, or the path in SARIF_MULTITOOL. Null (and the reason) when it is not installed or cannot run.
 */
function findValidator(): { bin: string | null; reason: string } {
  let bin = process.env['SARIF_MULTITOOL'] ?? null;
  if (!bin) {
    try {
      bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    } catch {
      return { bin: null, reason: '@microsoft/sarif-multitool is not installed (add it as a devDependency or set SARIF_MULTITOOL)' };
    }
  }
  if (!existsSync(bin)) return { bin: null, reason: `validator binary not found at ${bin}` };
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    return { bin: null, reason: `validator binary cannot run: ${probe.error?.message ?? probe.stderr}` };
  }
  return { bin, reason: '' };
}

const validator = findValidator();
const work = mkdtempSync(join(tmpdir(), 'kehoach-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Verdict = { errors: string[]; warnings: string[] };

/** The logs this file validates, by name: registered while the file is collected, validated together on first use. */
const logs = new Map<string, string>();
let verdicts: Map<string, Verdict> | undefined;

/** Registers `text` for validation under `name` (a file name in the work folder). */
function toValidate(name: string, text: string): void {
  logs.set(name, text);
}

/**
 * The validator's findings (SARIF and GitHub rule sets) on the log registered as `name`, as "level rule: message".
 * Every registered log goes through one validator run (the .NET start-up is most of its time); each result is
 * given to the log its location names, and a tool error that names no log counts against every log.
 */
function validate(name: string): Verdict {
  verdicts ??= validateAll();
  const verdict = verdicts.get(name);
  if (!verdict) throw new Error(`no log registered as ${name}`);
  return verdict;
}

function validateAll(): Map<string, Verdict> {
  const files = new Map([...logs].map(([name, text]) => {
    const file = join(work, `${name}.sarif`);
    writeFileSync(file, text);
    return [pathToFileURL(file).href, name] as const;
  }));
  const out = join(work, 'validation.sarif');
  const run = spawnSync(validator.bin!, ['validate', ...[...files.keys()].map((u) => fileURLToPath(u)), '-o', out, '--rule-kind', 'Sarif;Gh'], { encoding: 'utf8', timeout: 170_000 });
  expect(run.error).toBeUndefined();
  // The validator exits 0 even when a log is invalid: its verdict is the SARIF log it writes.
  const log = JSON.parse(readFileSync(out, 'utf8')) as Json;
  const results = (log['runs'][0]['results'] ?? []) as Json[];
  const notes = (log['runs'][0]['invocations']?.[0]?.['toolExecutionNotifications'] ?? []) as Json[];
  const fmt = (r: Json) => `${r['level'] ?? 'warning'} ${r['ruleId'] ?? r['descriptor']?.['id']}: ${JSON.stringify(r['message'])}`;
  const of = (r: Json): string | undefined => files.get(r['locations']?.[0]?.['physicalLocation']?.['artifactLocation']?.['uri']);
  const byName = new Map<string, Verdict>([...files.values()].map((name) => [name, { errors: [], warnings: [] }]));
  for (const r of results) {
    const name = of(r);
    const targets = name ? [byName.get(name)!] : [...byName.values()];
    for (const v of targets) (r['level'] === 'error' ? v.errors : v.warnings).push(fmt(r));
  }
  for (const n of notes.filter((x) => x['level'] === 'error')) {
    const name = of(n);
    for (const v of name ? [byName.get(name)!] : [...byName.values()]) v.errors.push(fmt(n));
  }
  return byName;
}

describe('sarif (structure)', () => {
  const log = JSON.parse(sarif(input())) as Json;
  const run = log['runs'][0] as Json;

  it('has the SARIF 2.1.0 envelope and driver', () => {
    expect(log['$schema']).toMatch(/sarif-2\.1\.0/u);
    expect(log['version']).toBe('2.1.0');
    const driver = run['tool']['driver'];
    expect(driver).toMatchObject({ name: 'kehoach-lint', version: '0.1.0' });
    expect(driver['informationUri']).toMatch(/^https:\/\//u);
    expect(driver['rules'].map((r: Json) => r['id'])).toEqual(RULES.map((r) => r.id));
    expect(driver['rules'][0]).toMatchObject({
      shortDescription: { text: 'Căn cứ văn bản đã hết hiệu lực.' },
      fullDescription: { text: 'Căn cứ văn bản đã hết hiệu lực.' },
      helpUri: 'https://example.org/rules/citation/superseded',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver['rules'][2]['defaultConfiguration']).toEqual({ level: 'note' });
  });

  it('maps results with rule index, level, URI-encoded relative location, region and properties', () => {
    const results = run['results'] as Json[];
    expect(results).toHaveLength(6);
    const info = results[0]!;
    expect(info).toMatchObject({ ruleId: 'format/date-padding', ruleIndex: 2, level: 'note' });
    const loc = info['locations'][0]['physicalLocation'];
    expect(loc['artifactLocation']).toEqual({
      uri: 'k%E1%BA%BF%20ho%E1%BA%A1ch/K%E1%BA%BF%20ho%E1%BA%A1ch%2009%20n%C4%83m%202025.txt',
      uriBaseId: 'SRCROOT',
    });
    expect(decodeURIComponent(loc['artifactLocation']['uri'])).toBe('kế hoạch/Kế hoạch 09 năm 2025.txt');
    expect(loc['region']).toMatchObject({ startLine: 4, startColumn: 30, endLine: 4, endColumn: 31 });
    const docx = results[3]!['locations'][0]['physicalLocation']['artifactLocation']['uri'] as string;
    expect(docx).toBe('B%C3%A1o%20c%C3%A1o%2C%20t%E1%BB%95ng%20h%E1%BB%A3p/KH%2012%3A%20CCHC.docx');
    expect(results[1]!['locations'][0]['physicalLocation']['region']['snippet']['text']).toContain(HOSTILE_SCRIPT);
    expect(results[5]!['properties']).toEqual({ sectionPath: 'III.2', page: 3, excerpt: '@năm 2025' });
    expect(run['originalUriBaseIds']['SRCROOT']['uri']).toBe('file:///srv/ho%20so/');
    const fps = results.map((r) => r['partialFingerprints']['kehoachFinding/v1']);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('reports load errors as tool execution notifications', () => {
    const inv = run['invocations'][0];
    expect(inv['executionSuccessful']).toBe(false);
    expect(inv['toolExecutionNotifications']).toHaveLength(1);
    expect(inv['toolExecutionNotifications'][0]).toMatchObject({ level: 'error', descriptor: { id: 'load/pdf-encrypted' } });
  });

  it('always has results, even when empty', () => {
    const clean = JSON.parse(sarif(EMPTY)) as Json;
    expect(clean['runs'][0]['results']).toEqual([]);
    expect(clean['runs'][0]['invocations'][0]).toEqual({ executionSuccessful: true });
  });

  it('uses a file URI for paths outside the working directory', () => {
    const outside = JSON.parse(sarif(input({ cwd: '/khac' }))) as Json;
    expect(outside['runs'][0]['results'][0]['locations'][0]['physicalLocation']['artifactLocation']).toEqual({
      uri: 'file:///srv/ho%20so/k%E1%BA%BF%20ho%E1%BA%A1ch/K%E1%BA%BF%20ho%E1%BA%A1ch%2009%20n%C4%83m%202025.txt',
    });
  });
});

describe('sarif (Microsoft validator)', () => {
  // In CI the validator must run (.ci/run makes the binary executable): a skipped validation would pass unseen.
  it.runIf(process.env['CI'] === 'true')('the validator is available in CI', () => {
    expect(validator.reason).toBe('');
  });
  const title = validator.bin ? 'passes Sarif.Multitool validate with zero errors' : `SKIPPED: ${validator.reason}`;
  const valid = [
    ['full', input()],
    ['english', input({ lang: 'en' })],
    ['empty', EMPTY],
    ['outside-cwd', input({ cwd: '/khac' })],
  ] as const;
  for (const [name, inp] of valid) toValidate(name, sarif(inp));
  const broken = JSON.parse(sarif(input())) as Json;
  broken['runs'][0]['results'][0]['locations'][0]['physicalLocation']['region']['startLine'] = 0;
  toValidate('broken', JSON.stringify(broken));

  it.skipIf(!validator.bin)(title, () => {
    for (const [name] of valid) {
      const { errors, warnings } = validate(name);
      expect(errors, name).toEqual([]);
      if (warnings.length > 0) console.warn(`[${name}] SARIF validator warnings:\n${warnings.join('\n')}`);
    }
  }, 180_000);

  it.skipIf(!validator.bin)('the validator does catch a broken log (sanity check of the harness)', () => {
    expect(validate('broken').errors.length).toBeGreaterThan(0);
  }, 180_000);
});

// Findings with a mechanical fix (issue 13 item 11): the real pipeline's fix becomes a SARIF `fixes` entry.
describe('sarif (fixes)', () => {
  const text = 'KẾ HOẠCH\nThường xuyên cập nhập thông tin; các cơ quan thựchiện nghiêm.\n';
  const findings = checkText(text).filter((f) => f.ruleId === 'text/misspelling');
  const withFix = { ...CLEAN, path: `${CLEAN.path.replace(/[^/]+$/u, '')}sửa.txt`, findings, warningCount: findings.length };
  const fixInput = input({ results: [withFix] });
  const log = JSON.parse(sarif(fixInput)) as Json;
  const results = log['runs'][0]['results'] as Json[];
  toValidate('fixes', sarif(fixInput));

  it('carries a fixes entry whose replacement region and text are those of the finding', () => {
    expect(findings.map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['cập nhập', 'cập nhật'],
      ['thựchiện', 'thực hiện'],
    ]);
    expect(results).toHaveLength(2);
    for (const [i, r] of results.entries()) {
      const f = findings[i]!;
      const change = r['fixes'][0]['artifactChanges'][0];
      expect(change['artifactLocation']).toEqual(r['locations'][0]['physicalLocation']['artifactLocation']);
      expect(change['replacements'][0]['insertedContent']).toEqual({ text: f.fix!.text });
      expect(change['replacements'][0]['deletedRegion']).toMatchObject({ startLine: f.fix!.line, startColumn: f.fix!.column, endColumn: f.fix!.endColumn });
      expect(r['fixes'][0]['description']['text'].length).toBeGreaterThan(0);
    }
  });
  it('a finding without a fix has no fixes entry', () => {
    const plain = JSON.parse(sarif(input())) as Json;
    expect((plain['runs'][0]['results'] as Json[]).every((r) => r['fixes'] === undefined)).toBe(true);
  });
  it.skipIf(!validator.bin)('passes Sarif.Multitool validate with fixes', () => {
    expect(validate('fixes').errors).toEqual([]);
  }, 180_000);
});
