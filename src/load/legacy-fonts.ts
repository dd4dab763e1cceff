// Recognises pre-Unicode Vietnamese fonts (TCVN3 ".Vn…", VNI "VNI-…") and converts text typed in them to Unicode.
import { decodeVni } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'tcvn3-upper' | 'vni' | 'unsupported';

/** The legacy encoding a font name implies, or undefined for a Unicode font. */
export function legacyEncodingOfFont(font: string | null | undefined): LegacyEncoding | undefined {
  if (!font) return undefined;
  const f = font.trim();
  // ABC/TCVN3 fonts: ".VnTime", ".VnArial"; the capital-only variants end in "H" (".VnTimeH", ".VnArialH").
  if (/^\.vn/i.test(f)) return /H$/.test(f) ? 'tcvn3-upper' : 'tcvn3';
  if (/^vni[- ]/i.test(f)) return 'vni';
  // VPS and VIQR-era fonts use encodings we have no table for.
  if (/^vps/i.test(f)) return 'unsupported';
  return undefined;
}

// Windows-1252 characters in 0x80–0x9F, back to their byte (Word stores legacy text as cp1252 characters).
const CP1252_BYTE: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

// Latin-1 characters pdfjs's text extraction replaces by their compatibility form (NFKC): µ → μ.
const NORMALISED_BYTE: Record<string, number> = { '\u03bc': 0xb5 };

/** The bytes a legacy-font string stood for; undefined when it holds characters no 8-bit font could have produced. */
export function legacyBytes(s: string): Uint8Array | undefined {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    let b: number | undefined;
    if (code <= 0xff) b = code;
    else if (code >= 0xf000 && code <= 0xf0ff) b = code - 0xf000; // symbol-font private-use mapping
    else b = CP1252_BYTE[ch] ?? NORMALISED_BYTE[ch];
    if (b === undefined) return undefined;
    out[n++] = b;
  }
  return out.subarray(0, n);
}

export interface TcvnDecoder {
  decode(bytes: Uint8Array): string;
}

/** Converts text typed in a legacy font. Returns undefined when it cannot (unsupported font, non-8-bit characters). */
export function convertLegacyText(s: string, enc: LegacyEncoding, tcvn: TcvnDecoder | undefined): string | undefined {
  if (enc === 'unsupported') return undefined;
  // Text already holding Vietnamese Unicode letters was retyped after a font change: leave it.
  if (/[\u0100-\u024f\u1ea0-\u1ef9]/u.test(s)) return undefined;
  if (enc === 'vni') return decodeVni(s);
  const bytes = legacyBytes(s);
  if (!bytes || !tcvn) return undefined;
  const text = tcvn.decode(bytes);
  return enc === 'tcvn3-upper' ? text.toUpperCase() : text;
}
