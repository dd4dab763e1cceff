// A short made-up plan in the shape of a yearly reform plan (header, legal bases, sections, targets, tasks, an
// appendix table, recipients, signature). Checking it once compiles the parser, the extractors and the rules while
// a one-file check waits for its reader process (src/check.ts, warmUpWhileReading); its findings are discarded.
// No real agency, number or person.
import type { Presentation } from '../model/presentation.js';

const T = '\t';
export const WARM_UP_PLAN = [
  'ỦY BAN NHÂN DÂN TỈNH MẪU',
  'SỞ MẪU',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 01/KH-SM',
  'Tỉnh Mẫu, ngày 05 tháng 01 năm 2025',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2025 của Sở Mẫu',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
  'Căn cứ Kế hoạch số 12/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính (CCHC) năm 2025.',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Nâng cao chỉ số CCHC (PAR INDEX) và chỉ số hài lòng (SIPAS) của Sở.',
  'II. MỤC TIÊU',
  '1. Cải cách thủ tục hành chính (TTHC)',
  '- Trên 98% hồ sơ TTHC được giải quyết đúng hạn; cắt giảm tối thiểu 20% thời gian thực hiện so với năm 2024.',
  '- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80% trở lên.',
  '2. Xây dựng chính quyền điện tử, chính quyền số',
  '- 100% hồ sơ công việc được xử lý trên môi trường mạng.',
  'III. NHIỆM VỤ, GIẢI PHÁP',
  '1. Cải cách thể chế: rà soát văn bản quy phạm pháp luật. Thời gian thực hiện: Quý II năm 2025.',
  '2. Cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công.',
  '(Có phụ lục nhiệm vụ kèm theo).',
  'IV. TỔ CHỨC THỰC HIỆN',
  'Văn phòng Sở chủ trì, theo dõi, báo cáo kết quả trước ngày 15/12/2025. Kinh phí thực hiện từ ngân sách nhà nước.',
  'Nơi nhận:',
  '- UBND tỉnh;',
  '- Lưu: VT, VP.',
  'GIÁM ĐỐC',
  'Nguyễn Văn Mẫu',
  'PHỤ LỤC',
  'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025',
  ['TT', 'Nhiệm vụ', 'Kết quả/sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'].join(T),
  ['I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '', '', '', '', ''].join(T),
  ['1', 'Rà soát thủ tục hành chính', 'Báo cáo', 'Văn phòng Sở', 'Các phòng', 'Tháng 6/2025'].join(T),
  ['2', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 'Hồ sơ số', 'Phòng Hành chính', 'Văn phòng Sở', 'Thường xuyên'].join(T),
  ['II. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', '', '', '', '', ''].join(T),
  ['3', 'Bồi dưỡng công chức', 'Lớp bồi dưỡng', 'Văn phòng Sở', '', 'Quý III/2025'].join(T),
  '',
].join('\n');

/**
 * How the warm-up plan would look in a Word or PDF file (one paragraph per line, Times New Roman, A4): with it the
 * warm-up also runs the presentation rules and the code paths of those formats. Not read from any file.
 */
export function warmUpPresentation(text: string, format: 'docx' | 'pdf'): Presentation {
  const word = format === 'docx';
  const runs: Presentation['runs'] = [];
  const paragraphs: Presentation['paragraphs'] = [];
  let start = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      paragraph++;
      const heading = line === line.toUpperCase();
      runs.push({ start, end, font: 'Times New Roman', size: heading ? 13 : 14, bold: heading, italic: false, underline: false, caps: false });
      paragraphs.push({
        start,
        end,
        paragraph,
        align: heading ? 'center' : 'both',
        firstLineCm: word ? 1.27 : null,
        spacingBeforePt: word ? 6 : null,
        spacingAfterPt: word ? 0 : null,
        line: word ? { rule: 'auto', value: 1.15 } : null,
        leadingTab: false,
        numbered: false,
        inTable: line.includes(T),
        ...(word ? {} : { page: 1 }),
      });
    }
    start = end + 1;
  }
  const none = { count: 0, places: [] };
  return {
    format,
    sections: [
      {
        pageWidthMm: 210,
        pageHeightMm: 297,
        orientation: 'portrait',
        margins: { top: 20, right: 15, bottom: 20, left: 30 },
        pageNumber: word ? { place: 'header', align: 'center', onFirstPage: false, size: 13 } : null,
        span: { start: 0, end: text.length },
        ...(word ? {} : { pages: { from: 1, to: 1 } }),
      },
    ],
    runs,
    paragraphs,
    integrity: { insertions: none, deletions: none, moves: none, formatChanges: none, comments: none, hidden: none, highlight: none },
    mottoRule: { state: 'present', kind: word ? 'shape' : 'path', widthPt: 160, textWidthPt: 170, reason: null },
  };
}
