// Reading w:rPr / w:pPr children into RunProps / ParaProps, and merging layers.
import type { EffectiveRun, ParaProps, RunProps } from './types.js';

/** Theme font slots ("minorHAnsi" …) → typeface, from word/theme/theme1.xml. */
export type ThemeFonts = Map<string, string>;

/** A toggle or on/off property: absent val, "1", "true", "on" are on. */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !/^(?:0|false|off|none)$/iu.test(val);
}

const intOf = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

/** Applies one child element of w:rPr to `p`. */
export function readRunProp(p: RunProps, name: string, a: Record<string, string>, theme: ThemeFonts): void {
  switch (name) {
    case 'w:rFonts': {
      const ascii = themeFont(a['w:asciiTheme'], theme) ?? a['w:ascii'];
      const hAnsi = themeFont(a['w:hAnsiTheme'], theme) ?? a['w:hAnsi'];
      if (ascii) p.fontAscii = ascii;
      if (hAnsi) p.fontHAnsi = hAnsi;
      break;
    }
    case 'w:sz': {
      const v = intOf(a['w:val']);
      if (v !== undefined && v > 0) p.size = v / 2;
      break;
    }
    case 'w:b':
      p.bold = onOff(a['w:val']);
      break;
    case 'w:i':
      p.italic = onOff(a['w:val']);
      break;
    case 'w:u':
      p.underline = a['w:val'] ?? 'single';
      break;
    case 'w:caps':
      p.caps = onOff(a['w:val']);
      break;
    case 'w:smallCaps':
      p.smallCaps = onOff(a['w:val']);
      break;
    case 'w:strike':
      p.strike = onOff(a['w:val']);
      break;
    case 'w:highlight':
      p.highlight = a['w:val'] ?? 'none';
      break;
    case 'w:vanish':
      p.hidden = onOff(a['w:val']);
      break;
    case 'w:color':
      if (a['w:val']) p.color = a['w:val'];
      break;
  }
}

function themeFont(slot: string | undefined, theme: ThemeFonts): string | undefined {
  return slot ? theme.get(slot) : undefined;
}

/** Applies one child element of w:pPr to `p`. */
export function readParaProp(p: ParaProps, name: string, a: Record<string, string>): void {
  switch (name) {
    case 'w:jc':
      if (a['w:val']) p.align = a['w:val'];
      break;
    case 'w:ind': {
      const left = intOf(a['w:left'] ?? a['w:start']);
      if (left !== undefined) p.indentLeft = left;
      const first = intOf(a['w:firstLine']);
      const hanging = intOf(a['w:hanging']);
      if (hanging !== undefined) p.firstLine = -hanging;
      else if (first !== undefined) p.firstLine = first;
      break;
    }
    case 'w:spacing': {
      const before = intOf(a['w:before']);
      const after = intOf(a['w:after']);
      const line = intOf(a['w:line']);
      if (before !== undefined) p.spacingBefore = before;
      if (after !== undefined) p.spacingAfter = after;
      if (line !== undefined) p.line = line;
      if (a['w:lineRule']) p.lineRule = a['w:lineRule'];
      break;
    }
    case 'w:numId':
      p.numId = a['w:val'] ?? '0';
      break;
    // Children of w:pBdr (w:top and w:bottom occur nowhere else in w:pPr).
    case 'w:top':
      p.borderTop = a['w:val'] ?? 'none';
      break;
    case 'w:bottom':
      p.borderBottom = a['w:val'] ?? 'none';
      break;
  }
}

/** A border value that draws a line ("single", "thick", "double" …), not "none"/"nil". */
export function drawsBorder(val: string | undefined): boolean {
  return val !== undefined && val !== 'none' && val !== 'nil';
}

/**
 * Toggle properties (ECMA-376 Part 1 §17.7.3) among the ones read here: w:b, w:i, w:caps, w:smallCaps, w:strike,
 * w:vanish (w:bCs, w:iCs, w:dstrike, w:emboss, w:imprint, w:outline, w:shadow are toggles too but not read).
 */
const TOGGLES = ['bold', 'italic', 'caps', 'smallCaps', 'strike', 'hidden'] as const;

/**
 * Run formatting through the style hierarchy: document defaults, then the table, paragraph and character styles
 * (each already resolved along its own basedOn chain), then direct formatting. A toggle property set on in a style
 * inverts the value inherited from the levels before it, set off it leaves it; direct formatting sets it outright
 * (§17.7.3: a character style with w:b over a bold paragraph style gives regular text). The other properties:
 * the last level that sets them wins.
 */
export function resolveRun(defaults: RunProps | undefined, styles: readonly (RunProps | undefined)[], direct?: RunProps): EffectiveRun {
  const out = mergeRun(defaults, ...styles, direct);
  for (const k of TOGGLES) {
    let v = defaults?.[k] === true;
    for (const s of styles) if (s?.[k] === true) v = !v;
    const d = direct?.[k];
    if (d !== undefined) v = d;
    if (v) out[k] = true;
    else if (out[k] !== undefined) out[k] = false;
  }
  return out;
}

/** Copies the defined fields of each layer over the previous ones (later layers win). */
export function mergeRun(...layers: (RunProps | undefined)[]): EffectiveRun {
  const out: EffectiveRun = {};
  for (const l of layers) if (l) for (const k of Object.keys(l) as (keyof RunProps)[]) if (l[k] !== undefined) (out as Record<string, unknown>)[k] = l[k];
  const font = out.fontHAnsi ?? out.fontAscii;
  if (font !== undefined) out.font = font;
  return out;
}

export function mergePara(...layers: (ParaProps | undefined)[]): ParaProps {
  const out: ParaProps = {};
  for (const l of layers) if (l) for (const k of Object.keys(l) as (keyof ParaProps)[]) if (l[k] !== undefined) (out as Record<string, unknown>)[k] = l[k];
  return out;
}
