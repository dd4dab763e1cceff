import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadErrorResult } from '../../../src/check.js';
import { checkerOf, createChecker } from '../../../src/checker.js';
import { validateConfig } from '../../../src/config/load.js';
import { LoadError } from '../../../src/load/types.js';
import { LOAD_ERROR_MESSAGES } from '../../../src/load/messages.js';
import { RULES } from '../../../src/rules/index.js';
import rule from '../../../src/rules/load/unreadable.js';
import { findingsWith } from './_notes.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-unreadable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('load/unreadable', () => {
  it('says why the file could not be read, from the typed load error code, as an error', () => {
    const [f, ...rest] = findingsWith(rule, [{ code: 'unreadable', error: 'corrupt-pdf', detail: 'bad xref' }], { lang: 'en' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'load/unreadable', severity: 'error', messageId: 'corrupt-pdf', span: null });
    expect(f?.message).toBe('Could not read the file: The PDF is corrupt or invalid (bad xref).');
  });
  it('is silent for a file that was read', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'x' }])).toEqual([]);
  });
  it('has one message per load error code', () => {
    expect(Object.keys(rule.messages).sort()).toEqual(Object.keys(LOAD_ERROR_MESSAGES).sort());
  });
  it('an unreadable input is a result with its error and exactly one load/unreadable finding, counted as an error', () => {
    const r = loadErrorResult('a.docx', new LoadError('corrupt-docx', 'end of central directory'), 'vi');
    expect(r.error).toEqual({ code: 'corrupt-docx', message: 'Tệp Word (.docx) bị hỏng hoặc không đầy đủ (chi tiết kỹ thuật: end of central directory). Hãy mở bằng Word và lưu lại, hoặc gửi lại bản đầy đủ.' });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.messageId])).toEqual([['load/unreadable', 'error', 'corrupt-docx']]);
    expect(r.findings[0]?.message).toBe(`Không đọc được tệp: ${r.error?.message ?? ''}`);
    expect(r.errorCount).toBe(1);
    // A cause without a detail reads as before: no empty "()".
    expect(loadErrorResult('x.txt', new LoadError('unreadable'), 'en').findings[0]?.message).toBe('Could not read the file: The file cannot be read.');
  });
  it('cannot be switched off or lowered: a config saying so is a config problem, and the engine keeps it at error', () => {
    for (const setting of ['off', 'warning', 'info', { severity: 'off' }]) {
      const v = validateConfig({ rules: { 'load/unreadable': setting } }, 'k.json', RULES);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems[0]?.path).toMatch(/^rules\.load\/unreadable/u);
    }
    expect(validateConfig({ rules: { 'load/unreadable': 'error' } }, 'k.json', RULES).ok).toBe(true);
    expect(createChecker({ config: { rules: { 'load/unreadable': 'off' } } }).ok).toBe(false);
    expect(findingsWith(rule, [{ code: 'unreadable', error: 'empty' }], { setting: 'off' }).map((f) => f.severity)).toEqual(['error']);
  });
  it('the library API gives the same result, also for a caller that skips config validation', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const checker = checkerOf({ rules: { 'load/unreadable': 'off' } }, { lang: 'en' });
    for (const r of [await checker.checkFile(empty), await checker.checkBytes(new Uint8Array(), empty)]) {
      expect(r.error?.code).toBe('empty');
      expect(r.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['load/unreadable', 'error', 'Could not read the file: The file is empty (0 bytes).']]);
      expect(r.errorCount).toBe(1);
    }
  });
});
