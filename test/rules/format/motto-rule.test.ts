// format/motto-rule: the rule under the Tiêu ngữ, drawn in each of the ways Word files draw it (shapes anchored in
// the motto's paragraph, the next one or the cell below; VML and DrawingML; borders; underline), and left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/check.js';
import { pdfMottoRule } from '../../../src/load/pdf/presentation.js';
import { CONTENT_TYPES, makeZip } from '../../load/helpers.js';
import { formatFindings, planDocx, summary } from './_docx.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
].join(' ');
const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>';

interface Parts {
  /** Extra w:pPr / w:rPr of the motto's paragraph, runs before its text, the motto cell's w:tcPr. */
  mottoPPr?: string;
  mottoRPr?: string;
  mottoShape?: string;
  mottoTcPr?: string;
  /** A paragraph after the motto in its cell (with a drawing or a top border). */
  afterMotto?: string;
  /** Runs at the start of the place-and-date paragraph (the cell below the motto's). */
  dateShape?: string;
  /** w:tblPr content of the header table. */
  tblPr?: string;
  /** Runs at the start of the Quốc hiệu's paragraph (the one above the motto). */
  quocHieuShape?: string;
}

const para = (text: string, o: { pPr?: string; rPr?: string; runs?: string; size?: number } = {}): string =>
  `<w:p><w:pPr><w:jc w:val="center"/>${o.pPr ?? ''}</w:pPr>${o.runs ?? ''}<w:r><w:rPr><w:b/><w:sz w:val="${(o.size ?? 14) * 2}"/>${o.rPr ?? ''}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const body = (text: string): string => `<w:p><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:after="120"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A VML line at `top` pt below the anchor paragraph's top, 60–230 pt from the cell's left (as Word's fallback writes it). */
const vmlLine = (top: number, rel = 'text'): string =>
  `<w:r><w:pict><v:line id="Line 5" style="position:absolute;z-index:1;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:${rel}" from="60pt,${top}pt" to="230pt,${top}pt"/></w:pict></w:r>`;
const drawing = (top: number, prst = 'line', cyPt = 0, vRel = 'paragraph'): string =>
  `<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
  `<wp:positionH relativeFrom="column"><wp:posOffset>${60 * 12700}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="${vRel}"><wp:posOffset>${Math.round(top * 12700)}</wp:posOffset></wp:positionV>` +
  `<wp:extent cx="${170 * 12700}" cy="${cyPt * 12700}"/><wp:wrapNone/><wp:docPr id="7" name="Line"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
  `<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${170 * 12700}" cy="${cyPt * 12700}"/></a:xfrm><a:prstGeom prst="${prst}"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
/** A DrawingML shape with Word's VML fallback (a connector referring to a shape type), as Word 2010+ saves it. */
const alternate = (top: number): string =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing(top, 'straightConnector1')}</mc:Choice><mc:Fallback><w:pict>` +
  `<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/></v:shapetype>` +
  `<v:shape id="AutoShape 4" type="#_x0000_t32" style="position:absolute;margin-left:60pt;margin-top:${top}pt;width:170pt;height:0;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text"/>` +
  `</w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
const thinRect = (top: number): string =>
  `<w:r><w:pict><v:rect id="r" style="position:absolute;margin-left:60pt;margin-top:${top}pt;width:170pt;height:.75pt;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" fillcolor="black" stroked="f"/></w:pict></w:r>`;
const textBox = (top: number): string =>
  `<w:r><w:pict><v:shape id="t" style="position:absolute;margin-left:60pt;margin-top:${top}pt;width:170pt;height:20pt;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text"><v:textbox><w:txbxContent><w:p><w:r><w:t>ghi chú</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
/** The line under the issuing body, in the left column: never the motto's rule. */
const BODY_LINE = `<w:r><w:pict><v:line id="Line 4" style="position:absolute;z-index:2;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="50pt,16pt" to="110pt,16pt"/></w:pict></w:r>`;

function planXml(o: Parts = {}): string {
  const cell = (w: number, content: string, tcPr = ''): string => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
  const header =
    `<w:tbl><w:tblPr><w:tblW w:w="9500" w:type="dxa"/>${o.tblPr ?? ''}</w:tblPr><w:tblGrid><w:gridCol w:w="3500"/><w:gridCol w:w="6000"/></w:tblGrid>` +
    `<w:tr>${cell(3500, para('UBND TỈNH LẠNG SƠN', { size: 13, rPr: '<w:b w:val="0"/>' }) + para('SỞ NỘI VỤ', { size: 13, runs: BODY_LINE }))}` +
    cell(6000, para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, runs: o.quocHieuShape ?? '' }) + para('Độc lập - Tự do - Hạnh phúc', { pPr: o.mottoPPr ?? '', rPr: o.mottoRPr ?? '', runs: o.mottoShape ?? '' }) + (o.afterMotto ?? ''), o.mottoTcPr) +
    `</w:tr><w:tr>${cell(3500, para('Số: 09/KH-SNV', { size: 13, rPr: '<w:b w:val="0"/>' }))}${cell(6000, para('Lạng Sơn, ngày 05 tháng 3 năm 2025', { rPr: '<w:b w:val="0"/><w:i/>', runs: o.dateShape ?? '' }))}</w:tr></w:tbl>`;
  return (
    header +
    para('KẾ HOẠCH') +
    para('Cải cách hành chính năm 2025') +
    body('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;') +
    para('I. MỤC ĐÍCH, YÊU CẦU', { pPr: '<w:jc w:val="left"/>' }) +
    body('Nâng cao chất lượng, hiệu quả công tác cải cách hành chính của Sở, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.') +
    para('II. TỔ CHỨC THỰC HIỆN', { pPr: '<w:jc w:val="left"/>' }) +
    body('Văn phòng Sở theo dõi, đôn đốc việc thực hiện kế hoạch và báo cáo kết quả cho Giám đốc Sở trước ngày 15 tháng 12 năm 2025.') +
    para('KT. GIÁM ĐỐC') +
    para('PHÓ GIÁM ĐỐC') +
    para('Nguyễn Văn An') +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
  );
}

