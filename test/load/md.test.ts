// The Markdown loader: CommonMark + GFM tables laid out as the shared LoadedDocument, locations in the .md source.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureGrowth } from '../_growth.js';
import { discover } from '../../src/batch/discover.js';
import { Locator } from '../../src/engine/locate.js';
import { runRules } from '../../src/engine/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { loadDocument } from '../../src/load/index.js';
import { loadMd } from '../../src/load/md.js';
import { looksMarkdown, sniffFormat } from '../../src/load/sniff.js';
import { LoadError, type LoadedDocument, type ParagraphBlock, type TableBlock } from '../../src/load/types.js';
import type { Finding } from '../../src/model/finding.js';
import { parsePlan } from '../../src/parse/index.js';
import { RULES } from '../../src/rules/index.js';
import { toSourceOffset } from '../../src/text/normalize.js';
import { ENGINE_DEFAULTS } from '../_pipeline.js';
import { ensureBuilt, ROOT, tempDir } from '../batch/_helpers.js';
import { fixture, projectModel, SEEDS } from './helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const md = (s: string): LoadedDocument => loadMd(enc(s));
const paras = (d: LoadedDocument): string[] =>
  d.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);

/** The contract every loader keeps: block text is its slice of `text`, one paragraph per line, cells tab-joined. */
function expectContract(d: LoadedDocument): void {
  for (const b of d.blocks) {
    if (b.kind === 'paragraph') {
      expect(d.text.slice(b.start, b.end)).toBe(b.text);
      expect(b.text).not.toMatch(/[\n\t]/u);
      expect(b.text).toBe(b.text.trim());
    } else {
      for (const row of b.rows) for (const c of row) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    }
  }
}

/** Line and column (1-based) in the source of a text offset, through the loader's map. */
function sourceLineCol(d: LoadedDocument, offset: number): { line: number; column: number } {
  const src = toSourceOffset(d.map, offset);
  const before = d.source.slice(0, src);
  const line = before.split('\n').length;
  return { line, column: src - (before.lastIndexOf('\n') + 1) + 1 };
}

function sourceLineOf(source: string, needle: string): number {
  const i = source.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return source.slice(0, i).split('\n').length;
}

