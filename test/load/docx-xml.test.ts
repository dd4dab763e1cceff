import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/load/docx.js';
import { alignParagraphs, readDocxXml, runsForSpan, utf8Offset } from '../../src/load/docx-xml/index.js';
import { resolveLimits } from '../../src/load/limits.js';
import { CONTENT_TYPES, fixture, makeZip, SEEDS } from './helpers.js';

const limits = resolveLimits();
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A .docx from body XML and styles XML (both without the root element). */
function wordFile(body: string, styles = '', extra: { name: string; data: string }[] = [], rels = ''): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
    { name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>` },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...extra,
  ]);
}

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Small"><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Smaller"><w:basedOn w:val="Small"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Emph"><w:rPr><w:i/><w:caps/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="Grid"><w:rPr><w:sz w:val="22"/></w:rPr></w:style>';

describe('Word XML reader: effective formatting', () => {
  const body =
    '<w:p><w:r><w:t>from defaults</w:t></w:r></w:p>' +
    '<w:p><w:pPr><w:pStyle w:val="Smaller"/></w:pPr><w:r><w:t>from basedOn</w:t></w:r><w:r><w:rPr><w:sz w:val="26"/><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> direct 13</w:t></w:r></w:p>' +
    '<w:p><w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>char style</w:t></w:r></w:p>' +
    '<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>' +
    '<w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr>';
  const word = readDocxXml(wordFile(body, STYLES), { limits });
  const [p0, p1, p2, c0, c1, c2] = word.paragraphs;

  it('size from the document defaults, paragraph style from the default style', () => {
    expect(p0?.runs[0]?.props).toMatchObject({ size: 14, font: 'Times New Roman' });
    expect(p0?.runs[0]?.props.bold).toBeUndefined();
    expect(p0?.style).toBe('Normal');
    expect(p0?.props).toMatchObject({ align: 'both', firstLine: 567, spacingAfter: 120, line: 288, lineRule: 'auto' });
  });

  it('size and bold from a basedOn chain, overridden by direct formatting', () => {
    expect(p1?.runs[0]?.props).toMatchObject({ size: 12, bold: true, italic: true });
    expect(p1?.runs[1]?.props).toMatchObject({ size: 13, bold: false, italic: true });
    expect(p1?.props).toMatchObject({ align: 'center', firstLine: 567 });
  });

  it('character style on top of the paragraph style', () => {
    expect(p2?.runs[0]?.props).toMatchObject({ size: 14, italic: true, caps: true });
  });

  it('table style between the defaults and the paragraph style; table positions', () => {
    expect(c0?.runs[0]?.props.size).toBe(11);
    expect(c2?.runs[0]?.props.size).toBe(12);
    expect([c0?.table, c1?.table, c2?.table]).toEqual([
      { table: 0, row: 0, cell: 0, depth: 1, rows: 2, geometry: {} },
      { table: 0, row: 0, cell: 1, depth: 1, rows: 2, geometry: {} },
      { table: 0, row: 1, cell: 0, depth: 1, rows: 2, geometry: {} },
    ]);
    expect(p0?.table).toBeUndefined();
  });

  it('section properties', () => {
    expect(word.sections).toHaveLength(1);
    expect(word.sections[0]).toMatchObject({ pageWidth: 11906, pageHeight: 16838, orientation: 'portrait', titlePage: true, margins: { top: 1134, left: 1701, right: 851 } });
  });

  it('offsets: each run and text element is located in document.xml', () => {
    for (const p of word.paragraphs) {
      expect(word.xml.slice(p.xmlStart, p.xmlStart + 4)).toBe('<w:p');
      expect(word.xml.slice(p.xmlEnd - 6, p.xmlEnd)).toBe('</w:p>');
      for (const r of p.runs) {
        expect(word.xml.slice(r.xmlStart, r.xmlEnd)).toMatch(/^<w:r>.*<\/w:r>$/su);
        expect(p.text.slice(r.textStart, r.textStart + r.text.length)).toBe(r.text);
        for (const piece of r.pieces.filter((x) => x.kind === 't')) expect(word.xml.slice(piece.xmlStart, piece.xmlEnd)).toMatch(/^<w:t[ >].*<\/w:t>$/su);
      }
    }
    expect(p1?.text).toBe('from basedOn direct 13');
    expect(utf8Offset('ạb', 1)).toBe(3);
  });
});

describe('Word XML reader: revisions, comments, hidden text, highlight', () => {
  const body =
    '<w:p><w:r><w:t xml:space="preserve">kept </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>added</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>' +
    '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>commented</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>' +
    '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r><w:r><w:t xml:space="preserve"> shown</w:t></w:r></w:p>' +
    '<w:p><w:r><w:rPr><w:highlight w:val="yellow"/><w:rPrChange w:id="3" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>marked</w:t></w:r></w:p>';
  const word = readDocxXml(wordFile(body), { limits });

  it('counts each kind and the paragraphs', () => {
    const i = word.integrity;
    expect(i.insertions).toEqual({ count: 1, paragraphs: [0] });
    expect(i.deletions).toEqual({ count: 1, paragraphs: [0] });
    expect(i.comments).toEqual({ count: 1, paragraphs: [1] });
    expect(i.hidden).toEqual({ count: 1, paragraphs: [2] });
    expect(i.highlight).toEqual({ count: 1, paragraphs: [3] });
    expect(i.formatChanges).toEqual({ count: 1, paragraphs: [3] });
    expect(i.moves.count).toBe(0);
  });

  it('reads the current version: insertions in, deletions out (kept as deletedText)', () => {
    expect(word.paragraphs[0]?.text).toBe('kept added');
    expect(word.paragraphs[0]?.runs.map((r) => r.revision)).toEqual([undefined, 'ins', 'del']);
    expect(word.paragraphs[0]?.runs[2]?.deletedText).toBe('gone');
    expect(word.paragraphs[3]?.runs[0]?.props.bold).toBeUndefined();
  });

  it('marks automatic list items (their indents live in numbering.xml)', () => {
    const w = readDocxXml(wordFile('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>'), { limits });
    expect(w.paragraphs.map((p) => p.numbered === true)).toEqual([true, false]);
  });

  it('a clean file has no marks', () => {
    const clean = readDocxXml(wordFile('<w:p><w:r><w:t>x</w:t></w:r></w:p>'), { limits });
    expect(Object.values(clean.integrity).every((m) => m.count === 0)).toBe(true);
  });
});

describe('Word XML reader: headers, page fields, themes', () => {
  it('resolves header parts, the PAGE field and theme fonts', () => {
    const theme = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;
    const bytes = wordFile(
      '<w:p><w:r><w:t>x</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>',
      [{ name: 'word/header1.xml', data: header }, { name: 'word/theme/theme1.xml', data: theme }],
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
    );
    const word = readDocxXml(bytes, { limits });
    expect(word.paragraphs[0]?.runs[0]?.props.font).toBe('Calibri');
    expect(word.sections[0]?.headers).toEqual([{ type: 'default', rId: 'rId9', part: 'word/header1.xml' }]);
    expect(word.sections[0]?.orientation).toBe('landscape');
    expect(word.headersFooters).toHaveLength(1);
    expect(word.headersFooters[0]?.paragraphs[0]).toMatchObject({ pageField: true, props: { align: 'center' } });
  });
});

describe('Word XML reader: alignment with the model text', () => {
  it.each(SEEDS)('%s: every non-footnote block of the loader is aligned to a Word paragraph', async (seed) => {
    const bytes = fixture('docx', `${seed}.docx`);
    const word = readDocxXml(bytes, { limits });
    const loaded = await loadDocx(bytes, { limits });
    const al = alignParagraphs(word.paragraphs, loaded.blocks);
    const covered = new Set(al.map((a) => a.block));
    const missing = loaded.blocks.map((b, i) => [b, i] as const).filter(([b, i]) => b.kind === 'paragraph' && !b.footnote && !covered.has(i));
    expect(missing.map(([b]) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([]);
    // A span's runs hold its text (a footnote marker the loader inserted is not in the runs).
    for (const a of al) {
      const slices = runsForSpan(word.paragraphs, al, a.docStart, a.docEnd);
      const got = slices.map((s) => word.paragraphs[s.paragraph]?.runs[s.run]?.text.slice(s.start, s.end)).join('');
      expect(got.normalize('NFC').replace(/\s+/gu, ' ').trim()).toBe(loaded.text.slice(a.docStart, a.docEnd).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/gu, '').replace(/\s+/gu, ' ').trim());
    }
  });

  it('a document made with the docx package: lines, table cells', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true, size: 28 })] }),
          new Paragraph({ children: [new TextRun('dòng một'), new TextRun({ text: 'dòng hai', break: 1 })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('ô một')] }), new TableCell({ children: [new Paragraph('ô hai')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('ô ba')] }), new TableCell({ children: [new Paragraph('ô bốn')] })] })] }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const word = readDocxXml(bytes, { limits });
    const loaded = await loadDocx(bytes, { limits });
    const al = alignParagraphs(word.paragraphs, loaded.blocks);
    const title = al.find((a) => loaded.text.slice(a.docStart, a.docEnd) === 'KẾ HOẠCH');
    expect(word.paragraphs[title?.paragraph ?? -1]?.runs[0]?.props).toMatchObject({ bold: true, size: 14 });
    const two = al.find((a) => loaded.text.slice(a.docStart, a.docEnd) === 'dòng hai');
    expect(two?.paragraph).toBe(1);
    const cell = al.find((a) => a.cell && loaded.text.slice(a.docStart, a.docEnd) === 'ô bốn');
    expect(word.paragraphs[cell?.paragraph ?? -1]?.table).toMatchObject({ row: 1, cell: 1 });
  });
});

describe('Word XML reader: toggle properties (ECMA-376 Part 1 §17.7.3)', () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="BoldPara"><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="BoldToo"><w:basedOn w:val="BoldPara"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="NotBold"><w:rPr><w:b w:val="0"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Shout"><w:rPr><w:caps/><w:i/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="ItalicTable"><w:rPr><w:i/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ItalicPara"><w:rPr><w:i/></w:rPr></w:style>';
  const run = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${text}</w:t></w:r>`;
  const body =
    `<w:p><w:pPr><w:pStyle w:val="BoldPara"/></w:pPr>${run('style only')}${run('Strong over bold', '<w:rStyle w:val="Strong"/>')}${run('NotBold over bold', '<w:rStyle w:val="NotBold"/>')}` +
    `${run('direct b', '<w:rStyle w:val="Strong"/><w:b/>')}${run('direct b=0', '<w:b w:val="0"/>')}${run('Shout', '<w:rStyle w:val="Shout"/>')}</w:p>` +
    `<w:p><w:pPr><w:pStyle w:val="BoldToo"/></w:pPr>${run('basedOn chain')}</w:p>` +
    `<w:p>${run('Strong alone', '<w:rStyle w:val="Strong"/>')}</w:p>` +
    '<w:tbl><w:tblPr><w:tblStyle w:val="ItalicTable"/></w:tblPr><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="ItalicPara"/></w:pPr>' +
    `${run('table and paragraph italic')}${run('direct i', '<w:i/>')}</w:p></w:tc></w:tr></w:tbl>`;
  const word = readDocxXml(wordFile(body, styles), { limits });
  const props = (p: number, r: number) => word.paragraphs[p]?.runs[r]?.props;

  it('a character style with w:b over a bold paragraph style gives regular text; w:b="0" in a style leaves it bold', () => {
    expect(props(0, 0)).toMatchObject({ bold: true, caps: true });
    expect(props(0, 1)?.bold).toBe(false);
    expect(props(0, 2)?.bold).toBe(true);
  });
  it('direct formatting sets the value outright, whatever the styles say', () => {
    expect(props(0, 3)?.bold).toBe(true);
    expect(props(0, 4)?.bold).toBe(false);
  });
  it('each toggle on its own: caps from the paragraph style undone by the character style, italic added', () => {
    expect(props(0, 5)).toMatchObject({ bold: true, caps: false, italic: true });
  });
  it('within one style\'s basedOn chain the nearest setting wins (not toggled twice)', () => {
    expect(props(1, 0)?.bold).toBe(true);
  });
  it('a character style alone sets it; table style and paragraph style toggle each other off', () => {
    expect(props(2, 0)?.bold).toBe(true);
    expect(props(3, 0)?.italic).toBe(false);
    expect(props(3, 1)?.italic).toBe(true);
  });
});

describe('Word XML reader: list items', () => {
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListNum"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>';
  const body =
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>direct</w:t></w:r></w:p>' +
    '<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr><w:r><w:t>by its style</w:t></w:r></w:p>' +
    '<w:p><w:pPr><w:pStyle w:val="ListNum"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>numbering removed</w:t></w:r></w:p>' +
    '<w:p><w:r><w:t>plain</w:t></w:r></w:p>';
  const word = readDocxXml(wordFile(body, styles), { limits });
  it('a paragraph numbered directly or by its paragraph style is a list item (its indent is the list\'s); numId 0 removes it', () => {
    expect(word.paragraphs.map((p) => p.numbered === true)).toEqual([true, true, false, false]);
  });
});
