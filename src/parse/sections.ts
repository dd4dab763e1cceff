// Builds the section tree from body lines using marker ranks (I. > 1. > 1.1. > a) > - > +).
import type { Paragraph, Section } from '../model/plan.js';
import type { Line } from './lines.js';
import { isCapsHeading, type Marker, markerRank, parseMarker } from './markers.js';

interface Open {
  section: Section;
  rank: number;
  component: string | null;
  kind: Section['kind'];
}

function componentOf(m: Marker): string | null {
  switch (m.kind) {
    case 'part':
      return m.marker.replace(/[.:]$/u, '');
    case 'roman':
    case 'arabic':
    case 'letter':
      return m.marker.replace(/[.)]$/u, '');
    case 'decimal':
      return m.parts.join('.');
    default:
      return null;
  }
}

function pathOf(stack: readonly Open[], m: Marker, own: string | null): string {
  const comps: string[] = [];
  for (const o of stack) {
    // "2.1." already carries its parent's "2": do not repeat Arabic or decimal ancestors.
    if (m.kind === 'decimal' && (o.kind === 'arabic' || o.kind === 'decimal')) continue;
    if (o.component) comps.push(o.component);
  }
  if (own) comps.push(own);
  return comps.join('.');
}

function extendTo(stack: readonly Open[], end: number): void {
  for (const o of stack) if (o.section.span.end < end) o.section.span.end = end;
}

export interface SectionTree {
  sections: Section[];
  /** Lines before the first section. */
  leading: Paragraph[];
}

/** Lines → a section tree. A line that opens with a marker (or is a capitalised heading) starts a section. */
export function buildSections(lines: readonly Line[]): SectionTree {
  const roots: Section[] = [];
  const leading: Paragraph[] = [];
  const stack: Open[] = [];
  for (const line of lines) {
    let marker = parseMarker(line.text);
    if (!marker && isCapsHeading(line.text)) {
      marker = { kind: 'heading', marker: '', value: null, parts: [], titleOffset: 0 };
    }
    if (!marker) {
      const para: Paragraph = { text: line.text, span: { start: line.start, end: line.end } };
      const top = stack[stack.length - 1];
      if (top) {
        top.section.paragraphs.push(para);
        extendTo(stack, line.end);
      } else leading.push(para);
      continue;
    }
    const rank = markerRank(marker);
    while (stack.length > 0 && (stack[stack.length - 1] as Open).rank >= rank) stack.pop();
    const rawTitle = line.text.slice(marker.titleOffset);
    const lead = rawTitle.length - rawTitle.trimStart().length;
    const title = marker.kind === 'heading' ? rawTitle.trim().replace(/\s*:$/u, '') : rawTitle.trim();
    const titleStart = line.start + marker.titleOffset + lead;
    const own = componentOf(marker);
    const section: Section = {
      marker: marker.marker,
      kind: marker.kind,
      level: stack.length + 1,
      path: pathOf(stack, marker, own),
      title,
      span: { start: line.start, end: line.end },
      titleSpan: { start: titleStart, end: titleStart + title.length },
      paragraphs: [],
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.section.children.push(section);
    else roots.push(section);
    extendTo(stack, line.end);
    stack.push({ section, rank, component: own, kind: marker.kind });
  }
  return { sections: roots, leading };
}

/** Depth-first walk over a section forest. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}
