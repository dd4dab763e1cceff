// styles.xml (document defaults, styles with their basedOn chains) and the theme fonts, read with htmlparser2.
import { Parser } from 'htmlparser2';
import { mergePara, mergeRun, readParaProp, readRunProp, type ThemeFonts } from './props.js';
import type { ParaProps, RunProps, WordStyle } from './types.js';

export interface StyleSheet {
  styles: Map<string, WordStyle>;
  defaults: { rPr: RunProps; pPr: ParaProps };
  /** Style ids marked w:default="1", by type. */
  defaultParagraph?: string;
  defaultCharacter?: string;
  defaultTable?: string;
}

/** Reads the theme's major/minor Latin typefaces: "minorHAnsi", "minorAscii" … → "Times New Roman". */
export function readThemeFonts(xml: string | undefined): ThemeFonts {
  const out: ThemeFonts = new Map();
  if (!xml) return out;
  let current: 'major' | 'minor' | undefined;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'a:majorFont') current = 'major';
        else if (name === 'a:minorFont') current = 'minor';
        else if (name === 'a:latin' && current && a.typeface) {
          for (const slot of ['Ascii', 'HAnsi', 'Bidi', 'EastAsia']) if (!out.has(`${current}${slot}`)) out.set(`${current}${slot}`, a.typeface);
        }
      },
      onclosetag(name) {
        if (name === 'a:majorFont' || name === 'a:minorFont') current = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return out;
}

export function readStyles(xml: string | undefined, theme: ThemeFonts): StyleSheet {
  const sheet: StyleSheet = { styles: new Map(), defaults: { rPr: {}, pPr: {} } };
  if (!xml) return sheet;
  // Where property children go: the current style's (or defaults') rPr/pPr; nested change records are skipped.
  let style: WordStyle | undefined;
  let inDefaults: 'r' | 'p' | undefined;
  let target: 'r' | 'p' | undefined;
  let skip = 0;
  let inTblBorders = false;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (skip > 0 || name === 'w:rPrChange' || name === 'w:pPrChange' || name === 'w:tblStylePr') {
          skip += 1;
          return;
        }
        switch (name) {
          case 'w:rPrDefault':
            inDefaults = 'r';
            return;
          case 'w:pPrDefault':
            inDefaults = 'p';
            return;
          case 'w:style': {
            const id = a['w:styleId'];
            const type = a['w:type'];
            if (id && (type === 'paragraph' || type === 'character' || type === 'table' || type === 'numbering')) {
              style = { id, type, isDefault: a['w:default'] === '1' || a['w:default'] === 'true', rPr: {}, pPr: {} };
            }
            return;
          }
          case 'w:rPr':
            target = 'r';
            return;
          case 'w:pPr':
            target = 'p';
            return;
        }
        if (style && name === 'w:tblBorders') {
          inTblBorders = true;
          return;
        }
        if (style && inTblBorders) {
          const side = name === 'w:top' ? 'top' : name === 'w:bottom' ? 'bottom' : name === 'w:insideH' ? 'insideH' : undefined;
          if (side) (style.tableBorders ??= {})[side] = a['w:val'] ?? 'none';
          return;
        }
        if (style && name === 'w:name' && a['w:val']) style.name = a['w:val'];
        else if (style && name === 'w:basedOn' && a['w:val']) style.basedOn = a['w:val'];
        else if (target === 'r') readRunProp(style ? style.rPr : sheet.defaults.rPr, name, a, theme);
        else if (target === 'p') readParaProp(style ? style.pPr : sheet.defaults.pPr, name, a);
      },
      onclosetag(name) {
        if (skip > 0) {
          skip -= 1;
          return;
        }
        if (name === 'w:tblBorders') inTblBorders = false;
        else if (name === 'w:rPr' || name === 'w:pPr') target = undefined;
        else if (name === 'w:rPrDefault' || name === 'w:pPrDefault') inDefaults = undefined;
        else if (name === 'w:style' && style) {
          if (!sheet.styles.has(style.id)) sheet.styles.set(style.id, style);
          if (style.isDefault) {
            if (style.type === 'paragraph') sheet.defaultParagraph ??= style.id;
            else if (style.type === 'character') sheet.defaultCharacter ??= style.id;
            else if (style.type === 'table') sheet.defaultTable ??= style.id;
          }
          style = undefined;
        }
      },
    },
    { xmlMode: true },
  );
  void inDefaults;
  parser.end(xml);
  return sheet;
}

/** The style's properties with its basedOn chain applied (base first), cached; cycles and depth are bounded. */
export class StyleResolver {
  private runCache = new Map<string, RunProps>();
  private paraCache = new Map<string, ParaProps>();
  constructor(readonly sheet: StyleSheet) {}

  private chain(id: string | undefined): WordStyle[] {
    const out: WordStyle[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur) && out.length < 32) {
      seen.add(cur);
      const s = this.sheet.styles.get(cur);
      if (!s) break;
      out.unshift(s);
      cur = s.basedOn;
    }
    return out;
  }

  runOf(id: string | undefined): RunProps {
    if (!id) return {};
    let v = this.runCache.get(id);
    if (!v) {
      v = mergeRun(...this.chain(id).map((s) => s.rPr));
      delete (v as { font?: string }).font;
      this.runCache.set(id, v);
    }
    return v;
  }

  /** A table style's borders (top, bottom, inside horizontal), along its basedOn chain. */
  tableBordersOf(id: string | undefined): NonNullable<WordStyle['tableBorders']> {
    const out: NonNullable<WordStyle['tableBorders']> = {};
    for (const s of this.chain(id)) Object.assign(out, s.tableBorders);
    return out;
  }

  paraOf(id: string | undefined): ParaProps {
    if (!id) return {};
    let v = this.paraCache.get(id);
    if (!v) {
      v = mergePara(...this.chain(id).map((s) => s.pPr));
      this.paraCache.set(id, v);
    }
    return v;
  }
}
