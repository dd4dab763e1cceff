// format/pdf-coverage: once per PDF, never on a Word file, not at all with "presentation": false.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx } from './_docx.js';
import { parseBytes } from '../../../src/check.js';
import { runRules } from '../../../src/engine/index.js';
import { RULES } from '../../../src/rules/index.js';
import { ENGINE_DEFAULTS } from '../../_pipeline.js';

const rule = RULES.filter((r) => r.id === 'format/pdf-coverage');
const PDF = join(__dirname, '..', '..', '..', 'fixtures', 'pdf', 'presentation', 'conforming.pdf');

describe('format/pdf-coverage', () => {
  it('one info on a PDF naming what a PDF cannot tell; none with presentation off', async () => {
    const { loaded, doc, facts } = await parseBytes(new Uint8Array(readFileSync(PDF)), PDF, { lang: 'vi', isolate: false });
    const on = runRules(rule, loaded, doc, facts, ENGINE_DEFAULTS);
    expect(on.map((f) => [f.messageId, f.severity])).toEqual([['coverage', 'info']]);
    expect(on[0]?.message).toMatch(/thụt đầu dòng, khoảng cách giữa các đoạn, giãn dòng, theo dõi thay đổi, chữ ẩn/u);
    expect(runRules(rule, loaded, doc, facts, { ...ENGINE_DEFAULTS, presentation: false })).toEqual([]);
  });

  it('nothing on a Word file', async () => {
    expect(await formatFindings(await planDocx(), 'format/pdf-coverage')).toEqual([]);
  });
});