describe('Markdown blocks', () => {
  it('joins the hard-wrapped lines of a paragraph with one space', () => {
    const d = md('Căn cứ Luật Tổ chức chính quyền địa phương ngày\n16 tháng 6 năm 2025 của Quốc hội;\n\nĐoạn thứ hai\nđược gói dòng.\n');
    expect(paras(d)).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 của Quốc hội;', 'Đoạn thứ hai được gói dòng.']);
    expect(d.text).toBe(paras(d).join('\n'));
    expectContract(d);
  });

  it('keeps paragraph boundaries that a wrapped layout leaves without a blank line', () => {
    const d = md(
      [
        'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
        '**I. MỤC ĐÍCH, YÊU CẦU**',
        '**1. Mục',
        'đích**',
        'Xác định phạm vi, trách nhiệm; phân công nhiệm vụ',
        'cho các sở, ban, ngành.',
        'a) Triển khai kịp thời.',
        'PHÒNG THỦ DÂN SỰ',
        'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025',
        'của Thủ tướng Chính phủ.',
      ].join('\n'),
    );
    expect(paras(d)).toEqual([
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'Xác định phạm vi, trách nhiệm; phân công nhiệm vụ cho các sở, ban, ngành.',
      'a) Triển khai kịp thời.',
      'PHÒNG THỦ DÂN SỰ',
      'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ.',
    ]);
    expectContract(d);
  });

  it('does not split a wrapped sentence at a number or a capital word', () => {
    const d = md('hoàn thành trong năm\n2025. Giao Sở Tài chính theo dõi, tổng hợp\nVăn phòng UBND tỉnh phối hợp\n');
    expect(paras(d)).toEqual(['hoàn thành trong năm 2025. Giao Sở Tài chính theo dõi, tổng hợp Văn phòng UBND tỉnh phối hợp']);
    // A wrapped title in capitals: a short first line before a long one is a wrap.
    const t = md('TRIỂN KHAI THỰC HIỆN\nCHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC\n');
    expect(paras(t)).toEqual(['TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC']);
  });

  it('turns whole-paragraph emphasis into bold/italic hints, not partial emphasis', () => {
    const d = md('**KẾ HOẠCH**\n\n*(Kèm theo Kế hoạch số 21/KH-STP)*\n\nMột **phần** in đậm.\n\n***Cả hai***\n');
    const blocks = d.blocks as ParagraphBlock[];
    expect(blocks.map((b) => [b.text, b.bold ?? false, b.italic ?? false])).toEqual([
      ['KẾ HOẠCH', true, false],
      ['(Kèm theo Kế hoạch số 21/KH-STP)', false, true],
      ['Một phần in đậm.', false, false],
      ['Cả hai', true, true],
    ]);
  });

  it('keeps list markers ("-" for every bullet, numbers as written) and nests lists', () => {
    const d = md('Nơi nhận:\n- Bộ Tư pháp;\n* Lãnh đạo Sở;\n+ Các phòng;\n\n1. Văn phòng Sở\n2) Các phòng chuyên môn\n   - đôn đốc thực hiện\n');
    expect(paras(d)).toEqual(['Nơi nhận:', '- Bộ Tư pháp;', '- Lãnh đạo Sở;', '+ Các phòng;', '1. Văn phòng Sở', '2) Các phòng chuyên môn', '- đôn đốc thực hiện']);
    expectContract(d);
  });

  it('puts back into its sentence a wrapped line that CommonMark read as a bullet', () => {
    const d = md('chuỗi giá trị nông nghiệp từ sản xuất\n- quản lý - tiêu thụ - truy xuất\nnăng; hiện đại hóa.\n');
    expect(paras(d)).toEqual(['chuỗi giá trị nông nghiệp từ sản xuất - quản lý - tiêu thụ - truy xuất năng; hiện đại hóa.']);
    // A real list after a sentence stays a list, and so does a capitalised item.
    expect(paras(md('Nhiệm vụ như sau:\n- rà soát văn bản;\n- báo cáo.\n'))).toEqual(['Nhiệm vụ như sau:', '- rà soát văn bản;', '- báo cáo.']);
    expect(paras(md('Các đơn vị gồm\n- Sở Tư pháp;\n'))).toEqual(['Các đơn vị gồm', '- Sở Tư pháp;']);
  });

  it('reads a GFM table as a table block with its cells and header row', () => {
    const d = md('Phụ lục\n\n| TT | Nhiệm vụ | Thời gian |\n|---|:---|---:|\n| 1 | Rà soát **văn bản** | Quý I/2026 |\n| 2 | Báo cáo<br>tổng hợp | |\n');
    const table = d.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table).toBeDefined();
    const rows = (table as TableBlock).rows;
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['TT', 'Nhiệm vụ', 'Thời gian'],
      ['1', 'Rà soát văn bản', 'Quý I/2026'],
      ['2', 'Báo cáo tổng hợp', ''],
    ]);
    expect(rows[0]?.every((c) => c.header)).toBe(true);
    expect(rows[1]?.some((c) => c.header)).toBe(false);
    expect(rows[2]?.[1]?.paragraphs).toEqual(['Báo cáo', 'tổng hợp']);
    expect(d.text).toBe('Phụ lục\nTT\tNhiệm vụ\tThời gian\n1\tRà soát văn bản\tQuý I/2026\n2\tBáo cáo tổng hợp\t');
    expectContract(d);
  });

  it('reads a GFM layout table (number | place and date) as paragraphs, like a Word layout table', () => {
    const d = md('| SỞ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 21/KH-STP | Cao Bằng, ngày 12 tháng 01 năm 2026 |\n');
    expect(d.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(paras(d)).toEqual(['SỞ TƯ PHÁP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 21/KH-STP', 'Cao Bằng, ngày 12 tháng 01 năm 2026']);
  });

  it('reads a header table flattened between lone "|" lines: one paragraph per cell line, setext text kept', () => {
    const src = [
      '|',
      '**UBND TỈNH CAO BẰNG**',
      '**SỞ TƯ PHÁP**',
      '-------',
      '|',
      '**CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      '|',
      'Số:',
      '21/KH-STP',
      '|',
      '*Cao Bằng, ngày 12',
      'tháng 01 năm 2026*',
      '|',
      '',
      '** **',
      '',
      '**KẾ HOẠCH**',
    ].join('\n');
    const d = md(src);
    expect(paras(d)).toEqual([
      'UBND TỈNH CAO BẰNG',
      'SỞ TƯ PHÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 21/KH-STP',
      'Cao Bằng, ngày 12 tháng 01 năm 2026',
      'KẾ HOẠCH',
    ]);
    expect(d.text).not.toMatch(/[|*]|---/u);
    expectContract(d);
  });

  it('removes unmatched emphasis delimiters and joins the lines they span; keeps a star that is a symbol', () => {
    const d = md('|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH BẮC NINH\n-------\n\n|\n**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n|\n');
    expect(paras(d)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
    expect((d.blocks[2] as ParagraphBlock).bold).toBe(true);
    expect(paras(md('*Đơn vị chủ trì: *Sở Nội vụ.\n'))).toEqual(['Đơn vị chủ trì: Sở Nội vụ.']);
    expect(paras(md('Chỉ tiêu (*) đạt.\n'))).toEqual(['Chỉ tiêu (*) đạt.']);
    expect(paras(md('Diện tích 5 * 3 m.\n'))).toEqual(['Diện tích 5 * 3 m.']);
    expect(paras(md('Escaped \\*\\* stars stay.\n'))).toEqual(['Escaped ** stars stay.']);
  });

  it('leaks no markup: HTML, links, images, code spans, entities', () => {
    const d = md(
      [
        '<!-- ghi chú của trang web -->',
        '<div class="x"><p>Đoạn <b>trong</b> HTML &amp; thực thể</p></div>',
        '',
        'Xem [Cổng thông tin](https://example.gov.vn "tiêu đề") và ![logo](logo.png) <span>văn bản</span> `mã` &nbsp;hết.',
        '',
        '[tham chiếu][1]',
        '',
        '[1]: https://example.gov.vn',
      ].join('\n'),
    );
    expect(paras(d)).toEqual(['Đoạn trong HTML & thực thể', 'Xem Cổng thông tin và  văn bản mã  hết.', 'tham chiếu']);
    expect(d.text).not.toMatch(/[<>[\]()]|https?:|logo|&amp;|!/u);
    expectContract(d);
  });

  it('drops thematic breaks, keeps ATX headings, blockquotes and code lines as paragraphs', () => {
    const d = md('# KẾ HOẠCH\n\n---\n\n> Trích dẫn\n> hai dòng\n\n    dòng thụt lề\n\n```\nmã 1\n```\n');
    expect(paras(d)).toEqual(['KẾ HOẠCH', 'Trích dẫn hai dòng', 'dòng thụt lề', 'mã 1']);
  });
});

