// Reads an annotated .docx back: its comments (by kehoach-lint) and the text each one is anchored on.
import JSZip from 'jszip';
import { readDocxXml } from '../../src/load/docx-xml/index.js';
import { resolveLimits } from '../../src/load/limits.js';
import { normalizeText } from '../../src/text/normalize.js';

export interface ReadComment {
  id: number;
  author: string;
  text: string;
  anchored: string;
}

/** Whitespace collapsed, text folded like the loaders fold it. */
export const norm = (s: string): string => normalizeText(s).text.replace(/\s+/gu, ' ').trim();

const decode = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

export async function readComments(bytes: Uint8Array): Promise<ReadComment[]> {
  const zip = await JSZip.loadAsync(bytes);
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const word = readDocxXml(bytes, { limits: resolveLimits() });
  const xml = word.xml;
  const out: ReadComment[] = [];
  for (const m of comments.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/gu)) {
    const id = Number(/w:id="(-?\d+)"/u.exec(m[1] ?? '')?.[1]);
    const author = decode(/w:author="([^"]*)"/u.exec(m[1] ?? '')?.[1] ?? '');
    const text = decode([...(m[2] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''));
    const from = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const to = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const parts: string[] = [];
    if (from >= 0 && to >= 0) {
      for (const p of word.paragraphs) {
        if (p.xmlEnd < from || p.xmlStart > to) continue;
        parts.push(p.runs.filter((r) => r.xmlStart >= from && r.xmlEnd <= to).map((r) => r.text).join(''));
      }
    }
    out.push({ id, author, text, anchored: parts.join(' ') });
  }
  return out;
}

/** Runs reduced to (formatting, text) with neighbours of equal formatting merged: splitting a run changes nothing here. */
export function canonical(xml: string): string {
  const runs = xml.replace(/<w:r(?:\s[^>]*)?>(<w:rPr>[\s\S]*?<\/w:rPr>)?([\s\S]*?)<\/w:r>/gu, (_m, rPr: string | undefined, content: string) => {
    const text = content.replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu, '$1');
    return `⟦${rPr ?? ''}⟧${text}⟦/⟧`;
  });
  let prev = '';
  let out = runs;
  while (out !== prev) {
    prev = out;
    out = out.replace(/⟦([^⟧]*)⟧([^⟦]*)⟦\/⟧⟦\1⟧([^⟦]*)⟦\/⟧/gu, '⟦$1⟧$2$3⟦/⟧');
  }
  return out;
}

