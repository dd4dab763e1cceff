// User-facing texts of the CLI (load errors, usage errors, summaries) in Vietnamese and English.
import type { Localized } from '../engine/define-rule.js';
import { formatMessage } from '../engine/index.js';

/** A CLI text in `lang`, its {placeholders} filled from `data`. */
export function t(text: Localized, lang: 'vi' | 'en', data: Record<string, string | number> = {}): string {
  return formatMessage(text[lang], data, lang);
}

export const CLI_TEXT = {
  noFiles: { vi: 'Không tìm thấy tệp kế hoạch nào (.docx, .pdf, .doc, .txt, .md) trong: {paths}', en: 'No plan files (.docx, .pdf, .doc, .txt, .md) found in: {paths}' },
  missingPath: { vi: 'Không tìm thấy: {path}', en: 'Not found: {path}' },
  badConfig: { vi: 'Cấu hình không hợp lệ', en: 'Invalid configuration' },
  didYouMean: { vi: 'có phải ý bạn là "{value}"?', en: 'did you mean "{value}"?' },
  badFormat: { vi: 'Định dạng báo cáo không hợp lệ: {value}. Chọn một trong: {choices}', en: 'Invalid report format: {value}. Choose one of: {choices}' },
  badToday: { vi: '--today phải là một ngày có thật, dạng YYYY-MM-DD', en: '--today must be a real date, YYYY-MM-DD' },
  formatConflict: {
    vi: '-o {path} là tệp {implied} nhưng -f là {format}; bỏ -f hoặc đổi tên tệp.',
    en: '-o {path} is a {implied} file but -f is {format}; drop -f or rename the file.',
  },
  failedOnLevel: { vi: 'thất bại: {n} phát hiện ở mức --fail-on {level} trở lên.', en: 'failed: {n} finding(s) at --fail-on {level} or above.' },
  failedOnMaxWarnings: { vi: 'thất bại: {n} cảnh báo, vượt --max-warnings {max}.', en: 'failed: {n} warnings, more than --max-warnings {max}.' },
  failedOnUnreadable: { vi: 'thất bại: {n} tệp không đọc được (xem lý do trong báo cáo).', en: 'failed: {n} file(s) could not be read (the report says why).' },
  unknownRule: { vi: 'Không có quy tắc "{value}".', en: 'No rule "{value}".' },
  written: { vi: 'Đã ghi báo cáo vào {path}', en: 'Report written to {path}' },
  exists: { vi: '{path} đã tồn tại; dùng --force để ghi đè.', en: '{path} already exists; use --force to overwrite.' },
  created: { vi: 'Đã tạo {path}', en: 'Created {path}' },
  outputInInputs: { vi: 'Tệp báo cáo không được trùng với tệp đầu vào: {path}', en: 'The report file must not be one of the inputs: {path}' },
  cacheInInputs: {
    vi: 'Tệp bộ nhớ đệm (--cache-location) không được trùng với tệp đầu vào: {path}',
    en: 'The cache file (--cache-location) must not be one of the inputs: {path}',
  },
  linksOutside: {
    vi: 'Không theo {count} liên kết (symlink) dẫn ra ngoài thư mục được kiểm tra: {paths}',
    en: 'Not followed: {count} symbolic link(s) leading outside the checked folder: {paths}',
  },
  foreignSettings: {
    vi: 'Không áp dụng {count} tệp cấu hình/bỏ qua nằm trong thư mục được kiểm tra (chỉ dùng tệp từ thư mục hiện tại trở lên; --config-per-folder để áp dụng): {paths}',
    en: 'Not applied: {count} config/ignore file(s) inside the checked folders (only those at or above the working directory count; --config-per-folder applies them): {paths}',
  },
  outputIsPlan: {
    vi: '{path} là một văn bản kế hoạch, không phải báo cáo: không ghi đè. Hãy chọn tên tệp khác cho -o.',
    en: '{path} is a plan document, not a report: it is not overwritten. Choose another file name for -o.',
  },
  outputIsDirectory: { vi: '{path} là một thư mục; hãy ghi báo cáo vào một tệp.', en: '{path} is a folder; write the report to a file.' },
  cacheIsDirectory: { vi: '--cache-location {path} là một thư mục; hãy chỉ định một tệp.', en: '--cache-location {path} is a folder; name a file.' },
  cacheNotACache: {
    vi: '{path} đã có và không phải tệp bộ nhớ đệm của kehoach: không ghi đè. Hãy chọn đường dẫn khác cho --cache-location.',
    en: '{path} exists and is not a kehoach cache file: it is not overwritten. Choose another --cache-location.',
  },
  cacheSpecial: {
    vi: '--cache-location {path} không phải tệp thường (thiết bị, FIFO …); hãy chỉ định một tệp.',
    en: '--cache-location {path} is not a regular file (device, FIFO …); name a file.',
  },
  outputFolderUnusable: {
    vi: 'Không tạo được thư mục để ghi {path} ({detail}).',
    en: 'Cannot create the folder to write {path} ({detail}).',
  },
} satisfies Record<string, Localized>;