describe('Word tables flattened into lone "|" lines', () => {
  const tableOf = (d: LoadedDocument): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const cells = (t: TableBlock): string[][] => t.rows.map((r) => r.map((c) => c.text));
  /** A flattened table: "|" before each cell and after a row's last, so two "|" lines between rows. */
  const flat = (rows: string[][]): string =>
    rows.map((r) => ['|', ...r.flatMap((c) => (c === '' ? ['|'] : [c, '|']))].join('\n')).join('\n');

  it('rebuilds a task table: header row, one-cell area row, wrapped and bold cells, empty cell', () => {
    const src = [
      'Phụ lục',
      '',
      flat([
        ['**TT**', '**Nhiệm vụ**', '**Chủ trì**', '**Phối hợp**', '**Thời hạn**'],
        ['**I. HOÀN THIỆN\nTHỂ CHẾ**'],
        ['1', 'Rà soát quy chế\nphối hợp liên ngành', 'Sở Nội vụ', 'Các sở, ngành', 'Quý III/2026'],
        ['2', 'Xây dựng **bộ chỉ số**\nđánh giá', 'Sở Tài chính', '', 'Tháng 12/2026'],
      ]),
      '',
      'Ghi chú: bảng trên là ví dụ.',
    ].join('\n');
    const d = md(src);
    const [table, ...more] = tableOf(d);
    expect(more).toEqual([]);
    expect(cells(table as TableBlock)).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
      ['I. HOÀN THIỆN THỂ CHẾ'],
      ['1', 'Rà soát quy chế phối hợp liên ngành', 'Sở Nội vụ', 'Các sở, ngành', 'Quý III/2026'],
      ['2', 'Xây dựng bộ chỉ số đánh giá', 'Sở Tài chính', '', 'Tháng 12/2026'],
    ]);
    const rows = (table as TableBlock).rows;
    expect(rows[0]?.every((c) => c.header)).toBe(true);
    expect(rows[2]?.some((c) => c.header)).toBe(false);
    // The area heading spans the table, as a merged Word cell does in the .docx route.
    expect(rows[1]?.[0]?.colSpan).toBe(5);
    expect(rows[2]?.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
    expect(d.text).toBe(
      'Phụ lục\nTT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời hạn\nI. HOÀN THIỆN THỂ CHẾ\n' +
        '1\tRà soát quy chế phối hợp liên ngành\tSở Nội vụ\tCác sở, ngành\tQuý III/2026\n' +
        '2\tXây dựng bộ chỉ số đánh giá\tSở Tài chính\t\tTháng 12/2026\nGhi chú: bảng trên là ví dụ.',
    );
    expect(paras(d)).toEqual(['Phụ lục', 'Ghi chú: bảng trên là ví dụ.']);
    expectContract(d);
  });

  it('reads a number | title row as an area heading and a short row as cells merged down from above', () => {
    const d = md(
      flat([
        ['**STT**', '**Nội dung**', '**Đơn vị thực hiện**', '**Thời gian**'],
        ['**II**', '**ỨNG DỤNG CÔNG NGHỆ**'],
        ['1', 'Số hóa hồ sơ lưu trữ', 'Trung tâm Lưu trữ', 'Năm 2027'],
        ['Kiểm tra chất lượng dữ liệu', 'Văn phòng'],
        ['2', 'Tập huấn kỹ năng số', 'Trường Chính trị', 'Quý IV/2026'],
      ]),
    );
    const rows = (tableOf(d)[0] as TableBlock).rows;
    expect(rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [['STT', 1, 1], ['Nội dung', 1, 1], ['Đơn vị thực hiện', 1, 1], ['Thời gian', 1, 1]],
      [['II', 1, 1], ['ỨNG DỤNG CÔNG NGHỆ', 3, 1]],
      // The row below has no number and no deadline: Word merged them down from this row.
      [['1', 1, 2], ['Số hóa hồ sơ lưu trữ', 1, 1], ['Trung tâm Lưu trữ', 1, 1], ['Năm 2027', 1, 2]],
      [['Kiểm tra chất lượng dữ liệu', 1, 1], ['Văn phòng', 1, 1]],
      [['2', 1, 1], ['Tập huấn kỹ năng số', 1, 1], ['Trường Chính trị', 1, 1], ['Quý IV/2026', 1, 1]],
    ]);
    expectContract(d);
  });

  it('tells empty cells from row boundaries by the table width', () => {
    // Two empty trailing cells, then the row boundary: four "|" lines in a row.
    const d = md(
      flat([
        ['**TT**', '**Nhiệm vụ**', '**Chủ trì**', '**Kết quả**', '**Kinh phí**'],
        ['1', 'Khảo sát hiện trạng', 'Sở Xây dựng', '', ''],
        ['2', 'Lập báo cáo', 'Sở Xây dựng', 'Báo cáo', 'Ngân sách tỉnh'],
      ]),
    );
    expect(cells(tableOf(d)[0] as TableBlock)).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Kết quả', 'Kinh phí'],
      ['1', 'Khảo sát hiện trạng', 'Sở Xây dựng', '', ''],
      ['2', 'Lập báo cáo', 'Sở Xây dựng', 'Báo cáo', 'Ngân sách tỉnh'],
    ]);
  });

  it('keeps the two-column header and footer layout tables as paragraphs, also right before a table', () => {
    const src = [
      flat([
        ['**UBND XÃ TÂN AN**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc'],
        ['Số: 05/KH-UBND', '*Tân An, ngày 02 tháng 3 năm 2026*'],
      ]),
      '',
      'Nội dung kế hoạch.',
      '',
      // A footer row, the appendix title and the table with no blank line between them.
      '|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nCHỦ TỊCH\nLê Văn Bình\n|',
      'PHỤ LỤC',
      flat([
        ['**TT**', '**Nhiệm vụ**', '**Chủ trì**'],
        ['1', 'Kiểm kê đất công', 'Công chức địa chính'],
        ['2', 'Rà soát hộ nghèo', 'Công chức văn hóa - xã hội'],
      ]),
    ].join('\n');
    const d = md(src);
    const tables = tableOf(d);
    expect(tables.length).toBe(1);
    expect(cells(tables[0] as TableBlock)[0]).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì']);
    expect(paras(d)).toEqual([
      'UBND XÃ TÂN AN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Tân An, ngày 02 tháng 3 năm 2026',
      'Nội dung kế hoạch.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Lê Văn Bình',
      'PHỤ LỤC',
    ]);
    expectContract(d);
  });

  it('leaves "|" runs that are not clearly a data table as paragraphs', () => {
    // Two rows only.
    const twoRows = md(flat([['**TT**', '**Nhiệm vụ**', '**Chủ trì**'], ['1', 'Kiểm kê', 'Địa chính']]));
    // No header row of short bold cells.
    const noHeader = md(flat([['TT', 'Nhiệm vụ', 'Chủ trì'], ['1', 'Kiểm kê', 'Địa chính'], ['2', 'Rà soát', 'Văn hóa']]));
    // Two columns only.
    const narrow = md(flat([['**Bên A**', '**Bên B**'], ['Ông X', 'Bà Y'], ['Ký', 'Ký']]));
    for (const [d, cell] of [[twoRows, 'Kiểm kê'], [noHeader, 'Rà soát'], [narrow, 'Ông X']] as const) {
      expect(tableOf(d)).toEqual([]);
      expect(paras(d)).toContain(cell);
      expectContract(d);
    }
  });

  it('maps every cell to its source line, also on a wrapped cell line', () => {
    const bytes = fixture('md', 'flattened-table.md');
    const d = loadMd(bytes);
    const source = d.source;
    const table = tableOf(d)[0] as TableBlock;
    // Cells come in source order: each is found after the one before.
    let from = source.indexOf('**STT**');
    const lineOfNeedle = (needle: string): number => {
      const i = source.indexOf(needle, from);
      expect(i).toBeGreaterThanOrEqual(0);
      from = i + needle.length;
      return source.slice(0, i).split('\n').length;
    };
    let checked = 0;
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell.text === '') continue;
        expect(sourceLineCol(d, cell.start).line).toBe(lineOfNeedle(cell.text.split(' ').slice(0, 2).join(' ')));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // A word on the second source line of a wrapped cell.
    const wrapped = d.text.indexOf('các luật mới có hiệu lực');
    expect(sourceLineCol(d, wrapped).line).toBe(sourceLineOf(source, 'các luật mới có hiệu lực'));
  });

  it('gives the parser the tasks of a flattened appendix table (area, lead, partners, deadline)', async () => {
    const bytes = fixture('md', 'flattened-table.md');
    const loaded = await loadDocument(bytes, { path: 'flattened-table.md', isolate: false });
    const plan = parsePlan(loaded, { path: 'flattened-table.md', bytes: bytes.length });
    expect(plan.tables.length).toBe(1);
    expect(plan.tasks.map((t) => [t.at, t.area?.text, t.lead?.text ?? null, t.partners?.text ?? null, t.deadline?.text ?? null])).toEqual([
      ['I.1', 'I. PHỔ BIẾN VĂN BẢN MỚI', 'Phòng Phổ biến, giáo dục pháp luật', 'Văn phòng Sở', 'Quý I/2026'],
      ['I.2', 'I. PHỔ BIẾN VĂN BẢN MỚI', 'Phòng Phổ biến, giáo dục pháp luật', null, 'Quý II/2026'],
      ['II.3', 'II. TRUYỀN THÔNG TRÊN MÔI TRƯỜNG SỐ', 'Văn phòng Sở', 'Các phòng chuyên môn', 'Thường xuyên'],
      ['II.3', 'II. TRUYỀN THÔNG TRÊN MÔI TRƯỜNG SỐ', 'Phòng Phổ biến, giáo dục pháp luật', 'Các phòng chuyên môn', 'Thường xuyên'],
    ]);
    // The header and footer layout tables above it still read as before.
    expect(plan.header.documentNumber).toBeTruthy();
    expect(plan.recipients?.items.length).toBe(3);
    expect(plan.signature?.signer).toBeTruthy();
  });
});