function wordFile(bodyXml: string): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${bodyXml}</w:body></w:document>` },
    { name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${STYLES}</w:styles>` },
    { name: 'word/_rels/document.xml.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>' },
  ]);
}

async function mottoRuleOf(bytes: Uint8Array, name = 'plan.docx'): Promise<unknown> {
  const { loaded } = await parseBytes(bytes, name, { lang: 'vi', isolate: false });
  return loaded.presentation?.mottoRule;
}
const MISSING = 'format/motto-rule info: Tiêu ngữ: không có đường kẻ ngang bên dưới — quy định đường kẻ ngang nét liền, dài bằng dòng chữ.';
const findings = async (o: Parts): Promise<string[]> => summary(await formatFindings(wordFile(planXml(o)), 'format/motto-rule'));

describe('format/motto-rule on Word files: each way of drawing the rule', () => {
  it('nothing under the motto (only the line under the issuing body, in the other column): one info', async () => {
    expect(await findings({})).toEqual([MISSING]);
    expect(await mottoRuleOf(wordFile(planXml({})))).toEqual({ state: 'absent', kind: null, widthPt: null, textWidthPt: null, reason: null });
  });

  const drawn: [string, Parts, string][] = [
    ['a VML line anchored in the motto paragraph, 18 pt down', { mottoShape: vmlLine(18) }, 'shape'],
    ['a DrawingML line (w:drawing, prst="line") in the motto paragraph', { mottoShape: `<w:r>${drawing(18)}</w:r>` }, 'shape'],
    ['a DrawingML connector with its VML fallback (mc:AlternateContent)', { mottoShape: alternate(18.35) }, 'shape'],
    ['a thin filled rectangle (VML v:rect, 0.75 pt high)', { mottoShape: thinRect(17) }, 'shape'],
    ['a thin DrawingML rectangle', { mottoShape: `<w:r>${drawing(17, 'rect', 1)}</w:r>` }, 'shape'],
    ['a line anchored in the next paragraph of the cell, 1.3 pt down', { afterMotto: para('', { runs: vmlLine(1.3) }) }, 'shape'],
    ['a line anchored in the cell below (place and date), 1 pt down', { dateShape: vmlLine(1) }, 'shape'],
    ['a line anchored in the Quốc hiệu paragraph, 33 pt down', { quocHieuShape: vmlLine(33) }, 'shape'],
    ['a bottom border on the motto paragraph', { mottoPPr: '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:ind w:left="1200" w:right="1200"/>' }, 'border'],
    ['a top border on the next paragraph', { afterMotto: para('', { pPr: '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>' }) }, 'border'],
    ['the bottom border of the motto cell', { mottoTcPr: '<w:tcBorders><w:bottom w:val="single" w:sz="4"/></w:tcBorders>' }, 'cellBorder'],
    ['a table style with inside borders', { tblPr: '<w:tblStyle w:val="TableGrid"/>' }, 'cellBorder'],
    ['the motto underlined', { mottoRPr: '<w:u w:val="single"/>' }, 'underline'],
    ['a line of underscores typed in the next paragraph', { afterMotto: para('________________________') }, 'characters'],
  ];
  for (const [what, parts, kind] of drawn) {
    it(`${what}: no finding (${kind})`, async () => {
      expect(await findings(parts)).toEqual([]);
      expect(await mottoRuleOf(wordFile(planXml(parts)))).toMatchObject({ state: 'present', kind });
    });
  }

  it('the line\'s length is given for a shape', async () => {
    expect(await mottoRuleOf(wordFile(planXml({ mottoShape: vmlLine(18) })))).toMatchObject({ widthPt: 170 });
  });

  it('a line far below the motto (60 pt, past the place and date): one info', async () => {
    expect(await findings({ mottoShape: vmlLine(60) })).toEqual([MISSING]);
  });

  it('a table style whose borders are turned off in the table: one info', async () => {
    expect(await findings({ tblPr: '<w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/><w:bottom w:val="nil"/><w:insideH w:val="nil"/></w:tblBorders>' })).toEqual([MISSING]);
  });

  const unknown: [string, Parts][] = [
    ['a line positioned from the page', { mottoShape: vmlLine(100, 'page') }],
    ['a text box right under the motto', { mottoShape: textBox(18) }],
  ];
  for (const [what, parts] of unknown) {
    it(`${what}: unknown, no finding`, async () => {
      expect(await findings(parts)).toEqual([]);
      expect(await mottoRuleOf(wordFile(planXml(parts)))).toMatchObject({ state: 'unknown', kind: null });
    });
  }
});

