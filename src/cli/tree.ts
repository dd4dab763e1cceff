// `kehoach parse --format tree`: a readable outline of the parsed model.
import type { Facts } from '../model/facts.js';
import type { PlanDocument, Section } from '../model/plan.js';
import { describeSignature } from '../report/signatures.js';

const cut = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatTree(doc: PlanDocument, facts: Facts, lang: 'vi' | 'en'): string {
  const L = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  const out: string[] = [];
  const h = doc.header;
  const none = L('(không có)', '(none)');
  out.push(`${doc.source.path}  [${doc.source.format}, ${doc.source.encoding}${doc.source.pageCount ? `, ${doc.source.pageCount} ${L('trang', 'pages')}` : ''}]`);
  const signed = doc.source.digitalSignatures ?? [];
  if (doc.source.format === 'pdf') out.push(`${L('Chữ ký số', 'Digital signatures')} (${signed.length})${signed.length ? L(' — chưa kiểm tra chứng thư với danh sách tin cậy', ' — certificates not checked against a trust list') : ''}`);
  signed.forEach((s, i) => out.push(`  ${i + 1}. ${describeSignature(s, lang)}`));
  if (doc.source.ocrPages?.length) out.push(`${L('Nhận dạng từ ảnh quét (OCR), trang', 'Recognised from scanned images (OCR), pages')}: ${doc.source.ocrPages.join(', ')}`);
  const cover = doc.coverDecision;
  if (cover) {
    const cn = cover.header.documentNumber;
    out.push(L('Ban hành kèm theo quyết định', 'Issued by a decision'));
    out.push(`  ${L('Quyết định', 'Decision')}: ${cn?.raw ?? none}, ${cover.header.issueDate?.raw ?? none}`);
    out.push(`  ${L('Trích yếu', 'Subject')}: ${cut(cover.header.subject?.text ?? none)}`);
    if (cover.attachment) out.push(`  ${cut(cover.attachment.text)}`);
  }
  if (doc.truncated) out.push(L('Văn bản bị cắt ở cuối: không kiểm tra phần cuối văn bản', 'The text is cut off: end-of-document checks skipped'));
  out.push(L('Thể thức', 'Header'));
  out.push(`  ${L('Cơ quan chủ quản', 'Parent body')}: ${h.parentBody?.text ?? none}`);
  out.push(`  ${L('Cơ quan ban hành', 'Issuing body')}: ${h.issuingBody?.text ?? none}`);
  out.push(`  ${L('Quốc hiệu, tiêu ngữ', 'National name, motto')}: ${h.nationalName ? '✓' : '✗'} ${h.motto ? '✓' : '✗'}`);
  const num = h.documentNumber;
  out.push(`  ${L('Số, ký hiệu', 'Number')}: ${num ? `${num.raw}${num.placeholder ? L(' (để trống số — bản dự thảo)', ' (number left blank — draft)') : ''}` : none}`);
  const date = h.issueDate;
  out.push(`  ${L('Địa danh, ngày', 'Place, date')}: ${h.place?.text ?? none}, ${date ? `${date.raw}${date.placeholder ? L(' (chưa đủ ngày tháng)', ' (incomplete)') : ''}` : none}`);
  out.push(`  ${L('Tên loại', 'Type')}: ${h.documentType?.text ?? none}`);
  out.push(`  ${L('Trích yếu', 'Subject')}: ${h.subject?.text ?? none}`);
  if (h.replaces) out.push(`  ${L('Thay thế', 'Replaces')}: ${h.replaces.text}`);
  out.push(`  ${L('Kỳ kế hoạch', 'Period')}: ${doc.period ? `${doc.period.start} … ${doc.period.end} (${doc.period.text})` : none}`);
  out.push(`${L('Căn cứ', 'Legal bases')} (${doc.legalBases.length})`);
  for (const b of doc.legalBases) out.push(`  - ${cut(b.text)}`);
  out.push(L('Mục', 'Sections'));
  const walk = (ss: readonly Section[], depth: number): void => {
    for (const s of ss) {
      if (s.kind === 'dash' || s.kind === 'plus') continue;
      const dashes = s.children.filter((c) => c.kind === 'dash' || c.kind === 'plus').length;
      const extra = [s.paragraphs.length ? `${s.paragraphs.length} ${L('đoạn', 'para')}` : '', dashes ? `${dashes} ${L('ý', 'items')}` : '']
        .filter(Boolean)
        .join(', ');
      out.push(`${'  '.repeat(depth)}${s.marker ? `${s.marker} ` : ''}${cut(s.title, 80)}${extra ? `  (${extra})` : ''}`);
      walk(s.children, depth + 1);
    }
  };
  walk(doc.sections, 1);
  out.push(`${L('Bảng', 'Tables')} (${doc.tables.length})`);
  doc.tables.forEach((t, i) => {
    const data = t.rows.filter((r) => r.kind === 'data').length;
    out.push(`  ${i + 1}. ${t.header.length ? cut(t.header.join(' | '), 80) : L('(không có dòng tiêu đề)', '(no header row)')}`);
    out.push(`     ${data} ${L('dòng dữ liệu', 'data rows')}, ${t.rows.filter((r) => r.kind === 'area').length} ${L('dòng lĩnh vực', 'area rows')}, ${t.mergedRows} ${L('dòng nối qua trang', 'rows rejoined across pages')}, ${t.droppedHeaderRows} ${L('tiêu đề lặp bỏ đi', 'repeated headers dropped')}`);
  });
  out.push(`${L('Nhiệm vụ', 'Tasks')} (${doc.tasks.length})`);
  const byArea = new Map<string, number>();
  for (const t of doc.tasks) {
    const key = t.area?.text ?? L('(không thuộc lĩnh vực)', '(no area)');
    byArea.set(key, (byArea.get(key) ?? 0) + 1);
  }
  for (const [area, n] of byArea) out.push(`  ${cut(area, 80)}: ${n}`);
  out.push(`${L('Nơi nhận', 'Recipients')}: ${doc.recipients ? doc.recipients.items.map((i) => i.text).join(' ') + (doc.recipients.archive ? ` ${doc.recipients.archive.text}` : '') : none}`);
  const sig = doc.signature;
  out.push(`${L('Chữ ký', 'Signature')}: ${sig ? `${sig.titleLines.map((t) => t.text).join(' / ')} — ${sig.signer?.text ?? '?'}` : none}`);
  if (doc.footnotes.length) out.push(`${L('Chú thích', 'Footnotes')}: ${doc.footnotes.map((f) => `${f.marker}) ${cut(f.text, 60)}`).join('; ')}`);
  for (const a of doc.appendices) out.push(`${L('Phụ lục', 'Appendix')}: ${cut(a.title.text, 80)}${a.reference ? ` ${cut(a.reference.text, 80)}` : ''}`);
  out.push(
    `${L('Dữ kiện', 'Facts')}: ${facts.citations.length} ${L('trích dẫn', 'citations')}, ${facts.deadlines.length} ${L('thời hạn', 'deadlines')}, ${facts.targets.length} ${L('chỉ tiêu %', 'percentage targets')}, ${facts.abbreviations.definitions.length} ${L('chữ viết tắt được định nghĩa', 'abbreviations defined')}`,
  );
  if (facts.referenceDate) out.push(`${L('Ngày tham chiếu', 'Reference date')}: ${facts.referenceDate.iso} (${facts.referenceDate.source})`);
  return `${out.join('\n')}\n`;
}
