import { describe, expect, it } from 'vitest';
import { docTextToItems, loadDoc } from '../../src/load/doc.js';
import { layoutDocument } from '../../src/load/layout.js';
import { LoadError } from '../../src/load/types.js';

// No .doc fixture: LibreOffice (soffice) is not installed on this machine, so the word-extractor text
// layout is tested on strings shaped like its output (cell mark 0x07 → "\t", an extra mark ends a row).
describe('.doc text layout', () => {
  it('paragraphs around a data table; a row ends with one more cell mark', () => {
    const body = 'KẾ HOẠCH\nTT\tNhiệm vụ\tChủ trì\t\t1\tRà soát\nthủ tục\tVăn phòng\t\t2\tBáo cáo\t\t\tĐoạn sau bảng\nKết thúc';
    const { items, notes } = docTextToItems(body, 'Chú thích một\n');
    const doc = layoutDocument('doc', [...items, ...notes], []);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['KẾ HOẠCH', 'Đoạn sau bảng', 'Kết thúc', 'Chú thích một']);
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì'],
      ['1', 'Rà soát thủ tục', 'Văn phòng'],
      ['2', 'Báo cáo', ''],
    ]);
    expect(table.rows[1]?.[1]?.paragraphs).toEqual(['Rà soát', 'thủ tục']);
    expect(notes[0]?.footnote).toBe('1');
    expect(doc.text.split('\n')[1]).toBe('TT\tNhiệm vụ\tChủ trì');
  });

  it('a layout table (Số | date; Nơi nhận | signature) becomes paragraphs in reading order', () => {
    const body = 'Số: 12/KH-UBND\tHà Nội, ngày 05 tháng 7 năm 2025\t\tKẾ HOẠCH\nNội dung.\nNơi nhận:\n- Như trên;\tGIÁM ĐỐC\nNguyễn Văn A\t\t';
    const doc = layoutDocument('doc', docTextToItems(body).items, []);
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'))).toEqual([
      'Số: 12/KH-UBND', 'Hà Nội, ngày 05 tháng 7 năm 2025', 'KẾ HOẠCH', 'Nội dung.', 'Nơi nhận:', '- Như trên;', 'GIÁM ĐỐC', 'Nguyễn Văn A',
    ]);
  });

  it('a damaged .doc → corrupt-doc', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    await expect(loadDoc(bytes)).rejects.toBeInstanceOf(LoadError);
    await expect(loadDoc(bytes)).rejects.toMatchObject({ code: 'corrupt-doc' });
  });
});
