// A minimal PDF writer for loader tests: positioned text in simple 8-bit fonts (any /BaseFont name, with or without
// /Encoding, symbolic or not, never embedded) or in a Unicode Type0 font (Identity-H with a /ToUnicode map), and
// stroked lines. Coordinates are in points from the top-left corner of an A4 page; y is the text baseline.

export interface PdfFontSpec {
  id: string;
  baseFont: string;
  /** 'simple': text is written as bytes (one char ≤ U+00FF per byte); 'unicode': any text, mapped by /ToUnicode. */
  kind: 'simple' | 'unicode';
  encoding?: 'WinAnsiEncoding' | 'MacRomanEncoding';
  symbolic?: boolean;
  bold?: boolean;
  /** 'unicode' only: leave out the /ToUnicode map (text extracts as bare CIDs, like Word's Identity-H subsets). */
  noToUnicode?: boolean;
}
export interface PdfTextRun {
  x: number;
  y: number;
  text: string;
  font: string;
  size?: number;
}
export interface PdfPageSpec {
  texts: PdfTextRun[];
  /** Stroked segments [x1, y1, x2, y2]. */
  lines?: [number, number, number, number][];
}

const PAGE_W = 595;
const PAGE_H = 842;
/** Advance width of every glyph in the Unicode font, in thousandths of an em (its /DW). */
export const UNICODE_ADVANCE = 500;

function pdfString(bytes: string): string {
  let out = '(';
  for (const ch of bytes) {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error(`simple-font text holds U+${c.toString(16)}`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (c < 0x20 || c > 0x7e) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out})`;
}

/** `cidBase`: the CID of the first character used in the Unicode font, minus one (default 0). */
export function writePdf(pages: PdfPageSpec[], fonts: PdfFontSpec[], options: { cidBase?: number } = {}): Buffer {
  const objs: string[] = [];
  const add = (body: string): number => {
    objs.push(body);
    return objs.length;
  };
  // Unicode font: one CID per distinct character, in order of first use.
  const cids = new Map<string, number>();
  for (const p of pages) {
    for (const t of p.texts) {
      const f = fonts.find((x) => x.id === t.font);
      if (f?.kind === 'unicode') for (const ch of t.text) if (!cids.has(ch)) cids.set(ch, (options.cidBase ?? 0) + cids.size + 1);
    }
  }
  const fontRefs = new Map<string, number>();
  for (const f of fonts) {
    if (f.kind === 'simple') {
      const flags = f.symbolic ? 4 : 32;
      const desc = add(`<< /Type /FontDescriptor /FontName /${f.baseFont} /Flags ${flags} /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>`);
      const enc = f.encoding ? ` /Encoding /${f.encoding}` : '';
      fontRefs.set(f.id, add(`<< /Type /Font /Subtype /TrueType /BaseFont /${f.baseFont} /FirstChar 32 /LastChar 255 /Widths [${new Array(224).fill(500).join(' ')}] /FontDescriptor ${desc} 0 R${enc} >>`));
    } else {
      const entries = [...cids].map(([ch, cid]) => `<${cid.toString(16).padStart(4, '0')}> <${[...ch].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, '0')).join('')}>`);
      const chunks: string[] = [];
      for (let i = 0; i < entries.length; i += 100) chunks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
      const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${chunks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
      const tu = add(`<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`);
      const desc = add(`<< /Type /FontDescriptor /FontName /${f.baseFont} /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV ${f.bold ? 160 : 80} >>`);
      const cid = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${f.baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW ${UNICODE_ADVANCE} /CIDToGIDMap /Identity >>`);
      fontRefs.set(f.id, add(`<< /Type /Font /Subtype /Type0 /BaseFont /${f.baseFont} /Encoding /Identity-H /DescendantFonts [${cid} 0 R]${f.noToUnicode ? '' : ` /ToUnicode ${tu} 0 R`} >>`));
    }
  }
  const fontDict = `<< ${fonts.map((f) => `/${f.id} ${fontRefs.get(f.id)} 0 R`).join(' ')} >>`;
  const pageIds: number[] = [];
  const parentId = objs.length + pages.length * 2 + 1;
  for (const p of pages) {
    let content = '';
    for (const [x1, y1, x2, y2] of p.lines ?? []) content += `0.5 w ${x1} ${PAGE_H - y1} m ${x2} ${PAGE_H - y2} l S\n`;
    for (const t of p.texts) {
      const f = fonts.find((x) => x.id === t.font);
      if (!f) throw new Error(`unknown font ${t.font}`);
      const s = f.kind === 'simple' ? pdfString(t.text) : `<${[...t.text].map((ch) => (cids.get(ch) as number).toString(16).padStart(4, '0')).join('')}>`;
      content += `BT /${t.font} ${t.size ?? 12} Tf 1 0 0 1 ${t.x} ${PAGE_H - t.y} Tm ${s} Tj ET\n`;
    }
    const c = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${parentId} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font ${fontDict} >> /Contents ${c} 0 R >>`));
  }
  const parent = add(`<< /Type /Pages /Kids [${pageIds.map((i) => `${i} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  if (parent !== parentId) throw new Error('page tree id');
  const catalog = add(`<< /Type /Catalog /Pages ${parent} 0 R >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
