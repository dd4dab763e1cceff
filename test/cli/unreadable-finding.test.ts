// An unreadable input is an error-level finding of rule load/unreadable: exit 1, one line per problem in every
// format, a SARIF result (and the tool notification), a JUnit failure; no config can switch it off.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/io.js';

const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/plans/seed000.txt'), 'utf8');
const MESSAGE = 'Không đọc được tệp: Tệp rỗng (0 byte).';

function folder(config?: unknown): string {
  const d = mkdtempSync(join(tmpdir(), 'kehoach-unreadable-cli-'));
  writeFileSync(join(d, 'rong.txt'), '');
  writeFileSync(join(d, 'plan.txt'), PLAN);
  if (config !== undefined) writeFileSync(join(d, 'kehoach.config.json'), JSON.stringify(config));
  return d;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('kehoach check: an unreadable input', () => {
  it('is one error line of load/unreadable in stylish and compact, exit 1, with the "could not be read" count', async () => {
    const d = folder();
    const stylish = await run(['check', 'rong.txt', '--jobs', '1'], d);
    expect(stylish.code).toBe(1);
    expect(count(stylish.out, MESSAGE)).toBe(1);
    expect(stylish.out).toContain('load/unreadable');
    expect(stylish.out).toMatch(/Đã kiểm tra 1 tệp \(1 không đọc được\): 1 lỗi/u);
    expect(stylish.err).toContain('1');
    const compact = await run(['check', 'rong.txt', '-f', 'compact', '--jobs', '1'], d);
    expect(compact.out).toBe(`rong.txt:1:1: error load/unreadable ${MESSAGE}\n`);
  });

  it('is a SARIF result (the tool notification is kept) and a JUnit failure, each once', async () => {
    const d = folder();
    const sarif = JSON.parse((await run(['check', 'rong.txt', 'plan.txt', '-f', 'sarif', '--jobs', '1'], d)).out) as {
      runs: { results: { ruleId: string; level: string; message: { text: string }; properties: Record<string, unknown> }[]; invocations: { toolExecutionNotifications: unknown[] }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    const run0 = sarif.runs[0];
    const unreadable = run0?.results.filter((r) => r.ruleId === 'load/unreadable') ?? [];
    expect(unreadable.map((r) => [r.level, r.message.text, r.properties['loadError']])).toEqual([['error', MESSAGE, 'empty']]);
    expect(run0?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
    expect(run0?.tool.driver.rules.map((r) => r.id)).toContain('load/unreadable');
    const junit = (await run(['check', 'rong.txt', '-f', 'junit', '--jobs', '1'], d)).out;
    expect(junit).toMatch(/<testcase classname="rong\.txt" name="load\/unreadable">\s*<failure/u);
    expect(count(junit, 'Tệp rỗng (0 byte).')).toBe(2); // the failure's message attribute and its text
    expect(junit).not.toContain('<error');
  });

  it('every other format shows it once', async () => {
    const d = folder();
    for (const format of ['github', 'markdown', 'html', 'csv']) {
      const out = (await run(['check', 'rong.txt', '-f', format, '--jobs', '1'], d)).out;
      expect([format, count(out, 'Tệp rỗng (0 byte).')]).toEqual([format, 1]);
    }
    const json = JSON.parse((await run(['check', 'rong.txt', '-f', 'json', '--jobs', '1'], d)).out) as {
      summary: { failed: number; errors: number };
      results: { error: { code: string }; findings: { ruleId: string; messageId: string }[] }[];
    };
    expect(json.summary).toMatchObject({ failed: 1, errors: 1 });
    expect(json.results[0]?.error.code).toBe('empty');
    expect(json.results[0]?.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['load/unreadable', 'empty']]);
  });

  it('a config cannot switch it off or lower it: a config problem, exit 2, before any file is checked', async () => {
    for (const setting of ['off', 'warning', { severity: 'info' }]) {
      const r = await run(['check', 'rong.txt', '--jobs', '1'], folder({ rules: { 'load/unreadable': setting } }));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/rules\.load\/unreadable.*không tắt hoặc hạ được/u);
      expect(r.out).toBe('');
    }
    expect((await run(['check', 'rong.txt', '--jobs', '1'], folder({ rules: { 'load/unreadable': 'error' } }))).code).toBe(1);
  });

  it('is listed by `kehoach rules` and explained by `kehoach explain`', async () => {
    const d = folder();
    expect((await run(['rules'], d)).out).toMatch(/^load\/unreadable\s+error\s/mu);
    const explained = await run(['explain', 'load/unreadable'], d);
    expect(explained.code).toBe(0);
    expect(explained.out).toContain('load/unreadable');
  });
});
