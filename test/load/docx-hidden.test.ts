// Hidden Word text (w:vanish) is not part of the plan: it is cut before mammoth reads the document, so no rule
// counts it as present (hidden header lines cannot satisfy the header rules).
import { describe, expect, it } from 'vitest';
import { hiddenStyles, stripHiddenRuns } from '../../src/load/docx-hidden.js';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { CONTENT_TYPES, makeZip, RELS } from './helpers.js';
import { checkerOf } from '../../src/checker.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;

function docx(body: string, styles?: string): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
    ...(styles ? [{ name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>` }] : []),
  ]);
}

const texts = async (bytes: Uint8Array): Promise<string[]> =>
  (await loadDocx(bytes, { limits: resolveLimits() })).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('stripHiddenRuns', () => {
  const none = hiddenStyles(undefined);
  it('cuts runs with w:vanish (on, "true", "1"), keeps w:val="0"/"false", the paragraph mark property and rPrChange history', () => {
    const xml = p(run('A') + run('B', '<w:vanish/>') + run('C', '<w:vanish w:val="true"/>') + run('D', '<w:vanish w:val="0"/>') + run('E', '<w:vanish w:val="false"/>'), '<w:rPr><w:vanish/></w:rPr>') +
      p(run('F', '<w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange>'));
    const out = stripHiddenRuns(xml, none);
    expect(out.removed).toBe(2);
    expect(out.xml).not.toMatch(/>B<|>C</u);
    for (const t of ['A', 'D', 'E', 'F']) expect(out.xml).toContain(`>${t}<`);
  });

  it('follows character and paragraph styles (with basedOn) and lets a run show itself again', () => {
    const styles =
      '<w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="AnCon"><w:basedOn w:val="An"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="DoanAn"><w:rPr><w:vanish/></w:rPr></w:style>';
    const hidden = hiddenStyles(`<w:styles ${W}>${styles}</w:styles>`);
    expect([...hidden.styles].sort()).toEqual(['An', 'AnCon', 'DoanAn']);
    const xml = p(run('A', '<w:rStyle w:val="An"/>') + run('B', '<w:rStyle w:val="AnCon"/>') + run('C')) + p(run('D') + run('E', '<w:vanish w:val="0"/>'), '<w:pStyle w:val="DoanAn"/>');
    const out = stripHiddenRuns(xml, hidden);
    expect(out.removed).toBe(3);
    expect(out.xml).toContain('>C<');
    expect(out.xml).toContain('>E<');
  });

  it('leaves XML without hidden text untouched', () => {
    const xml = p(run('A') + run('B', '<w:b/>'));
    expect(stripHiddenRuns(xml, none)).toEqual({ xml, removed: 0 });
  });
});

describe('a .docx with hidden text', () => {
  const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026'];

  it('reads neither the hidden runs nor the paragraphs of a hidden style', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Hidden"><w:rPr><w:vanish/></w:rPr></w:style>';
    const body = p(run('KẾ HOẠCH') + run(' bí mật', '<w:vanish/>')) + p(run('Đoạn ẩn'), '<w:pStyle w:val="Hidden"/>') + p(run('Nội dung hiện'));
    expect(await texts(docx(body, styles))).toEqual(['KẾ HOẠCH', 'Nội dung hiện']);
  });

  it('a header written only in hidden text does not satisfy the header rules', async () => {
    const visible = HEADER.map((l) => p(run(l))).join('');
    const hiddenMotto = HEADER.map((l) => p(run(l, /CỘNG HÒA|Độc lập/u.test(l) ? '<w:vanish/>' : ''))).join('');
    const checker = checkerOf({}, { lang: 'en', isolate: false, today: '2026-01-10' });
    const shown = await checker.checkBytes(docx(visible), 'a.docx');
    const hidden = await checker.checkBytes(docx(hiddenMotto), 'b.docx');
    expect(shown.findings.filter((f) => f.ruleId === 'header/motto')).toEqual([]);
    expect(hidden.findings.filter((f) => f.ruleId === 'header/motto').length).toBeGreaterThan(0);
  });
});
