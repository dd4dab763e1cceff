// `kehoach parse --format tree` shows a cover decision and a cut-off text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/check.js';
import { formatTree } from '../../src/cli/tree.js';

const ROOT = join(import.meta.dirname, '../..');

describe('formatTree', () => {
  it('names the decision that issues the plan', async () => {
    const { doc, facts } = await parseFile(join(ROOT, 'fixtures/real/17_tp-hcm-csdl-quy-hoach-qd-2820-2025.md'), { lang: 'vi', isolate: false });
    const tree = formatTree(doc, facts, 'vi');
    expect(tree).toMatch(/Ban hành kèm theo quyết định\n {2}Quyết định: Số: 2820\/QĐ-UBND, ngày 19 tháng 11 năm 2025/u);
    expect(tree).not.toMatch(/bị cắt ở cuối/u);
  });
  it('says when the text is cut off, and nothing of a decision for a plain plan', async () => {
    const { doc, facts } = await parseFile(join(ROOT, 'fixtures/plans/seed004.txt'), { lang: 'en', isolate: false });
    const tree = formatTree(doc, facts, 'en');
    expect(tree).toMatch(/The text is cut off/u);
    expect(tree).not.toMatch(/Issued by a decision/u);
  });
});
