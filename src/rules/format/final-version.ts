// format/final-version: a Word file still holding tracked changes, comments, hidden or highlighted text.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';

type MessageId = 'insertions' | 'deletions' | 'moves' | 'formatChanges' | 'comments' | 'hidden' | 'highlight' | 'annotations';
import type { Integrity, Marks } from '../../model/presentation.js';

const KINDS: readonly { key: Exclude<keyof Integrity, 'annotations'>; id: 'insertions' | 'deletions' | 'moves' | 'formatChanges' | 'comments' | 'hidden' | 'highlight' }[] = [
  { key: 'insertions', id: 'insertions' },
  { key: 'deletions', id: 'deletions' },
  { key: 'moves', id: 'moves' },
  { key: 'formatChanges', id: 'formatChanges' },
  { key: 'comments', id: 'comments' },
  { key: 'hidden', id: 'hidden' },
  { key: 'highlight', id: 'highlight' },
];

const places = (m: Marks): string => {
  const list = m.places.slice(0, 3).map((x) => `${x.paragraph}`).join(', ');
  return m.count > 3 || m.places.length > 3 ? `${list}, …` : list;
};

/** PDF annotation subtypes as an officer names them (ISO 32000 §12.5.6). */
const ANNOTATION_VI: Record<string, string> = {
  Text: 'ghi chú',
  FreeText: 'hộp chữ',
  Highlight: 'tô sáng',
  Underline: 'gạch chân',
  StrikeOut: 'gạch xóa',
  Squiggly: 'gạch lượn',
  Caret: 'dấu chèn',
  Ink: 'nét vẽ tay',
  Square: 'khung',
  Circle: 'vòng tròn',
  Line: 'đường kẻ',
  Polygon: 'đa giác',
  PolyLine: 'đường gấp khúc',
  Stamp: 'con dấu chú thích',
  FileAttachment: 'tệp đính kèm',
  Sound: 'âm thanh',
  Redact: 'che xóa',
};

const pagesOf = (pages: readonly number[]): string => (pages.length > 3 ? `${pages.slice(0, 3).join(', ')}, …` : pages.join(', '));

