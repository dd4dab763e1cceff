// The footer block (recipients and signature) in every layout real plans use, and the cut-off text detection.
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { parsePlan } from '../../src/parse/index.js';
import type { PlanDocument } from '../../src/model/plan.js';
import { parseText } from '../_pipeline.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÀ GIANG',
  'Số: 15/KH-UBND',
  'Hà Giang, ngày 03 tháng 02 năm 2026',
  'KẾ HOẠCH',
  'Chuyển đổi số năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao chất lượng dịch vụ công trực tuyến.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Các sở, ngành nghiêm túc triển khai thực hiện./.',
].join('\n');

const plan = (footer: string): PlanDocument => parseText(`${HEAD}\n${footer}\n`).doc;

/** The parts a reader checks: item texts, the filing line, the authority, the title lines and the signer. */
function footerOf(doc: PlanDocument) {
  return {
    items: doc.recipients?.items.map((i) => i.text) ?? null,
    archive: doc.recipients?.archive?.text ?? null,
    authority: doc.signature?.authority ?? null,
    titles: doc.signature?.titleLines.map((t) => t.text) ?? null,
    signer: doc.signature?.signer?.text ?? null,
  };
}

const UBND = {
  items: ['- Bộ Khoa học và Công nghệ;', '- Thường trực Tỉnh ủy;'],
  archive: '- Lưu: VT, KGVX.',
  authority: 'TM',
  titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signer: 'Lò Văn Pháo',
};

describe('footer layouts', () => {
  it('stacked: recipients, then the signature', () => {
    const doc = plan('Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo');
    expect(footerOf(doc)).toEqual(UBND);
    expect(doc.truncated).toBeUndefined();
  });

  it('side-by-side table read right cell first: the signature stands above "Nơi nhận"', () => {
    const doc = plan('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo\nNơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KGVX.');
    expect(footerOf(doc)).toEqual(UBND);
    // The signature is not read as body text.
    expect(doc.sections.flatMap((s) => s.children.map((c) => c.title)).join(' ')).not.toContain('ỦY BAN');
  });

  it('side-by-side rows read left cell then right cell, interleaved (Word table row by row)', () => {
    const doc = plan('Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo');
    expect(footerOf(doc)).toEqual(UBND);
  });

  it('Markdown rendition: | separators, bold, wrapped authority, signer on the last line', () => {
    const doc = plan('|\nNơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KGVX.\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Lò Văn Pháo**\n|');
    expect(footerOf(doc)).toEqual(UBND);
  });

  it('wrapped authority at another place ("TM. ỦY BAN" / "NHÂN DÂN"), italic heading, chủ tịch signing himself', () => {
    const doc = plan('*Nơi nhận:*\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT, KGVX.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nCHỦ TỊCH\n**Lò Văn Pháo**');
    expect(footerOf(doc)).toMatchObject({ authority: 'TM', titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Lò Văn Pháo', archive: '- Lưu: VT, KGVX.' });
  });

  it('one line with | cells: "Nơi nhận: … | TM. … | signer"', () => {
    const doc = plan('Nơi nhận: - Bộ Khoa học và Công nghệ; - Thường trực Tỉnh ủy; - Lưu: VT, KGVX. | TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Lò Văn Pháo');
    expect(footerOf(doc)).toEqual(UBND);
  });

  it('joined paragraphs (a Markdown loader joining hard-wrapped lines)', () => {
    const doc = plan('Nơi nhận: - Bộ Khoa học và Công nghệ; - Thường trực Tỉnh ủy; - Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Pháo');
    expect(footerOf(doc)).toEqual(UBND);
  });

  it('joined paragraphs: the list item swallows the signature cell ("- Lưu: VT. | TM. … Name |")', () => {
    const doc = plan('Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KGVX. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Pháo |');
    expect(footerOf(doc)).toEqual(UBND);
  });

  it('list items without a leading dash (list markers dropped by a loader)', () => {
    const doc = plan('Nơi nhận:\nBộ Khoa học và Công nghệ;\nThường trực Tỉnh ủy;\nLưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo');
    expect(footerOf(doc)).toEqual({ ...UBND, items: ['Bộ Khoa học và Công nghệ;', 'Thường trực Tỉnh ủy;'], archive: 'Lưu: VT, KGVX.' });
  });

  it('recipients with notes, a wrapped item and a wrapped filing line', () => {
    const doc = plan(
      'Nơi nhận:\n- Văn phòng Chính phủ *(để báo cáo)*\n- Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên địa bàn\ntỉnh;\n- VPUB: CVP, các PCVP,\ncác phòng: TH, KGVX;\n- Lưu: VT, KTNS,\nKGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo',
    );
    expect(footerOf(doc)).toEqual({
      items: [
        '- Văn phòng Chính phủ (để báo cáo)',
        '- Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên địa bàn tỉnh;',
        '- VPUB: CVP, các PCVP, các phòng: TH, KGVX;',
      ],
      archive: '- Lưu: VT, KTNS, KGVX.',
      authority: 'KT',
      titles: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      signer: 'Lò Văn Pháo',
    });
  });

  it('text columns on one line (a PDF read with its layout): "Nơi nhận:      T/M. ĐOÀN KIỂM TRA"', () => {
    const doc = plan(
      [
        'Nơi nhận:                                   T/M. ĐOÀN KIỂM TRA',
        '- Giám đốc Sở (để báo cáo);',
        '- Văn phòng Sở (bố trí kinh phí, phương          TRƯỞNG ĐOÀN',
        'tiện phục vụ Đoàn);',
        '- Lưu: VT, QLCN.',
        'Trần Văn Bình',
        'PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG',
      ].join('\n'),
    );
    expect(footerOf(doc)).toEqual({
      items: ['- Giám đốc Sở (để báo cáo);', '- Văn phòng Sở (bố trí kinh phí, phương tiện phục vụ Đoàn);'],
      archive: '- Lưu: VT, QLCN.',
      authority: 'TM',
      titles: ['T/M. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN'],
      signer: 'Trần Văn Bình',
    });
  });

  it('a seal note "(Đã ký)" and the signer in emphasis', () => {
    const doc = plan('Nơi nhận:\n- Các sở;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\n__Nguyễn Thị Hoa__');
    expect(footerOf(doc)).toMatchObject({ authority: 'KT', titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Thị Hoa' });
  });

  it('a signer name with an apostrophe (ethnic minority names)', () => {
    expect(footerOf(plan('Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nH\'Hen Niê')).signer).toBe("H'Hen Niê");
  });

  it('Q., TL. and TUQ. authorities', () => {
    expect(footerOf(plan('Nơi nhận:\n- Lưu: VT.\nQ. GIÁM ĐỐC\nNguyễn Thị Hoa')).authority).toBe('Q');
    expect(footerOf(plan('Nơi nhận:\n- Lưu: VT.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Thị Hoa'))).toMatchObject({
      authority: 'TL',
      titles: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
    });
    expect(footerOf(plan('Nơi nhận:\n- Lưu: VT.\nTUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH\nNguyễn Thị Hoa')).authority).toBe('TUQ');
  });

  it('an appendix after the signature is not part of the footer', () => {
    const doc = plan('Nơi nhận:\n- Các sở;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pháo\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 03/02/2026)\n1. Số hóa hồ sơ');
    expect(footerOf(doc)).toMatchObject({ titles: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer: 'Lò Văn Pháo', archive: '- Lưu: VT.' });
    expect(doc.appendices).toHaveLength(1);
  });

  it('two signature blocks: the first complete one is the signature', () => {
    const doc = plan('Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thị Hoa\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Văn Bình');
    expect(footerOf(doc)).toMatchObject({ titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Thị Hoa' });
  });

  it('negative: a capitalised heading in the body is not a signature, a body sentence is not a recipient', () => {
    const doc = plan('III. KINH PHÍ THỰC HIỆN\nKinh phí bố trí từ ngân sách tỉnh.');
    expect(doc.signature).toBeNull();
    expect(doc.recipients).toBeNull();
    // "Nơi nhận hồ sơ" in the body is not the recipients heading.
    expect(plan('Nơi nhận hồ sơ là Bộ phận một cửa của tỉnh.').recipients).toBeNull();
  });

  it('.docx: a borderless two-column footer table (Nơi nhận | signature)', async () => {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
    const p = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })] });
    const body = HEAD.split('\n').map((t) => p(t));
    const table = new Table({
      borders,
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              borders,
              children: [p('Nơi nhận:', { bold: true, italics: true }), p('- Bộ Khoa học và Công nghệ;'), p('- Thường trực Tỉnh ủy;'), p('- Lưu: VT, KGVX.')],
            }),
            new TableCell({
              borders,
              children: [p('TM. ỦY BAN NHÂN DÂN', { bold: true }), p('KT. CHỦ TỊCH', { bold: true }), p('PHÓ CHỦ TỊCH', { bold: true }), p(''), p('Lò Văn Pháo', { bold: true })],
            }),
          ],
        }),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [...body, table] }] })));
    const loaded = await loadDocx(bytes, { limits: resolveLimits() });
    const doc = parsePlan(loaded, { path: 'mem.docx', bytes: bytes.length });
    expect(footerOf(doc)).toEqual(UBND);
    expect(doc.truncated).toBeUndefined();
  });
});

