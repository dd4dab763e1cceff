// A small plan holding one case of each mechanically fixable class, as .txt and as a Word file in which one
// misspelling is split across two runs (the second italic), as typed text often is.
import { Document, Packer, Paragraph, TextRun } from 'docx';

export const FIX_PLAN_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND',
  'Lai Châu, ngày 5 tháng 1 năm 2026',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2026',
  'Căn cứ Nghị định số 63/2010/NĐCP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  ['Duy trì và cập nh', 'ập', ' thường xuyên các thông tin trên Cổng thông tin điện tử & ứng dụng <VNeID>.'],
  'Xử lý nghiêm hành vi nhũng nhịu, gây phiền hà cho người dân tỉnh Lai Chau.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Các sở, ngành thực hiện Kế hoạch này./.',
  'Nơi nhận:',
  '- Sở Nội vụ;',
  '- Lưu: VT, VP.',
  'T/M. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Nguyễn Văn A',
] as const;

/** The seven fixes the plan calls for, by rule id. */
export const EXPECTED_FIXES = ['citation/malformed', 'text/misspelling', 'text/misspelling', 'signature/authority', 'header/date', 'header/date', 'text/place-name-spelling'];

export const fixPlanText = (): string => FIX_PLAN_LINES.map((l) => (typeof l === 'string' ? l : l.join(''))).join('\n\n') + '\n';

export async function fixPlanDocx(): Promise<Uint8Array> {
  const children = FIX_PLAN_LINES.map(
    (l) =>
      new Paragraph({
        children: (typeof l === 'string' ? [l] : [...l]).map((text, i) => new TextRun({ text, font: 'Times New Roman', size: 28, ...(i === 1 ? { italics: true } : {}) })),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
