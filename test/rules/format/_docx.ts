// Test helper: a plan written as a .docx with the `docx` package, conforming to Phụ lục I unless told otherwise,
// and the format/ findings of it through the real pipeline (loader → presentation → parser → rules).
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { parseBytes } from '../../../src/check.js';
import { runRules, type EngineOptions } from '../../../src/engine/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { RULES } from '../../../src/rules/index.js';
import { ENGINE_DEFAULTS } from '../../_pipeline.js';

export interface PlanOptions {
  /** Run options per element (merged over the conforming ones). */
  motto?: Partial<IRunOptions>;
  number?: Partial<IRunOptions>;
  recipientsHeading?: Partial<IRunOptions>;
  body?: Partial<IRunOptions>;
  /** Page size in twips and margins in twips. */
  page?: { width: number; height: number };
  margins?: Partial<{ top: number; right: number; bottom: number; left: number }>;
  pageNumberIn?: 'header' | 'footer' | 'none';
  /** Size of the page number in half-points (28 = 14 pt). */
  pageNumberSize?: number;
  /** Adds a tracked insertion, a tracked deletion, a comment and hidden text to the body. */
  revisions?: boolean;
  /** Draws the rule under the Tiêu ngữ as a bottom border of its paragraph (indented to about the motto's length); default true. */
  mottoRule?: boolean;
  /** Body paragraph layout. */
  bodyIndent?: number;
  bodyAlign?: 'both' | 'left';
  bodyAfter?: number;
}

const BODY =
  'Nâng cao chất lượng, hiệu quả công tác cải cách hành chính của Sở, tạo chuyển biến rõ nét trong thực thi công vụ, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.';

/** A bottom border under the Tiêu ngữ's paragraph, indented to about the length of the motto (14 pt bold, ≈ 6 cm). */
const MOTTO_RULE = { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: 2790, right: 2790 } };

const p = (text: string, run: Partial<IRunOptions> = {}, extra: Record<string, unknown> = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, ...extra, children: [new TextRun({ text, size: 28, ...run } as IRunOptions)] });

/** The .docx bytes of a short plan. */
export async function planDocx(o: PlanOptions = {}): Promise<Uint8Array> {
  const bodyPara = (text: string, children?: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd | CommentReference)[]): Paragraph =>
    new Paragraph({
      alignment: o.bodyAlign === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      indent: { firstLine: o.bodyIndent ?? 720 },
      spacing: { after: o.bodyAfter ?? 120, line: 276 },
      children: children ?? [new TextRun({ text, size: 28, ...o.body } as IRunOptions)],
    });
  const revisionParagraph = bodyPara('', [
    new TextRun({ text: 'Kiểm tra việc thực hiện kế hoạch ', size: 28 }),
    new InsertedTextRun({ text: 'định kỳ hằng quý ', id: 1, author: 'A', date: '2025-03-01T00:00:00Z', size: 28 }),
    new DeletedTextRun({ text: 'khi cần thiết ', id: 2, author: 'A', date: '2025-03-01T00:00:00Z', size: 28 }),
    new CommentRangeStart(0),
    new TextRun({ text: 'và báo cáo kết quả cho Giám đốc Sở', size: 28 }),
    new CommentRangeEnd(0),
    new TextRun({ children: [new CommentReference(0)] }),
    new TextRun({ text: ' ghi chú nội bộ', size: 28, vanish: true }),
    new TextRun({ text: '.', size: 28 }),
  ]);
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: o.pageNumberSize ?? 28 })] });
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    ...(o.revisions ? { comments: { children: [{ id: 0, author: 'A', date: new Date('2025-03-01'), children: [new Paragraph('Xem lại')] }] } } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: o.page?.width ?? 11906, height: o.page?.height ?? 16838 },
            margin: { top: 1134, right: 1134, bottom: 1134, left: 1701, ...o.margins },
          },
        },
        ...(o.pageNumberIn !== 'none' && o.pageNumberIn !== 'footer'
          ? { headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph('')] }) } }
          : {}),
        ...(o.pageNumberIn === 'footer' ? { footers: { default: new Footer({ children: [pageNumber] }), first: new Footer({ children: [new Paragraph('')] }) } } : {}),
        children: [
          p('UBND TỈNH LẠNG SƠN', { size: 26 }),
          p('SỞ NỘI VỤ', { size: 26, bold: true }),
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 26, bold: true }),
          p('Độc lập - Tự do - Hạnh phúc', { bold: true, ...o.motto }, o.mottoRule === false ? {} : MOTTO_RULE),
          p('Số: 09/KH-SNV', { size: 26, ...o.number }),
          p('Lạng Sơn, ngày 05 tháng 3 năm 2025', { italics: true }),
          p('KẾ HOẠCH', { bold: true }),
          p('Cải cách hành chính năm 2025', { bold: true }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 720 },
            spacing: { after: 120 },
            children: [new TextRun({ text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', size: 28, italics: true })],
          }),
          p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }, { alignment: AlignmentType.LEFT, spacing: { after: 120 } }),
          bodyPara(BODY),
          p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }, { alignment: AlignmentType.LEFT, spacing: { after: 120 } }),
          bodyPara(`1. ${BODY}`),
          bodyPara(`2. Tổ chức tuyên truyền, phổ biến ${BODY.toLowerCase()}`),
          p('III. TỔ CHỨC THỰC HIỆN', { bold: true }, { alignment: AlignmentType.LEFT, spacing: { after: 120 } }),
          o.revisions ? revisionParagraph : bodyPara(`Văn phòng Sở theo dõi, đôn đốc việc thực hiện kế hoạch và báo cáo kết quả cho Giám đốc Sở trước ngày 15 tháng 12 năm 2025.`),
          new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', size: 24, bold: true, italics: true, ...o.recipientsHeading } as IRunOptions)] }),
          new Paragraph({ children: [new TextRun({ text: '- UBND tỉnh;', size: 22 })] }),
          new Paragraph({ children: [new TextRun({ text: '- Lưu: VT, VP.', size: 22 })] }),
          p('KT. GIÁM ĐỐC', { bold: true }),
          p('PHÓ GIÁM ĐỐC', { bold: true }),
          p('Nguyễn Văn An', { bold: true }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FORMAT_RULES = RULES.filter((r) => r.id.startsWith('format/'));

/** The findings of the format/ rules (or one of them) on a .docx, through the real loader and parser. */
export async function formatFindings(bytes: Uint8Array, ruleId?: string, options: Partial<EngineOptions> = {}): Promise<Finding[]> {
  const { loaded, doc, facts } = await parseBytes(bytes, 'plan.docx', { lang: 'vi', isolate: false });
  const rules = ruleId ? FORMAT_RULES.filter((r) => r.id === ruleId) : FORMAT_RULES;
  return runRules(rules, loaded, doc, facts, { ...ENGINE_DEFAULTS, ...options });
}

export const summary = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`);