describe('locations point at the .md source', () => {
  it('maps every paragraph start, and a word on a joined line, to its source line and column', () => {
    const src = '# Tiêu đề\n\nDòng một của đoạn\n  được gói lại ở đây.\n\n- Mục **đậm** một\n\n| A | B |\n|---|---|\n| ô một | ô hai |\n';
    const d = md(src);
    expect(sourceLineCol(d, d.text.indexOf('được gói'))).toEqual({ line: 4, column: 3 });
    expect(sourceLineCol(d, d.text.indexOf('Mục'))).toEqual({ line: 6, column: 3 });
    expect(sourceLineCol(d, d.text.indexOf('một', d.text.indexOf('đậm')))).toEqual({ line: 6, column: 15 });
    expect(sourceLineCol(d, d.text.indexOf('ô hai'))).toEqual({ line: 10, column: 11 });
    for (const b of d.blocks) if (b.kind === 'paragraph') {
      const at = toSourceOffset(d.map, b.start);
      expect(d.source.slice(at, at + 1)).toBe(b.text[0] === '-' ? '-' : b.text[0]);
    }
  });

  it('keeps the map true through normalization (NFD, CRLF, BOM) and control characters', () => {
    const nfd = 'Cải cách'.normalize('NFD');
    const src = `\ufeffDòng đầu\r\n${nfd} hành\u0007chính\r\n\r\n**Tiếp** theo\r\n`;
    const d = md(src);
    expect(paras(d)).toEqual(['Dòng đầu Cải cách hành chính', 'Tiếp theo']);
    expect(d.encoding).toBe('utf-8-bom');
    expect(sourceLineCol(d, d.text.indexOf('hành'))).toEqual({ line: 2, column: nfd.length + 2 });
    expect(sourceLineCol(d, d.text.indexOf('theo'))).toEqual({ line: 4, column: 10 });
    expect(d.text).not.toMatch(/\u0007/u);
  });

  it('reports findings at the .md line of the text they quote (Locator)', async () => {
    const { loaded, findings } = await check('plan.md');
    const locator = new Locator(loaded, parsePlan(loaded, { path: 'plan.md', bytes: 0 }));
    expect(findings.length).toBeGreaterThan(0);
    const lines = loaded.source.split('\n');
    for (const f of findings) {
      if (!f.span || !f.excerpt) continue;
      const loc = locator.locate(f.span);
      const line = lines[loc.line - 1] ?? '';
      const quoted = loaded.text.slice(f.span.start, Math.min(f.span.end, f.span.start + 8));
      expect(line.slice(loc.column - 1)).toContain(quoted.split(' ')[0]);
    }
  });
});

