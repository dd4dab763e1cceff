// User messages for inputs that cannot be read (one per LoadErrorCode). They live beside the codes they explain.
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
  'pdf-too-large': {
    vi: 'Tệp PDF có dữ liệu nén giải nén ra quá lớn ({detail}); có thể là tệp độc hại. Đã không mở.',
    en: 'The PDF holds compressed data that inflates too far ({detail}); it may be malicious. It was not opened.',
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

// The loader's notes reported to the reader (PDF pages without text, legacy fonts, garbled text) are the rules
// src/rules/load/*: their messages, severities and examples live there.
