// Loads an HTML document (a plan saved from Word as a web page, or a saved web page) through htmlparser2, the
// parser the Word path already uses, and reads its body with the same walker as Word's HTML: paragraphs, tables,
// lists; <head>, <style>, <script> and comments are not text.
import type { ChildNode, Element, Text } from 'domhandler';
import { decodeText } from './decode.js';
import { HtmlWalker } from './docx.js';
import { layoutDocument, placeFootnotes, superscript } from './layout.js';
import type { LoadedDocument, LoadWarning } from './types.js';

/** Elements whose content is never document text. */
const NOT_TEXT = new Set(['head', 'style', 'script', 'noscript', 'template', 'title', 'meta', 'link', 'xml', 'object', 'iframe', 'svg', 'button', 'select']);
/** Inline elements: text inside them continues the paragraph around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark',
  'o:p', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** The charset a <meta> declares in the first 4 KB (ASCII-compatible), lower-cased, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
}

function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const charset = declaredCharset(bytes);
  // A declared single-byte code page (Word saves Vietnamese pages as windows-1258) is taken at its word;
  // otherwise the bytes decide (BOM, UTF-16, UTF-8, windows-1258), as for plain text.
  if (charset && !/^(?:utf-?8|utf-?16\w*|unicode)$/u.test(charset)) {
    try {
      return { text: new TextDecoder(charset).decode(bytes), encoding: charset };
    } catch {
      // An unknown label: fall through.
    }
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Links to a note (Word: #_ftn1, LibreOffice: #sdfootnote1sym) and back from its body (#_ftnref1, #sdfootnote1anc). */
const NOTE_REF_RE = /^#(?:_ftn|_edn|sdfootnote|sdendnote)\d+(?:sym)?$/u;
const NOTE_BACK_RE = /^#(?:_ftnref|_ednref|sdfootnote\d+anc|sdendnote\d+anc)/u;

const textOf = (n: ChildNode): string => (n.type === 'text' ? n.data : isElement(n) ? n.children.map(textOf).join('') : '');

/**
 * A note's number, in the reference ("…Sở¹ kết quả") and at the start of the note's body ("¹ Thực hiện …"),
 * reads as superscript digits, as in the text renditions; the walker's "#footnote-" links are mammoth's only.
 */
function noteLink(a: Element): void {
  const href = a.attribs['href'] ?? '';
  const digits = /^\s*\[?(\d+)\]?\s*$/u.exec(textOf(a))?.[1];
  if (!digits) return;
  const back = NOTE_BACK_RE.test(href);
  if (!back && !NOTE_REF_RE.test(href)) return;
  // A plain node of the shape the walker reads (domhandler is htmlparser2's, not a dependency of ours).
  a.children = [{ type: 'text', data: superscript(digits) + (back ? ' ' : ''), parent: a } as unknown as Text];
}

/** Elements that read their inline children themselves (the walker's paragraphs, cells, list items). */
const READS_INLINE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'li', 'pre', 'caption', 'dt', 'dd']);

/**
 * Normalises the DOM in place for the walker: drops what is not text, collapses HTML whitespace in text (not in
 * <pre>), and wraps each run of inline content sitting directly in a block container (body, div …) into a <p>,
 * so that "text <b>bold</b> more" inside a <div> is one paragraph, as a browser shows it.
 */
function normalise(parent: { children: ChildNode[] }, pre: boolean, wrap: (nodes: ChildNode[]) => Element, name: string | null): void {
  const kept: ChildNode[] = [];
  for (const node of parent.children) {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') continue;
    if (isElement(node)) {
      if (NOT_TEXT.has(node.name)) continue;
      normalise(node, pre || node.name === 'pre', wrap, node.name);
      // A raised number (a footnote reference) reads as the superscript digits Word's own text carries.
      if (node.name === 'sup') for (const c of node.children) if (c.type === 'text' && /^\s*\d+\s*$/u.test(c.data)) c.data = superscript(c.data.trim());
      if (node.name === 'a') noteLink(node);
    } else if (node.type === 'text' && !pre) node.data = node.data.replace(/[ \t\r\n\f]+/gu, ' ');
    kept.push(node);
  }
  let out = kept;
  if (name === null || !(READS_INLINE.has(name) || INLINE.has(name))) {
    out = [];
    let inline: ChildNode[] = [];
    const flush = (): void => {
      if (inline.some((n) => n.type !== 'text' || n.data.trim() !== '')) out.push(wrap(inline));
      inline = [];
    };
    for (const node of kept) {
      if (node.type === 'text' || (isElement(node) && INLINE.has(node.name))) inline.push(node);
      else {
        flush();
        out.push(node);
      }
    }
    flush();
  }
  parent.children = out;
  for (const n of out) n.parent = parent as never;
}

/** Loads an HTML page. Throws LoadError('binary' | 'bad-encoding'). */
export async function loadHtml(bytes: Uint8Array): Promise<LoadedDocument> {
  const { text, encoding } = decodeHtml(bytes);
  const { parseDocument } = await import('htmlparser2');
  const dom = parseDocument(text);
  const find = (nodes: ChildNode[]): Element | undefined => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.name === 'body') return n;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const body: { children: ChildNode[] } = find(dom.children) ?? dom;
  normalise(body, false, (nodes) => ({ type: 'tag', name: 'p', attribs: {}, children: nodes, parent: null }) as unknown as Element, null);
  const walker = new HtmlWalker();
  walker.walkBody(body.children);
  const warnings: LoadWarning[] = [];
  return layoutDocument('html', placeFootnotes(walker.items, walker.footnoteItems()), warnings, { encoding });
}