describe('cut-off text', () => {
  const body = (last: string) => parseText(`${HEAD.split('\n').slice(0, 9).join('\n')}\n${last}\n`).doc;

  it('a text that stops mid-word with no closing block is truncated', () => {
    expect(body('1. Các sở, ngành chủ trì triển khai thực hi').truncated).toBe(true);
    expect(body('2. Báo cáo kết quả trước ngày 12/10/202').truncated).toBe(true);
  });
  it('a web page\'s trailing menu does not hide the cut', () => {
    expect(parseText(`${HEAD.split('\n').slice(0, 9).join('\n')}\n1. Các sở triển khai thực hi\nTin liên quan\nnoData\n`).doc.truncated).toBe(true);
  });
  it('negative: a plan ending "./." is complete', () => {
    expect(body('Các sở, ngành nghiêm túc triển khai thực hiện./.').truncated).toBeUndefined();
  });
  it('negative: a plan with a signature, or with "Nơi nhận", is complete even if its last line has no stop', () => {
    expect(plan('Nơi nhận:\n- Các sở\nGIÁM ĐỐC\nNguyễn Thị Hoa').truncated).toBeUndefined();
    expect(body('Các sở triển khai thực hiện\nNơi nhận:\n- Các sở').truncated).toBeUndefined();
  });
  it('negative: a last line ending in final punctuation, a capitalised heading or a short fragment', () => {
    expect(body('1. Các sở, ngành chủ trì triển khai thực hiện.').truncated).toBeUndefined();
    expect(body('III. KINH PHÍ THỰC HIỆN').truncated).toBeUndefined();
    expect(body('Trân trọng').truncated).toBeUndefined();
  });
});
