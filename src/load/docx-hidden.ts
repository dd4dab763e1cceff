// Hidden Word text (w:vanish): not shown or printed, so not part of the plan. mammoth ignores the property and
// would read it as ordinary text — hidden words could then satisfy the header rules or hide nothing at all.
// The runs Word hides are cut out of the XML before mammoth reads it.
import { Parser } from 'htmlparser2';

/** Whether a w:vanish element's w:val turns the property on (absent, "true", "1", "on"). */
function vanishOn(attribs: Record<string, string>): boolean {
  const v = attribs['w:val'];
  return v === undefined || !/^(?:0|false|off)$/iu.test(v);
}

/** Style ids whose run properties hide text (directly or through w:basedOn), and whether the defaults do. */
export interface HiddenStyles {
  styles: ReadonlySet<string>;
  byDefault: boolean;
}

/** Reads styles.xml: the styles whose run properties set w:vanish, following w:basedOn. */
export function hiddenStyles(stylesXml: string | undefined): HiddenStyles {
  const own = new Map<string, boolean>();
  const basedOn = new Map<string, string>();
  let byDefault = false;
  if (stylesXml && /vanish/u.test(stylesXml)) {
    const stack: string[] = [];
    let style: string | null = null;
    const parser = new Parser(
      {
        onopentag(name, attribs) {
          const parent = stack[stack.length - 1];
          if (name === 'w:style') style = attribs['w:styleId'] ?? null;
          else if (name === 'w:basedOn' && parent === 'w:style' && style && attribs['w:val']) basedOn.set(style, attribs['w:val']);
          else if (name === 'w:vanish' && parent === 'w:rPr') {
            const holder = stack[stack.length - 2];
            if (holder === 'w:style' && style) own.set(style, vanishOn(attribs));
            else if (holder === 'w:rPrDefault') byDefault = vanishOn(attribs);
          }
          stack.push(name);
        },
        onclosetag(name) {
          stack.pop();
          if (name === 'w:style') style = null;
        },
      },
      { xmlMode: true },
    );
    parser.end(stylesXml);
  }
  const styles = new Set<string>();
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    let cur: string | undefined = id;
    for (let depth = 0; cur !== undefined && depth < 20; depth++) {
      const v = own.get(cur);
      if (v !== undefined) {
        if (v) styles.add(id);
        break;
      }
      cur = basedOn.get(cur);
    }
  }
  return { styles, byDefault };
}

interface RunState {
  start: number;
  vanish: boolean | undefined;
  style: string | undefined;
}

/**
 * Removes the runs Word hides from a WordprocessingML part: a run whose own properties set w:vanish, or whose
 * character style, paragraph style or the document defaults do (a run's own w:vanish w:val="0" shows it again).
 * Returns the XML (unchanged when nothing is hidden) and the number of runs removed. Linear in the XML.
 */
export function stripHiddenRuns(xml: string, hidden: HiddenStyles): { xml: string; removed: number } {
  if (!/vanish/u.test(xml) && hidden.styles.size === 0 && !hidden.byDefault) return { xml, removed: 0 };
  const stack: string[] = [];
  const runs: RunState[] = [];
  const paragraphStyles: (string | undefined)[] = [];
  const cuts: [number, number][] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1];
        if (name === 'w:p') paragraphStyles.push(undefined);
        else if (name === 'w:pStyle' && parent === 'w:pPr' && stack[stack.length - 2] === 'w:p') paragraphStyles[paragraphStyles.length - 1] = attribs['w:val'];
        else if (name === 'w:r') runs.push({ start: parser.startIndex, vanish: undefined, style: undefined });
        else if (parent === 'w:rPr' && stack[stack.length - 2] === 'w:r') {
          const run = runs[runs.length - 1];
          if (run && name === 'w:vanish') run.vanish = vanishOn(attribs);
          else if (run && name === 'w:rStyle') run.style = attribs['w:val'];
        }
        stack.push(name);
      },
      onclosetag(name) {
        stack.pop();
        if (name === 'w:p') paragraphStyles.pop();
        else if (name === 'w:r') {
          const run = runs.pop();
          if (!run) return;
          const paragraphStyle = paragraphStyles[paragraphStyles.length - 1];
          const isHidden =
            run.vanish ??
            ((run.style !== undefined && hidden.styles.has(run.style)) ||
              (paragraphStyle !== undefined && hidden.styles.has(paragraphStyle)) ||
              hidden.byDefault);
          if (isHidden) cuts.push([run.start, parser.endIndex + 1]);
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  if (cuts.length === 0) return { xml, removed: 0 };
  // Inner runs (inside a text box of a hidden run) close first: keep only the outermost cuts.
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let removed = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out += xml.slice(at, start);
    at = end;
    removed++;
  }
  return { xml: out + xml.slice(at), removed };
}
