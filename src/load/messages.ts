// User messages for inputs that cannot be read (one per LoadErrorCode) and for the loader's notes that change
// what the check could see. They live beside the codes they explain.
import type { LoadErrorCode } from './types.js';

type Localized = { vi: string; en: string };

/** One clear message per cause of an unreadable input; {detail} is filled when known. */
export const LOAD_ERROR_MESSAGES: Record<LoadErrorCode, Localized> = {
  'not-found': { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  unreadable: { vi: 'Không có quyền đọc tệp ({detail}).', en: 'The file cannot be read ({detail}).' },
  'is-directory': { vi: 'Đây là thư mục, không phải tệp.', en: 'This is a directory, not a file.' },
  'not-regular': {
    vi: 'Không phải tệp thường ({detail}): không đọc, để khỏi treo hoặc đọc vô tận.',
    en: 'Not a regular file ({detail}): not read, so the run cannot hang or read without end.',
  },
  empty: { vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' },
  'too-large': {
    vi: 'Tệp quá lớn ({detail}); giới hạn có thể đổi bằng --max-file-mb hoặc "limits.maxFileMB" trong cấu hình.',
    en: 'The file is too large ({detail}); change the limit with --max-file-mb or "limits.maxFileMB" in the config.',
  },
  'unsupported-format': {
    vi: 'Định dạng không được hỗ trợ: {detail}. Chỉ kiểm tra được .docx, .pdf, .doc, .txt và .md.',
    en: 'Unsupported format: {detail}. Only .docx, .pdf, .doc, .txt and .md can be checked.',
  },
  binary: {
    vi: 'Tệp chứa dữ liệu nhị phân, không phải văn bản.',
    en: 'The file holds binary data, not text.',
  },
  'bad-encoding': {
    vi: 'Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16 hay Windows-1258). Hãy lưu lại tệp dưới dạng UTF-8.',
    en: 'Unrecognised text encoding (not UTF-8, UTF-16 or Windows-1258). Save the file as UTF-8.',
  },
  'corrupt-docx': {
    vi: 'Tệp Word (.docx) bị hỏng hoặc không đầy đủ ({detail}). Hãy mở bằng Word và lưu lại, hoặc gửi lại bản đầy đủ.',
    en: 'The Word file (.docx) is corrupt or incomplete ({detail}). Open and re-save it in Word, or resend the complete file.',
  },
  'docx-too-large': {
    vi: 'Tệp Word có dung lượng giải nén quá lớn hoặc khai báo sai ({detail}); có thể là tệp độc hại (zip bomb). Đã không mở.',
    en: 'The Word file is too large uncompressed, or misdeclares its size ({detail}); it may be a zip bomb. It was not opened.',
  },
  'corrupt-pdf': {
    vi: 'Tệp PDF bị hỏng hoặc không hợp lệ ({detail}).',
    en: 'The PDF is corrupt or invalid ({detail}).',
  },
  'encrypted-pdf': {
    vi: 'Tệp PDF được đặt mật khẩu. Hãy chạy lại với --password <mật khẩu>.',
    en: 'The PDF is password-protected. Run again with --password <password>.',
  },
  'wrong-password': {
    vi: 'Mật khẩu PDF không đúng.',
    en: 'Wrong PDF password.',
  },
  'no-text-layer': {
    vi: 'Tệp PDF không có lớp văn bản (bản quét/ảnh chụp). Cần nhận dạng ký tự (OCR) trước khi kiểm tra.',
    en: 'The PDF has no text layer (a scan or image). It must be OCR\u2019d before it can be checked.',
  },
  'corrupt-doc': {
    vi: 'Tệp Word cũ (.doc) bị hỏng hoặc không đọc được ({detail}).',
    en: 'The legacy Word file (.doc) is corrupt or unreadable ({detail}).',
  },
  'legacy-font': {
    vi: 'Văn bản dùng phông chữ cũ (TCVN3/VNI) không chuyển đổi được ({detail}). Hãy chuyển sang Unicode.',
    en: 'The text uses a legacy Vietnamese font (TCVN3/VNI) that could not be converted ({detail}). Convert it to Unicode.',
  },
  'text-too-long': {
    vi: 'Văn bản quá dài để kiểm tra ({detail}); giới hạn tăng theo bộ nhớ cho phép, đổi bằng "limits.maxMemoryMB" trong cấu hình.',
    en: 'The text is too long to check ({detail}); the limit grows with the memory limit, "limits.maxMemoryMB" in the config.',
  },
  timeout: {
    vi: 'Quá thời gian xử lý cho phép ({detail}); tệp có thể quá phức tạp hoặc độc hại.',
    en: 'Processing took too long ({detail}); the file may be pathological.',
  },
  'out-of-memory': {
    vi: 'Tệp cần quá nhiều bộ nhớ để xử lý ({detail}); đã dừng để bảo vệ các tệp khác.',
    en: 'The file needs too much memory to process ({detail}); stopped to protect the other files.',
  },
  internal: {
    vi: 'Lỗi nội bộ khi đọc tệp ({detail}). Hãy báo lỗi kèm tệp này.',
    en: 'Internal error while reading the file ({detail}). Please report it with this file.',
  },
};

/**
 * Extraction warnings that change what the check could see, reported with the findings as `load/<code>`
 * (file-level, not configurable rules). Severity: warning when part of the text is missing or may be wrong,
 * info when the text was repaired. The legacy-font note cites the font requirement of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I: Times New Roman, Unicode TCVN 6909:2001; DOMAIN §1 [TMVN-30], certain).
 */
export const LOAD_WARNING_MESSAGES: Record<string, { severity: 'warning' | 'info'; message: Localized }> = {
  'not-a-plan': {
    severity: 'info',
    message: {
      vi: 'Tệp không có dấu hiệu của một kế hoạch (không có tên loại văn bản, phần đầu văn bản hay mục đánh số): không kiểm tra cấu trúc.',
      en: 'The file shows no sign of being a plan (no document type name, header or numbered sections): its structure was not checked.',
    },
  },
  'pdf-pages-without-text': {
    severity: 'warning',
    message: {
      vi: 'Trang {pages} của tệp PDF không có lớp văn bản (ảnh quét): nội dung các trang này không được kiểm tra. Hãy gửi bản Word, hoặc PDF xuất trực tiếp từ Word.',
      en: 'Page(s) {pages} of the PDF have no text layer (scanned images): their content was not checked. Submit the Word file, or a PDF exported from Word.',
    },
  },
  'pdf-overlaid-glyphs': {
    severity: 'warning',
    message: {
      vi: 'Trang {pages} của tệp PDF vẽ một số chữ có dấu bằng phông thay thế (phông chính thiếu chữ tiếng Việt): chữ trích ra có thể bị đảo lộn, kéo theo cảnh báo chính tả sai. Hãy gửi bản Word, hoặc xuất PDF bằng phông Unicode đầy đủ (Times New Roman).',
      en: 'Page(s) {pages} of the PDF draw some Vietnamese letters from a fallback font (the main font lacks them): the extracted text may be scrambled, and spelling findings wrong. Submit the Word file, or export the PDF with a complete Unicode font (Times New Roman).',
    },
  },
  'text-garbled': {
    severity: 'warning',
    message: {
      vi: 'Chữ trích từ tệp không phải tiếng Việt đọc được ({sample} …): tệp vẽ chữ bằng phông không có bảng mã Unicode (thường là phông TCVN3/VNI khi xuất PDF). Nội dung không được kiểm tra, để khỏi báo lỗi sai. Hãy gửi bản Word, hoặc PDF xuất với phông Unicode (Times New Roman).',
      en: 'The text extracted from the file is not readable Vietnamese ({sample} …): the file draws its letters in a font without a Unicode map (usually a TCVN3/VNI font exported to PDF). Its content was not checked, to avoid false findings. Submit the Word file, or a PDF exported with a Unicode font (Times New Roman).',
    },
  },
  'legacy-font-unconverted': {
    severity: 'warning',
    message: {
      vi: 'Có đoạn dùng phông chữ cũ không phải Unicode ({font}) mà không chuyển được: chữ trích ra có thể sai. Chuyển toàn bộ văn bản sang phông Unicode (Times New Roman).',
      en: 'Some runs use a legacy non-Unicode font ({font}) that could not be converted: the extracted text may be wrong. Convert the whole document to a Unicode font (Times New Roman).',
    },
  },
  'legacy-font-converted': {
    severity: 'info',
    message: {
      vi: 'Văn bản dùng phông chữ cũ không phải Unicode ({font}); đã tự chuyển sang Unicode để kiểm tra. Nghị định 30/2020/NĐ-CP yêu cầu phông Times New Roman, bộ mã Unicode TCVN 6909:2001.',
      en: 'The document uses a legacy non-Unicode font ({font}); it was converted to Unicode for the check. Nghị định 30/2020/NĐ-CP requires Times New Roman in Unicode (TCVN 6909:2001).',
    },
  },
};

