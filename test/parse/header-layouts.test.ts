// The header block in every layout real documents use: stacked, tab- and "|"-separated, flattened into one line,
// hard-wrapped mid-field, Markdown emphasis with "|" and rule lines; a cover decision; and agencyOf.
import { describe, expect, it } from 'vitest';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { parsePlan } from '../../src/parse/index.js';
import { agencyOf, AGENCY_FROM_FOLDER } from '../../src/check.js';
import type { Header, PlanDocument } from '../../src/model/plan.js';
import { checkText, parseText } from '../_pipeline.js';

const BODY = '\nCăn cứ Luật Tổ chức chính quyền địa phương;\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng công việc.\n';

/** The header fields as plain text, for compact expectations. */
function fields(h: Header) {
  return {
    parent: h.parentBody?.text ?? null,
    body: h.issuingBody?.text ?? null,
    nationalName: h.nationalName?.text ?? null,
    motto: h.motto?.text ?? null,
    number: h.documentNumber ? `${h.documentNumber.number ?? ''}/${h.documentNumber.typeCode ?? ''}-${h.documentNumber.issuerCode ?? ''}` : null,
    place: h.place?.text ?? null,
    date: h.issueDate?.iso ?? null,
    type: h.documentType?.text ?? null,
    subject: h.subject?.text ?? null,
  };
}

const headerFindings = (text: string) => checkText(text).filter((f) => f.ruleId.startsWith('header/')).map((f) => `${f.ruleId}:${f.messageId}`);

const UBND = {
  parent: null,
  body: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: '1234/KH-UBND',
  place: 'Quảng Trị',
  date: '2024-03-15',
  type: 'KẾ HOẠCH',
  subject: 'Cải cách hành chính năm 2024',
};

