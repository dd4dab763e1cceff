// A PDF font's base name read as a family and a style: "ABCDEF+TimesNewRomanPS-BoldItalicMT" → Times New Roman,
// bold, italic. Word, LibreOffice and most producers write the PostScript name of the font they embedded.

const SUBSET_RE = /^[A-Z]{6}\+/u;
/** Names that stand for no family: producers' placeholders ("F1", "T1_0", "CIDFont+F2", pdfjs's "g_d0_f1"). */
const PLACEHOLDER_RE = /^(?:[A-Z]{1,3}\d+(?:_\d+)?|CIDFont(?:\+F\d+)?|g_d\d+_f\d+|Type3|)$/iu;
const STYLE_WORDS = /(?:bold|black|heavy|semibold|demibold|demi|italic|oblique|regular)+$/iu;

/** Families whose PostScript names do not split into their display names by capitals alone. */
const KNOWN: Record<string, string> = {
  timesnewroman: 'Times New Roman',
  timesnewromanps: 'Times New Roman',
  times: 'Times',
  arial: 'Arial',
  arialnarrow: 'Arial Narrow',
  calibri: 'Calibri',
  cambria: 'Cambria',
  tahoma: 'Tahoma',
  verdana: 'Verdana',
  liberationserif: 'Liberation Serif',
  liberationsans: 'Liberation Sans',
  dejavuserif: 'DejaVu Serif',
  dejavusans: 'DejaVu Sans',
  couriernew: 'Courier New',
  symbol: 'Symbol',
};

export interface FontName {
  /** The family, or null when the name is a placeholder. */
  family: string | null;
  bold: boolean;
  italic: boolean;
}

export function parseFontName(raw: string): FontName {
  const name = raw.trim().replace(SUBSET_RE, '');
  const bold = /bold|black|heavy|semibold|demi/iu.test(name);
  const italic = /italic|oblique/iu.test(name);
  if (PLACEHOLDER_RE.test(name)) return { family: null, bold, italic };
  // Legacy Vietnamese fonts keep their whole name: "VNI-Times", ".VnTime", ".VnTimeH".
  if (/^(?:VNI[-_]|\.Vn)/iu.test(name)) return { family: name.replace(/[-,](?:Bold|Italic|BoldItalic|Oblique)$/iu, ''), bold, italic };
  // "Family-Style", "Family,Style", "FamilyPSMT", "FamilyMT".
  let base = name.split(/[-,]/u)[0] ?? name;
  base = base.replace(/(?:PSMT|PS|MT)$/u, '');
  const noStyle = base.replace(STYLE_WORDS, '');
  if (noStyle.length >= 3) base = noStyle;
  const key = base.replace(/[\s_]/gu, '').toLowerCase();
  const known = KNOWN[key];
  if (known) return { family: known, bold, italic };
  // Capitals start words: "BookmanOldStyle" → "Bookman Old Style"; names already spaced stay as they are.
  const family = base.includes(' ') ? base.trim() : base.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').replace(/_/gu, ' ').trim();
  return { family: family.length >= 2 ? family : null, bold, italic };
}