describe('format/motto-rule: files made with the docx package and real files edited', () => {
  it('the conforming plan (rule drawn as a bottom border) gives none; without it, one info', async () => {
    expect(summary(await formatFindings(await planDocx(), 'format/motto-rule'))).toEqual([]);
    expect(summary(await formatFindings(await planDocx({ mottoRule: false }), 'format/motto-rule'))).toEqual([MISSING]);
  });

  it('a real plan (01) as written: the connector anchored in the motto paragraph; its rule removed: one info', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'real', '01_lam-dong-cchc-2026.docx')));
    expect(await mottoRuleOf(bytes)).toEqual({ state: 'present', kind: 'shape', widthPt: 170.1, textWidthPt: null, reason: null });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    const motto = xml.indexOf('Độc lập - Tự do - Hạnh phúc');
    const start = xml.lastIndexOf('<mc:AlternateContent>', motto);
    const end = xml.indexOf('</mc:AlternateContent>', start) + '</mc:AlternateContent>'.length;
    expect(start).toBeGreaterThan(0);
    zip.file('word/document.xml', xml.slice(0, start) + xml.slice(end));
    const edited = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(summary(await formatFindings(edited, 'format/motto-rule'))).toEqual([MISSING]);
  });
});

describe('format/motto-rule on PDF files (LibreOffice exports of fixtures/pdf/presentation)', () => {
  const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'pdf', 'presentation', name)));
  const pdfFindings = async (name: string): Promise<string[]> => {
    const { loaded, doc, facts } = await parseBytes(pdf(name), name, { lang: 'vi', isolate: false });
    const { runRules } = await import('../../../src/engine/index.js');
    const { RULES } = await import('../../../src/rules/index.js');
    const { ENGINE_DEFAULTS } = await import('../../_pipeline.js');
    return summary(runRules(RULES.filter((r) => r.id === 'format/motto-rule'), loaded, doc, facts, ENGINE_DEFAULTS));
  };
  it('the conforming plan: the border is a path under the motto, as long as it; no finding', async () => {
    expect(await mottoRuleOf(pdf('conforming.pdf'), 'conforming.pdf')).toMatchObject({ state: 'present', kind: 'path' });
    expect(await pdfFindings('conforming.pdf')).toEqual([]);
  });
  it('without the rule: one info, as for the .docx', async () => {
    expect(await pdfFindings('no-motto-rule.pdf')).toEqual([MISSING]);
    expect(summary(await formatFindings(pdf('no-motto-rule.docx'), 'format/motto-rule'))).toEqual([MISSING]);
  });
  it('a real plan exported by LibreOffice: the shape becomes a path of the same length', async () => {
    expect(await mottoRuleOf(pdf('01_lam-dong-cchc-2026.pdf'), '01.pdf')).toMatchObject({ state: 'present', kind: 'path', widthPt: 170.1 });
  });
  it('a border longer than the motto but within bounds (left-20mm: 203 vs 171 pt): no finding', async () => {
    expect(await pdfFindings('left-20mm.pdf')).toEqual([]);
  });
  it('a rule far shorter than the motto: one info naming both lengths', async () => {
    const { loaded, doc, facts } = await parseBytes(pdf('conforming.pdf'), 'conforming.pdf', { lang: 'vi', isolate: false });
    const { runRules } = await import('../../../src/engine/index.js');
    const { RULES } = await import('../../../src/rules/index.js');
    const { ENGINE_DEFAULTS } = await import('../../_pipeline.js');
    (doc.presentation as NonNullable<typeof doc.presentation>).mottoRule = { state: 'present', kind: 'path', widthPt: 60, textWidthPt: 171.2, reason: null };
    expect(summary(runRules(RULES.filter((r) => r.id === 'format/motto-rule'), loaded, doc, facts, ENGINE_DEFAULTS))).toEqual([
      'format/motto-rule info: Tiêu ngữ: đường kẻ bên dưới dài 60 pt, dòng chữ dài 171,2 pt — quy định đường kẻ dài bằng dòng chữ.',
    ]);
  });
});