describe('header layouts (.txt)', () => {
  const cases: [string, string][] = [
    [
      'stacked',
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/KH-UBND\nQuảng Trị, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024',
    ],
    [
      'pipe-separated rows',
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc\nSố: 1234/KH-UBND | Quảng Trị, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024',
    ],
    [
      'flattened into one line',
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ Số: 1234/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Quảng Trị, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024',
    ],
    [
      'columns padded with spaces (PDF text)',
      '  ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH QUẢNG TRỊ                    Độc lập - Tự do - Hạnh phúc\n  Số: 1234/KH-UBND              Quảng Trị, ngày 15 tháng 3 năm 2024\n                KẾ HOẠCH\nCải cách hành chính năm 2024',
    ],
    [
      'wrapped: Quốc hiệu, "Số:" / number, place and date',
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:\n1234/KH-UBND\nQuảng Trị, ngày\n15 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024',
    ],
    [
      'Markdown emphasis with "|" separator lines and rules, agency wrapped "**ỦY BAN NHÂN" / "DÂN **"',
      '|\n**ỦY BAN NHÂN\nDÂN **\nTỈNH QUẢNG TRỊ\n-------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n1234/KH-UBND\n|\n*Quảng Trị, ngày\n15 tháng 3 năm 2024*\n|\n\n** **\n\n**KẾ HOẠCH**\n\nCải cách hành chính năm 2024',
    ],
  ];
  it.each(cases)('%s', (_name, head) => {
    const { doc } = parseText(head + BODY);
    expect(fields(doc.header)).toEqual(UBND);
    expect(headerFindings(head + BODY)).toEqual([]);
  });

  it('tab-separated header (a table in the .txt loader) before the title', () => {
    const head =
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 1234/KH-UBND\tQuảng Trị, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024';
    expect(fields(parseText(head + BODY).doc.header)).toEqual(UBND);
    expect(headerFindings(head + BODY)).toEqual([]);
  });

  it('the place across a wrap: "Thừa Thiên" / "Huế, ngày …" and "Thành phố Hồ" / "Chí Minh, ngày …"', () => {
    const hue = parseText('SỞ TƯ PHÁP\nSố: 88/KH-STP\nThừa Thiên\nHuế, ngày 14 tháng 02 năm 2023\nKẾ HOẠCH\nCải cách hành chính' + BODY).doc;
    expect(hue.header.place?.text).toBe('Thừa Thiên Huế');
    expect(hue.header.issueDate?.iso).toBe('2023-02-14');
    const hcm = parseText('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 172/KH-UBND\n*Thành phố Hồ\nChí Minh, ngày 18 tháng 11 năm 2025*\nKẾ HOẠCH\nCải cách hành chính' + BODY).doc;
    expect(hcm.header.place?.text).toBe('Thành phố Hồ Chí Minh');
    expect(hcm.header.issueDate?.raw).toBe('ngày 18 tháng 11 năm 2025');
  });

  it('a place complete on its line does not take the agency line above it', () => {
    const doc = parseText('UBND TỈNH LÀO CAI\nSở Công Thương\nLào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra' + BODY).doc;
    expect(doc.header.place?.text).toBe('Lào Cai');
  });

  it('flattened one-line header of a Sở in mixed case', () => {
    const text = 'Sở Tư pháp Số: 88/KH-STP | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Huế, ngày 14 tháng 02 năm 2023\nKẾ HOẠCH\nCải cách hành chính năm 2023' + BODY;
    const h = parseText(text).doc.header;
    expect(fields(h)).toMatchObject({ body: 'Sở Tư pháp', number: '88/KH-STP', place: 'Huế', date: '2023-02-14', nationalName: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' });
  });

  it('a Sở under its UBND with the Quốc hiệu between them (Word reading order)', () => {
    const h = parseText('UBND TỈNH LÀO CAI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SCT\nLào Cai, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\nKiểm tra' + BODY).doc.header;
    expect([h.parentBody?.text, h.issuingBody?.text]).toEqual(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG']);
  });

  it('spans point at the source text', () => {
    const text = '|\n**ỦY BAN NHÂN\nDÂN **\nTỈNH QUẢNG TRỊ\n|\nSố:\n1234/KH-UBND\n|\n*Quảng Trị, ngày\n15 tháng 3 năm 2024*\n**KẾ HOẠCH**\nCải cách' + BODY;
    const h = parseText(text).doc.header;
    const slice = (r: { span: { start: number; end: number } } | null) => (r ? text.slice(r.span.start, r.span.end) : null);
    expect(slice(h.issuingBody)).toBe('ỦY BAN NHÂN\nDÂN **\nTỈNH QUẢNG TRỊ');
    expect(slice(h.documentNumber)).toBe('Số:\n1234/KH-UBND');
    expect(slice(h.place)).toBe('Quảng Trị');
    expect(slice(h.issueDate)).toBe('Quảng Trị, ngày\n15 tháng 3 năm 2024');
    expect(slice(h.documentType)).toBe('KẾ HOẠCH');
  });

  it('a title wrapped over two lines and a subject wrapped over three', () => {
    const h = parseText('SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\n**KẾ\nHOẠCH**\nTRIỂN KHAI THỰC HIỆN\nCHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH\nNĂM 2025' + BODY).doc.header;
    expect(h.documentType?.text).toBe('KẾ HOẠCH');
    expect(h.subject?.text).toBe('TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH NĂM 2025');
  });

  it('a subject in capitals stops at the first line in sentence case', () => {
    const h = parseText('SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2025\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau\nI. MỤC ĐÍCH').doc.header;
    expect(h.subject?.text).toBe('CẢI CÁCH HÀNH CHÍNH NĂM 2025');
  });

  it('incomplete fields are read as present (their own messages), not missing', () => {
    const text = 'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI\nSố: 09/KH-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính' + BODY;
    expect(headerFindings(text).sort()).toEqual(['header/agency:incomplete', 'header/motto:missingMotto', 'header/motto:nationalNameForm']);
  });

  it('fields absent from the whole zone are missing', () => {
    expect(headerFindings('KẾ HOẠCH\nCải cách hành chính' + BODY).sort()).toEqual([
      'header/agency:missing',
      'header/date:missing',
      'header/motto:missing',
      'header/number:missing',
    ]);
  });

  it('draft stamps and web noise are not an agency', () => {
    const h = parseText('DỰ THẢO\nA- A A+ | Tăng tương phản\nSố: /KH-SNV\nLạng Sơn, ngày tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính' + BODY).doc.header;
    expect(h.issuingBody).toBeNull();
    expect(h.parentBody).toBeNull();
  });
});

const COVER =
  '|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ HỒ CHÍ MINH\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 2820/QĐ-UBND\n|\n*Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025*\n|\n' +
  '**QUYẾT ĐỊNH**\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI\nĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH\n**ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**\n*Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15;*\n*Căn cứ Luật Dữ liệu số 60/2024/QH15;*\n' +
  '**QUYẾT ĐỊNH:**\n**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án cơ sở dữ liệu quy hoạch.\n**Điều 2. **Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n' +
  '*Nơi nhận:*\n- Như Điều 2;\n- Lưu: VT.\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Nguyễn Văn A**\n' +
  '**KẾ HOẠCH**\nTRIỂN KHAI ĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH\n*(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)*\n' +
  '**I. MỤC ĐÍCH, YÊU CẦU**\n1. Mục đích\nXây dựng cơ sở dữ liệu.\n';

describe('a plan issued by a cover decision', () => {
  const { doc } = parseText(COVER);
  it('models the decision with its own header, bases and recipients', () => {
    const cover = doc.coverDecision;
    expect(cover).toBeTruthy();
    expect(fields(cover!.header)).toMatchObject({
      body: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
      number: '2820/QĐ-UBND',
      place: 'Thành phố Hồ Chí Minh',
      date: '2025-11-19',
      type: 'QUYẾT ĐỊNH',
      subject: 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH',
    });
    expect(cover!.attachment?.text).toMatch(/^\(Kèm theo Quyết định số 2820\/QĐ-UBND/u);
    expect(cover!.legalBases.map((b) => b.text)).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15', 'Căn cứ Luật Dữ liệu số 60/2024/QH15']);
    expect(cover!.recipients?.items.length).toBeGreaterThan(0);
    expect(cover!.signature).toMatchObject({ authority: 'KT', signer: { text: 'Nguyễn Văn A' } });
  });
  it('reads the plan from its own KẾ HOẠCH line, without a number of its own', () => {
    expect(doc.header.documentType?.text).toBe('KẾ HOẠCH');
    expect(doc.header.subject?.text).toBe('TRIỂN KHAI ĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH');
    expect(doc.header.documentNumber).toBeNull();
    expect(doc.header.issueDate?.iso).toBe('2025-11-19');
    expect(doc.sections[0]?.title).toMatch(/MỤC ĐÍCH/u);
    expect(doc.legalBases.length).toBe(2);
    expect(doc.recipients).not.toBeNull();
    // The plan signs through its decision.
    expect(doc.signature?.signer?.text).toBe('Nguyễn Văn A');
  });
  it('gives no header finding (no "ký hiệu QĐ không phải của Kế hoạch", no missing number)', () => {
    expect(headerFindings(COVER)).toEqual([]);
  });
  it('checks the decision number as a decision', () => {
    const wrong = COVER.replace('Số: 2820/QĐ-UBND', 'Số: 2820/KH-UBND');
    expect(headerFindings(wrong)).toEqual(['header/number:decisionTypeCode']);
  });
  it('a plain plan mentioning a decision is not a cover decision', () => {
    const plan = parseText('SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện Quyết định số 12/QĐ-UBND' + BODY).doc;
    expect(plan.coverDecision ?? null).toBeNull();
  });
});

describe('agencyOf', () => {
  const agency = (head: string, path = '/data/Lam-Dong/plan.txt') => {
    const bytes = new TextEncoder().encode(head + BODY);
    const { doc } = parseText(head + BODY);
    return agencyOf({ ...doc, source: { ...doc.source, path, bytes: bytes.length } } as PlanDocument);
  };
  it('normalises a people\'s committee with its province', () => {
    expect(agency('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 01/KH-UBND\nKẾ HOẠCH\nCải cách')).toBe('UBND tỉnh Lâm Đồng');
    expect(agency('**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 01/KH-UBND\nKẾ HOẠCH\nCải cách')).toBe('UBND thành phố Hồ Chí Minh');
  });
  it('gives a Sở with the province of its parent', () => {
    expect(agency('UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 01/KH-SCT\nKẾ HOẠCH\nKiểm tra')).toBe('Sở Công Thương tỉnh Lào Cai');
    expect(agency('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ DÂN TỘC VÀ TÔN GIÁO\nSố: 01/KH-SDTTG\nKẾ HOẠCH\nCải cách')).toBe('Sở Dân tộc và Tôn giáo tỉnh Lạng Sơn');
    expect(agency('UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 01/KH-SNV\nKẾ HOẠCH\nCải cách')).toBe('Sở Nội vụ tỉnh Lạng Sơn');
  });
  it('never the bare "ỦY BAN NHÂN DÂN" of another province: a bare name stays short, not a province', () => {
    expect(agency('ỦY BAN NHÂN DÂN\nSố: 01/KH-UBND\nKẾ HOẠCH\nCải cách')).toBe('UBND');
  });
  it('falls back to the folder, and says so', () => {
    expect(agency('KẾ HOẠCH\nNội dung công việc')).toBe(`Lam-Dong${AGENCY_FROM_FOLDER}`);
  });
  it('prefers the body named in the subject to the folder', () => {
    expect(agency('KẾ HOẠCH\nCải cách hành chính của Sở Nội vụ năm 2025')).toBe('Sở Nội vụ');
  });
});

describe('header layouts (.docx)', () => {
  const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const p = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });
  const cell = (texts: string[]) => new TableCell({ children: texts.map((t) => p(t, true)) });
  async function docxOf(rows: string[][][], after: string[]): Promise<PlanDocument> {
    const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
    const document = new Document({ sections: [{ children: [table, ...after.map((t) => p(t))] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const loaded = await loadDocx(bytes, { limits: resolveLimits() });
    return parsePlan(loaded, { path: 'mem.docx', bytes: bytes.length });
  }
  const AFTER = ['KẾ HOẠCH', 'Cải cách hành chính năm 2024', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'I. MỤC ĐÍCH, YÊU CẦU'];

  it('a borderless two-column table, one row per side', async () => {
    const doc = await docxOf(
      [[['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', 'Số: 1234/KH-UBND'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Trị, ngày 15 tháng 3 năm 2024']]],
      AFTER,
    );
    expect(fields(doc.header)).toEqual(UBND);
  });
  it('a two-row table (agency | Quốc hiệu; number | place and date)', async () => {
    const doc = await docxOf(
      [
        [['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
        [['Số: 1234/KH-UBND'], ['Quảng Trị, ngày 15 tháng 3 năm 2024']],
      ],
      AFTER,
    );
    expect(fields(doc.header)).toEqual(UBND);
  });
  it('fields wrapped inside their cells', async () => {
    const doc = await docxOf(
      [
        [['ỦY BAN NHÂN', 'DÂN', 'TỈNH QUẢNG TRỊ'], ['CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
        [['Số:', '1234/KH-UBND'], ['Quảng Trị, ngày', '15 tháng 3 năm 2024']],
      ],
      AFTER,
    );
    expect(fields(doc.header)).toEqual(UBND);
  });
});
