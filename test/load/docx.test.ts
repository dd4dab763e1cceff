import iconv from 'iconv-lite';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { encodeVni } from '../../src/load/vni.js';
import { checkInvariants, fixture, minimalDocx, paragraphs, SEEDS, seedTextLines, squash, tables, code } from './helpers.js';

const limits = resolveLimits();
const load = (bytes: Uint8Array) => loadDocx(bytes, { limits });

describe('docx seeds', () => {
  it.each(SEEDS)('%s: paragraphs read as the .txt, in order (modulo whitespace)', async (seed) => {
    const doc = await load(fixture('docx', `${seed}.docx`));
    checkInvariants(doc);
    expect(doc.format).toBe('docx');
    const got = squash(paragraphs(doc).map((p) => p.text).join(''));
    expect(got).toBe(squash(seedTextLines(seed).join('')));
    for (const p of paragraphs(doc)) if (!p.footnote) expect(p.paragraph).toBeGreaterThan(0);
  });

  it('seed001: layout tables flattened in reading order, footnote placed before the appendix', async () => {
    const doc = await load(fixture('docx', 'seed001.docx'));
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual([
      'Số: /KH-SDT&TG',
      'Bắc Ninh, ngày tháng 7 năm 2025',
      'KẾ HOẠCH',
      'Cải cách hành chính nhà nước của Sở Dân tộc và Tôn giáo',
      '6 tháng cuối năm 2025',
    ]);
    const nn = texts.indexOf('Nơi nhận:');
    expect(texts.slice(nn, nn + 9)).toEqual([
      'Nơi nhận:', '- Chủ tịch UBND tỉnh (b/c);', '- Sở Nội vụ (b/c);', '- Lãnh đạo Sở;', '- Các Phòng CM thuộc Sở;', '- Lưu: VT, VP.',
      'GIÁM ĐỐC', 'Đào Duy Trọng',
      'Thực hiện chế độ báo cáo theo Công văn số 82/SNV-CCHC ngày 10/7/2025 của Sở Nội vụ về việc ban hành kế hoạch CCHC và thực hiện chế độ báo cáo định kỳ công tác CCHC:',
    ]);
    expect(texts[nn + 9]).toBe('Phụ lục');
    const fn = paragraphs(doc).filter((p) => p.footnote);
    expect(fn).toHaveLength(1);
    expect(fn[0]?.footnote).toBe('1');
    expect(doc.text).toContain('(qua Văn phòng Sở)¹ kết quả');
    const heading = paragraphs(doc).find((p) => p.text === 'I. MỤC ĐÍCH, YÊU CẦU');
    expect(heading?.bold).toBe(true);
    expect(paragraphs(doc).find((p) => p.text === 'KẾ HOẠCH')?.align).toBe('center');
    expect(paragraphs(doc).find((p) => p.text.startsWith('Bắc Ninh'))?.italic).toBe(true);
    expect(tables(doc)).toHaveLength(1);
  });

  it('seed001: the appendix has 7 area rows and 32 activity rows, with spans', async () => {
    const doc = await load(fixture('docx', 'seed001.docx'));
    const [table] = tables(doc);
    if (!table) throw new Error('no table');
    expect(table.rows).toHaveLength(40);
    expect(table.rows[0]?.every((c) => c.header)).toBe(true);
    expect(table.rows[0]?.map((c) => c.text)).toEqual(['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Kinh phí (triệu đồng)']);
    const body = table.rows.slice(1);
    const areas = body.filter((r) => r.length === 1 && r[0]?.colSpan === 9);
    expect(areas.map((r) => r[0]?.text.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(body.length - areas.length).toBe(32);
    expect(body.some((r) => r.some((c) => c.rowSpan > 1))).toBe(true);
    // Each activity row has 9 grid columns once spans from above are counted.
    const width = (r: number): number => {
      let w = 0;
      for (let k = 0; k <= r; k++) for (const c of table.rows[k] ?? []) if (k === r || k + c.rowSpan - 1 >= r) w += c.colSpan;
      return w;
    };
    for (let r = 1; r < table.rows.length; r++) expect(width(r), `row ${r}`).toBe(9);
    expect(doc.text.split('\n')).toContain(table.rows[0]?.map((c) => c.text).join('\t'));
  });
});

describe('docx failures', () => {
  it('truncated file → corrupt-docx', async () => {
    expect(await code(load(fixture('broken', 'seed000-truncated.docx')))).toBe('corrupt-docx');
  });

  it('a zip without word/document.xml → corrupt-docx', async () => {
    const { makeZip } = await import('./helpers.js');
    expect(await code(load(makeZip([{ name: 'word/styles.xml', data: '<x/>' }])))).toBe('corrupt-docx');
  });

  it('broken XML → corrupt-docx, never a crash', async () => {
    expect(await code(load(minimalDocx('<w:p><w:r><w:t>cut')))).toBe('corrupt-docx');
  });

  it('declared huge document.xml (zip bomb) → docx-too-large before mammoth runs', async () => {
    const bomb = minimalDocx('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 0xfffffff0);
    expect(await code(load(bomb))).toBe('docx-too-large');
  });

  it('a real 60 MB document.xml in a small zip → docx-too-large', async () => {
    const para = '<w:p><w:r><w:t>Kế hoạch cải cách hành chính</w:t></w:r></w:p>';
    const bomb = minimalDocx(para.repeat(Math.ceil((60 * 1024 * 1024) / para.length)));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await code(load(bomb))).toBe('docx-too-large');
  });
});

describe('docx legacy fonts', () => {
  const tcvn = (s: string): string => iconv.encode(s, 'tcvn').toString('latin1');

  it('converts TCVN3 (.VnTime, .VnTimeH upper case), VNI and style-inherited fonts', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'LegacyBody', name: 'Legacy Body', run: { font: '.VnTime' } }] },
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: tcvn('kế hoạch'), font: '.VnTimeH', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: tcvn('Triển khai Nghị quyết về đổi mới'), font: '.VnTime' })] }),
            new Paragraph({ children: [new TextRun({ text: encodeVni('Độc lập - Tự do - Hạnh phúc'), font: 'VNI-Times' })] }),
            new Paragraph({ style: 'LegacyBody', children: [new TextRun(tcvn('Căn cứ Luật Tổ chức chính quyền địa phương'))] }),
            new Paragraph({ children: [new TextRun({ text: 'Văn bản Unicode', font: 'Times New Roman' })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const loaded = await load(bytes);
    expect(paragraphs(loaded).map((p) => p.text)).toEqual([
      'KẾ HOẠCH',
      'Triển khai Nghị quyết về đổi mới',
      'Độc lập - Tự do - Hạnh phúc',
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'Văn bản Unicode',
    ]);
    expect(paragraphs(loaded)[0]).toMatchObject({ bold: true, align: 'center', paragraph: 1 });
    const codes = loaded.warnings.map((w) => w.code);
    expect(codes).toContain('legacy-font-converted');
    expect(codes).not.toContain('legacy-font-unconverted');
  });

  it('warns for a legacy font it cannot convert', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Ke\u00e1 hoa\u00efch', font: 'VPS Times' })] })] }] });
    const loaded = await load(new Uint8Array(await Packer.toBuffer(doc)));
    expect(loaded.warnings.map((w) => w.code)).toContain('legacy-font-unconverted');
  });
});