describe('pdfMottoRule: segments and images of page 1 against the line of the motto', () => {
  const line = { y: 100, x0: 300, x1: 471, size: 14, bits: [], text: 'Độc lập - Tự do - Hạnh phúc', bold: true, italic: false, page: 1 };
  const page = (h: { a: number; from: number; to: number }[], images: { x0: number; y0: number; x1: number; y1: number }[] = []) =>
    ({ page: 1, width: 595, height: 842, lines: [line], tables: [], hasText: true, overlaid: 0, drawn: { h, images } });
  it('a segment 5 pt under the baseline along the motto: present, with both lengths', () => {
    expect(pdfMottoRule(page([{ a: 105, from: 302, to: 469 }]))).toEqual({ state: 'present', kind: 'path', widthPt: 167, textWidthPt: 171, reason: null });
  });
  it('a segment under another column, or far below: absent', () => {
    expect(pdfMottoRule(page([{ a: 105, from: 60, to: 150 }, { a: 160, from: 300, to: 470 }]))).toMatchObject({ state: 'absent' });
  });
  it('a line of underscores typed on the next text line: present', () => {
    const typed = { ...line, y: 114, x0: 320, x1: 450, text: '____________________', bold: false };
    expect(pdfMottoRule({ ...page([]), lines: [line, typed] })).toMatchObject({ state: 'present', kind: 'characters', widthPt: 130 });
  });
  it('an image over the place of the rule: unknown', () => {
    expect(pdfMottoRule(page([], [{ x0: 280, y0: 95, x1: 480, y1: 110 }]))).toMatchObject({ state: 'unknown' });
  });
  it('no Tiêu ngữ on page 1: nothing said', () => {
    expect(pdfMottoRule({ ...page([]), lines: [] })).toBeUndefined();
  });
});
