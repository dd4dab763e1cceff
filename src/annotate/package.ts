// A .docx package opened for editing: parts are read as text, changed parts replaced, and the zip written again
// with jszip (a maintained zip library; every part not replaced keeps its content and its name, in order).
import JSZip from 'jszip';

export class DocxPackage {
  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    return new DocxPackage(await JSZip.loadAsync(bytes, { checkCRC32: false }));
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  async text(name: string): Promise<string | undefined> {
    const f = this.zip.file(name);
    return f ? f.async('string') : undefined;
  }

  set(name: string, text: string): void {
    this.zip.file(name, text);
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The comments part the document's relationships name, if any ("word/comments.xml"). */
export function commentsPartOf(rels: string | undefined): string | null {
  if (!rels) return null;
  for (const m of rels.matchAll(/<Relationship\b([^>]*)>/gu)) {
    const attrs = m[1] ?? '';
    if (!attrs.includes(`Type="${COMMENTS_REL}"`)) continue;
    const target = /\bTarget="([^"]*)"/u.exec(attrs)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//u, '')}`;
  }
  return null;
}

/**
 * The highest w:id of any annotation (comments, revisions, bookmarks) in the given parts: new comments take the
 * ids after it, so they are unique across every kind of annotation, as ECMA-376 asks.
 */
export function maxAnnotationId(...xmls: (string | undefined)[]): number {
  let max = -1;
  for (const xml of xmls) {
    if (!xml) continue;
    for (const m of xml.matchAll(/<w:\w+\b[^>]*?\bw:id="(\d+)"/gu)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Adds `comments` (w:comment elements) to the package: appended to the existing comments part, or a new
 * word/comments.xml with its relationship and content-type override.
 */
export async function addCommentsPart(pkg: DocxPackage, comments: string): Promise<void> {
  const relsName = 'word/_rels/document.xml.rels';
  const rels = await pkg.text(relsName);
  const existing = commentsPartOf(rels);
  if (existing && pkg.has(existing)) {
    const xml = (await pkg.text(existing)) ?? '';
    const close = xml.lastIndexOf('</w:comments>');
    if (close >= 0) {
      pkg.set(existing, xml.slice(0, close) + comments + xml.slice(close));
      return;
    }
    const selfClosing = /<w:comments\b([^>]*)\/>/u.exec(xml);
    if (selfClosing) {
      pkg.set(existing, xml.replace(selfClosing[0], `<w:comments${selfClosing[1] ?? ''}>${comments}</w:comments>`));
      return;
    }
  }
  let name = 'word/comments.xml';
  for (let i = 2; pkg.has(name); i++) name = `word/comments${i}.xml`;
  pkg.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments}</w:comments>`);
  const target = name.slice('word/'.length);
  const relsXml = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...relsXml.matchAll(/\bId="([^"]*)"/gu)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="${target}"/>`;
  const relsClose = relsXml.lastIndexOf('</Relationships>');
  pkg.set(relsName, relsClose >= 0 ? relsXml.slice(0, relsClose) + rel + relsXml.slice(relsClose) : relsXml.replace(/<Relationships\b([^>]*)\/>/u, `<Relationships$1>${rel}</Relationships>`));
  const types = (await pkg.text('[Content_Types].xml')) ?? '';
  if (!types.includes(`PartName="/${name}"`)) {
    const override = `<Override PartName="/${name}" ContentType="${COMMENTS_TYPE}"/>`;
    const close = types.lastIndexOf('</Types>');
    if (close >= 0) pkg.set('[Content_Types].xml', types.slice(0, close) + override + types.slice(close));
  }
}
