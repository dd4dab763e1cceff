// A .docx that already holds comments and tracked changes keeps them; new comment ids do not collide; the parts
// the annotation does not touch keep their content; a span split inside one run and a span across runs.
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/annotate/index.js';
import { parseBytes, resultOf } from '../../src/check.js';
import { createChecker } from '../../src/checker.js';
import { CONTENT_TYPES, makeZip, RELS } from '../load/helpers.js';
import { norm, readComments } from './_readback.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const EXISTING_INS = '<w:ins w:id="7" w:author="Chuyên viên" w:date="2026-01-05T08:00:00Z"><w:r><w:t xml:space="preserve"> trên Cổng dịch vụ công</w:t></w:r></w:ins>';
const EXISTING_DEL = '<w:del w:id="8" w:author="Chuyên viên" w:date="2026-01-05T08:00:00Z"><w:r><w:delText xml:space="preserve"> (bỏ)</w:delText></w:r></w:del>';
const EXISTING_COMMENT = '<w:comment w:id="3" w:author="Trưởng phòng" w:initials="TP"><w:p><w:r><w:t>Xem lại đoạn này</w:t></w:r></w:p></w:comment>';

function plan(withComments: boolean): Uint8Array {
  const body = [
    p('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU'),
    p('Số: 12/KH-UBND'),
    p('KẾ HOẠCH'),
    p('Cải cách hành chính năm 2026'),
    p('I. MỤC ĐÍCH, YÊU CẦU'),
    // A misspelling across two runs with different formatting, an existing comment, existing tracked changes.
    `<w:p><w:commentRangeStart w:id="3"/><w:r><w:t xml:space="preserve">Duy trì và cập nh</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ập thông tin</w:t></w:r>${EXISTING_INS}${EXISTING_DEL}<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>`,
    // A misspelling inside one run: the run is split at both edges.
    p('Xử lý nghiêm hành vi nhũng nhịu, gây phiền hà &amp; khó khăn cho người dân.'),
    p('Nơi nhận:'),
    p('- Lưu: VT, VP.'),
  ].join('');
  const types = CONTENT_TYPES.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>');
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${withComments ? '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : ''}</Relationships>`;
  return makeZip([
    { name: '[Content_Types].xml', data: withComments ? types : CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
    { name: 'word/_rels/document.xml.rels', data: rels },
    ...(withComments ? [{ name: 'word/comments.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${EXISTING_COMMENT}</w:comments>` }] : []),
  ]);
}

const made = createChecker({ today: '2026-06-01', config: {}, isolate: false });
if (!made.ok) throw new Error('config');
const options = made.checker.options;

async function annotate(bytes: Uint8Array) {
  const parsed = await parseBytes(bytes, 'plan.docx', options);
  const result = resultOf('plan.docx', parsed, options);
  const out = await annotateDocx({ bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: 'vi' });
  const zip = await JSZip.loadAsync(out.bytes);
  return { result, out, zip, xml: (await zip.file('word/document.xml')?.async('string')) ?? '' };
}

describe('annotate keeps what the document had', () => {
  it('existing comments and tracked changes stay; new ids are unique; every finding gets its comment', async () => {
    const input = plan(true);
    const { result, out, zip, xml } = await annotate(input);
    expect(xml).toContain(EXISTING_INS);
    expect(xml).toContain(EXISTING_DEL);
    expect(xml).toContain('<w:commentRangeStart w:id="3"/>');
    expect(xml).toContain('<w:commentReference w:id="3"/>');
    const comments = await readComments(out.bytes);
    expect(comments.find((c) => c.id === 3)).toMatchObject({ author: 'Trưởng phòng', text: 'Xem lại đoạn này' });
    const ours = comments.filter((c) => c.author === 'kehoach-lint');
    expect(ours).toHaveLength(result.findings.length);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    expect(ours.every((c) => c.id > 8)).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate((await zip.file('word/comments.xml')?.async('string')) ?? '')).toBe(true);
    // The relationship and content type are not added twice.
    expect(((await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '').match(/comments\.xml/gu)).toHaveLength(1);
  });

  it('a comment on a misspelling spans exactly its characters: inside one run (split at both edges) and across two runs', async () => {
    const { result, out, xml } = await annotate(plan(false));
    const comments = (await readComments(out.bytes)).filter((c) => c.author === 'kehoach-lint');
    const anchoredOf = (word: string): string | undefined => {
      const i = result.findings.findIndex((f) => f.ruleId === 'text/misspelling' && f.excerpt === word);
      return i >= 0 ? norm(comments[i]?.anchored ?? '') : undefined;
    };
    expect(anchoredOf('nhũng nhịu')).toBe('nhũng nhịu');
    expect(anchoredOf('cập nhập')).toBe('cập nhập');
    // The split run keeps its text around the comment, entities re-escaped, formatting of the bold half kept.
    expect(xml).toMatch(/hành vi <\/w:t><\/w:r><w:commentRangeStart w:id="\d+"\/><w:r><w:t xml:space="preserve">nhũng nhịu<\/w:t><\/w:r><w:commentRangeEnd/u);
    expect(xml).toContain('gây phiền hà &amp; khó khăn');
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">ập<\/w:t><\/w:r><w:commentRangeEnd/u);
  });

  it('a new comments part is added with its relationship and content type; other parts keep their content', async () => {
    const input = plan(false);
    const { zip } = await annotate(input);
    const before = await JSZip.loadAsync(input);
    expect(await zip.file('word/comments.xml')?.async('string')).toContain('w:author="kehoach-lint"');
    expect(await zip.file('word/_rels/document.xml.rels')?.async('string')).toContain('Target="comments.xml"');
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('PartName="/word/comments.xml"');
    expect(await zip.file('_rels/.rels')?.async('string')).toBe(await before.file('_rels/.rels')?.async('string'));
  });

  it('English comments with --lang en', async () => {
    const en = createChecker({ today: '2026-06-01', config: {}, isolate: false, lang: 'en' });
    if (!en.ok) throw new Error('config');
    const bytes = plan(false);
    const parsed = await parseBytes(bytes, 'plan.docx', en.checker.options);
    const result = resultOf('plan.docx', parsed, en.checker.options);
    const out = await annotateDocx({ bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: 'en' });
    const ours = (await readComments(out.bytes)).filter((c) => c.author === 'kehoach-lint');
    expect(ours.some((c) => c.text.startsWith('[Warning] ') || c.text.startsWith('[Error] '))).toBe(true);
    expect(ours.every((c) => !c.text.startsWith('[Lỗi]'))).toBe(true);
  });
});