export default defineRule({
  id: 'format/final-version',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Bản cuối cùng không còn theo dõi thay đổi (chèn, xóa, di chuyển, đổi định dạng), chú thích (comment), chữ ẩn hoặc tô sáng; khi còn, nói rõ phiên bản đã được kiểm tra; tệp PDF không còn chú thích, đánh dấu (annotation) (tệp Word và PDF).',
      en: 'A final version holds no tracked changes (insertions, deletions, moves, formatting), comments, hidden or highlighted text, and a PDF no annotations; when it does, the version checked is stated (Word and PDF files).',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 10-11 (bản chính được ký ban hành là bản cuối cùng); kiểm tra thể thức của cơ quan văn thư',
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    insertions: {
      vi: 'Tệp còn {count} chỗ chèn chưa chấp nhận (theo dõi thay đổi), đoạn {places}. Đã kiểm tra phiên bản coi như đã chấp nhận mọi thay đổi (phần chèn được giữ, phần xóa bỏ đi). Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      en: 'The file still holds {count} tracked insertion(s), paragraph(s) {places}. The version checked is the one with every change accepted (insertions kept, deletions dropped). Accept or reject the changes before issuing.',
    },
    deletions: {
      vi: 'Tệp còn {count} chỗ xóa chưa chấp nhận (theo dõi thay đổi), đoạn {places}; phần chữ bị xóa không được kiểm tra. Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      en: 'The file still holds {count} tracked deletion(s), paragraph(s) {places}; the deleted text was not checked. Accept or reject the changes before issuing.',
    },
    moves: {
      vi: 'Tệp còn {count} chỗ di chuyển chưa chấp nhận (theo dõi thay đổi), đoạn {places}; đã kiểm tra văn bản ở vị trí mới. Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      en: 'The file still holds {count} tracked move(s), paragraph(s) {places}; the text was checked at its new place. Accept or reject the changes before issuing.',
    },
    formatChanges: {
      vi: 'Tệp còn {count} thay đổi định dạng chưa chấp nhận (theo dõi thay đổi), đoạn {places}; đã kiểm tra định dạng mới. Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      en: 'The file still holds {count} tracked formatting change(s), paragraph(s) {places}; the new formatting was checked. Accept or reject the changes before issuing.',
    },
    comments: {
      vi: 'Tệp còn {count} chú thích (comment), đoạn {places}. Xử lý và xóa chú thích trước khi ban hành.',
      en: 'The file still holds {count} comment(s), paragraph(s) {places}. Resolve and delete them before issuing.',
    },
    hidden: {
      vi: 'Tệp có {count} chỗ chữ ẩn (hidden), đoạn {places}: chữ ẩn không in ra nhưng vẫn nằm trong tệp; phần kiểm tra đọc văn bản không có chữ ẩn. Xóa hoặc hiện chữ ẩn trước khi ban hành.',
      en: 'The file has {count} stretch(es) of hidden text, paragraph(s) {places}: not printed but still in the file; the check read the text without it. Delete or unhide it before issuing.',
    },
    annotations: {
      vi: 'Tệp PDF còn {count} chú thích, đánh dấu: {kinds}. Xóa chú thích trước khi ban hành (bản ban hành không mang ghi chú, tô sáng của người duyệt).',
      en: 'The PDF still holds {count} annotation(s): {kinds}. Delete them before issuing (an issued version carries no reviewer\'s notes or highlights).',
    },
    highlight: {
      vi: 'Tệp còn {count} chỗ tô sáng (highlight), đoạn {places}: dấu hiệu của bản dự thảo. Bỏ tô sáng trước khi ban hành.',
      en: 'The file still has {count} highlighted stretch(es), paragraph(s) {places}: a mark of a draft. Remove the highlighting before issuing.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'no tracked change, comment, hidden or highlighted text, no PDF annotation', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [
      { code: 'Kiểm tra việc thực hiện kế hoạch định kỳ hằng quý', file: { formats: ['docx'], deviation: 'a tracked insertion left in the body', measured: 'Tệp còn 1 chỗ chèn chưa chấp nhận (theo dõi thay đổi), đoạn …', test: 'test/rules/format/final-version.test.ts' } },
      { code: 'Kiểm tra việc thực hiện kế hoạch', file: { formats: ['pdf'], deviation: 'two sticky-note comments and a highlight left on page 1', measured: 'Tệp PDF còn 3 chú thích, đánh dấu: 2 ghi chú (Text), trang 1; 1 tô sáng (Highlight), trang 1. …', test: 'test/rules/format/pdf.test.ts' } },
    ],
  },
  *check({ doc }): Iterable<RuleReport<MessageId>> {
    const integrity = doc.presentation?.integrity;
    if (!integrity) return;
    for (const k of KINDS) {
      const m = integrity[k.key];
      if (m.count === 0) continue;
      yield { messageId: k.id, span: m.places.find((x) => x.span)?.span ?? null, data: { count: m.count, places: places(m) } };
    }
    const annotations = integrity.annotations ?? [];
    if (annotations.length > 0) {
      const kinds = [...annotations].sort((a, b) => b.count - a.count);
      yield {
        messageId: 'annotations',
        span: null,
        data: {
          count: kinds.reduce((a, k) => a + k.count, 0),
          kinds: {
            vi: kinds.map((k) => `${k.count} ${ANNOTATION_VI[k.kind] ?? 'chú thích'} (${k.kind}), trang ${pagesOf(k.pages)}`).join('; '),
            en: kinds.map((k) => `${k.count} ${k.kind}, page(s) ${pagesOf(k.pages)}`).join('; '),
          },
        },
      };
    }
  },
});