async function check(file: string, dir = 'md'): Promise<{ loaded: LoadedDocument; findings: Finding[] }> {
  const bytes = fixture(dir, file);
  const loaded = await loadDocument(bytes, { path: file, isolate: false });
  const doc = parsePlan(loaded, { path: file, bytes: bytes.length });
  const facts = extractFacts(doc, loaded.text, {});
  return { loaded, findings: runRules(RULES, loaded, doc, facts, ENGINE_DEFAULTS) };
}

const project = (v: unknown): unknown => projectModel(v, (s) => s.replace(/\s+/gu, ' ').trim());

describe('one plan as .txt and as .md', () => {
  const model = async (file: string): Promise<Record<string, unknown>> => {
    const bytes = fixture('md', file);
    const loaded = await loadDocument(bytes, { path: file, isolate: false });
    return project(parsePlan(loaded, { path: file, bytes: bytes.length })) as Record<string, unknown>;
  };

  it.each(['header', 'legalBases', 'period', 'sections', 'tasks', 'recipients', 'signature'])('agree on %s', async (field) => {
    const txt = await model('plan.txt');
    const mdModel = await model('plan.md');
    expect(txt[field]).toBeDefined();
    expect(mdModel[field]).toEqual(txt[field]);
  });

  it('the model is complete (header, tasks, recipients, signature)', async () => {
    const m = (await model('plan.md')) as { header: Record<string, unknown>; tasks: unknown[]; recipients: { items: unknown[] }; signature: { signer: unknown } };
    expect(m.header['documentNumber']).toBeTruthy();
    expect(m.header['issueDate']).toBeTruthy();
    expect(m.tasks.length).toBeGreaterThanOrEqual(2);
    expect(m.recipients.items.length).toBe(3);
    expect(m.signature.signer).toBeTruthy();
  });

  it('gives the same (rule, excerpt) findings', async () => {
    const set = async (file: string): Promise<string[]> =>
      (await check(file)).findings.map((f) => `${f.ruleId} ${(f.excerpt ?? '').replace(/\s+/gu, ' ')}`).sort();
    const txt = await set('plan.txt');
    expect(await set('plan.md')).toEqual(txt);
    // The plan is clean: no error or warning in either form.
    expect((await check('plan.md')).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('Markdown detection', () => {
  it('uses the name for text only: .md and .markdown are Markdown, other formats go by their bytes', () => {
    const text = enc('Kế hoạch\n');
    expect(sniffFormat(text, 'a.md').format).toBe('md');
    expect(sniffFormat(text, 'dir/A.MARKDOWN').format).toBe('md');
    expect(sniffFormat(text, 'a.txt').format).toBe('txt');
    expect(sniffFormat(text).format).toBe('txt');
    expect(sniffFormat(fixture('docx', 'seed002.docx'), 'renamed.md').format).toBe('docx');
    expect(sniffFormat(fixture('pdf', 'seed002.pdf'), 'renamed.md').format).toBe('pdf');
  });

  it('recognises clearly-Markdown text without the name, and leaves every text seed as text', () => {
    expect(looksMarkdown(enc('Phụ lục\n| TT | Nhiệm vụ |\n|---|---|\n| 1 | Rà soát |\n'))).toBe(true);
    expect(looksMarkdown(enc('# Một\n\n## Hai\n\n### Ba\n'))).toBe(true);
    expect(looksMarkdown(fixture('md', 'plan.md'))).toBe(true);
    // Weak signs are not enough: one bold line, a tab-separated dash row, a single heading, a lone "|".
    expect(looksMarkdown(enc('**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n'))).toBe(false);
    expect(looksMarkdown(enc('TT\tNhiệm vụ\n---\t---\n1\tRà soát\n'))).toBe(false);
    expect(looksMarkdown(enc('# Ghi chú\nA | B\n|\n'))).toBe(false);
    for (const seed of SEEDS) expect(sniffFormat(fixture('plans', `${seed}.txt`), `${seed}.txt`).format).toBe('txt');
    for (const f of ['clean-plan.txt', 'faulty-plan.txt']) expect(sniffFormat(fixture('scenarios', f), f).format).toBe('txt');
    expect(sniffFormat(fixture('md', 'plan.txt'), 'plan.txt').format).toBe('txt');
  });

  it('loadDocument reads a .md as Markdown (format "md")', async () => {
    const d = await loadDocument(fixture('md', 'plan.md'), { path: 'x/plan.md', isolate: false });
    expect(d.format).toBe('md');
    expect(d.text).not.toMatch(/\*\*|^\|$/mu);
  });
});

describe('limits and hostile Markdown', () => {
  it('applies the .txt limits: text length, encodings', () => {
    expect(() => loadMd(enc('x'.repeat(200)), { maxChars: 100 })).toThrow(LoadError);
    try {
      loadMd(enc('x'.repeat(200)), { maxChars: 100 });
    } catch (err) {
      expect((err as LoadError).code).toBe('text-too-long');
    }
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('**Số**: 1', (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    expect(paras(loadMd(utf16))).toEqual(['Số: 1']);
  });

  // Linear input handling: four times the input costs about four times the time, never sixteen. The two sizes are
  // timed in alternation, best of at least two rounds each, more rounds while the ratio is over its bound
  // (test/_growth.ts), so a busy machine does not fail the test and a quadratic cost still does.
  it.each([
    ['one long line', (n: number) => 'chữ '.repeat(n * 4)],
    ['nested blockquotes', (n: number) => `${'> '.repeat(n)}sâu\n`],
    ['nested emphasis', (n: number) => `${'*a '.repeat(n)}b${' c*'.repeat(n)}\n`],
    ['unclosed links', (n: number) => `${'[a'.repeat(n)}\n`],
    ['nested lists', (n: number) => Array.from({ length: n / 8 }, (_, i) => `${' '.repeat((i % 12) * 2)}- mục`).join('\n')],
    ['lone pipes and stars', (n: number) => '|\n**a\n'.repeat(n / 4)],
    ['flattened table rows', (n: number) => `|\n**TT**\n|\n**A**\n|\n**B**\n|\n${'|\n1\n|\nviệc\n|\n|\n|\n'.repeat(n / 16)}`],
    ['bold cells between pipes', (n: number) => '|\n**a**\n'.repeat(n / 8)],
  ])('%s grows linearly', (_name, make) => {
    const small = enc(make(2_000));
    const big = enc(make(8_000));
    const d = loadMd(big); // also the warm-up
    expectContract(d);
    // As test/_growth.ts expectLinear: factor 10 plus 100 ms for timer and GC noise (a quadratic cost of the
    // 8,000 input takes seconds, far above it), and more rounds before failing on a loaded machine.
    const g = measureGrowth(
      () => loadMd(small),
      () => loadMd(big),
      (a, b) => b < 10 * a + 100,
      { maxRounds: 10 },
    );
    expect(g.large, `4x input took ${g.large.toFixed(1)} ms vs ${g.small.toFixed(1)} ms (best of ${g.rounds} rounds)`).toBeLessThan(10 * g.small + 100);
  }, 120_000);

  it('reads a 1 MB line', () => {
    const d = loadMd(enc('chữ '.repeat(250_000)));
    expect(d.blocks).toHaveLength(1);
    expect(d.text.length).toBe(999_999);
  }, 120_000);

  it('reads a deep nesting without a stack overflow', () => {
    const d = loadMd(enc(`${'> '.repeat(3000)}sâu\n\n${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`));
    expect(d.text).toContain('sâu');
    expectContract(d);
  });
});

describe('folder discovery', () => {
  it('finds .md and .markdown plans, not the folder README', () => {
    const dir = tempDir('md-discover');
    mkdirSync(join(dir, 'sub'));
    for (const name of ['a.md', 'b.markdown', 'README.md', 'CHANGELOG.md', 'sub/c.MD', 'd.txt', 'notes.rst']) writeFileSync(join(dir, name), 'Kế hoạch\n');
    const found = discover([dir], '/').files.map((f) => f.slice(dir.length + 1)).sort();
    expect(found).toEqual(['a.md', 'b.markdown', 'd.txt', 'sub/c.MD']);
    // Named explicitly, a README is checked like any file.
    expect(discover([join(dir, 'README.md')], '/').files).toEqual([join(dir, 'README.md')]);
  });

  it('`kehoach check <folder>` checks the .md plan in it', () => {
    ensureBuilt();
    const dir = tempDir('md-check');
    writeFileSync(join(dir, 'ke-hoach.md'), readFileSync(join(ROOT, 'fixtures', 'md', 'plan.md')));
    writeFileSync(join(dir, 'README.md'), '# Thư mục kế hoạch\n');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'check', dir, '-f', 'json', '--no-progress'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { results: { path: string; format: string | null; error: unknown }[] };
    expect(report.results.map((f) => [f.path.replace(/.*[\\/]/u, ''), f.format, f.error])).toEqual([['ke-hoach.md', 'md', null]]);
  }, 120_000);
});
