// The presentation group: switched off by the config, never run on text formats, shown by `kehoach rules`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerOf, createChecker } from '../../../src/checker.js';
import { RULES } from '../../../src/rules/index.js';
import { planDocx } from './_docx.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the presentation group', () => {
  it('every format/ rule is in the group and runs on Word and PDF files only (the coverage note on PDF only)', () => {
    const format = RULES.filter((r) => r.id.startsWith('format/'));
    expect(format.length).toBe(10);
    for (const r of format) expect([r.meta.group, r.meta.formats]).toEqual(['presentation', r.id === 'format/pdf-coverage' ? ['pdf'] : ['docx', 'pdf']]);
    expect(RULES.filter((r) => r.meta.group === 'presentation').length).toBe(format.length);
  });

  it('config "presentation": false turns it off; the default runs it', async () => {
    const bytes = await planDocx({ motto: { size: 24 }, revisions: true });
    const on = await checkerOf({}, { lang: 'vi', isolate: false }).checkBytes(bytes, 'plan.docx');
    const off = await checkerOf({ presentation: false }, { lang: 'vi', isolate: false }).checkBytes(bytes, 'plan.docx');
    expect(on.findings.filter((f) => f.ruleId.startsWith('format/')).length).toBe(5);
    expect(off.findings.filter((f) => f.ruleId.startsWith('format/'))).toEqual([]);
    expect(off.findings.length).toBe(on.findings.length - 5);
  });

  it('the config key is validated', () => {
    expect(createChecker({ config: { presentation: false } }).ok).toBe(true);
    expect(createChecker({ config: { presentation: 'no' } }).ok).toBe(false);
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))('`kehoach rules` shows the group', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'rules'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^format\/font\s+warning\s+\[presentation: docx, pdf\] /mu);
    expect(r.stdout).toMatch(/^header\/motto\s+error\s+Văn bản/mu);
  });
});
