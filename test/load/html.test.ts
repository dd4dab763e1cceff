// HTML input (a plan saved from Word as a web page, a saved web page): read through htmlparser2 with the Word
// walker; the same plan as .html and as .txt gives the same model and findings, locations aside.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { sniffFormat } from '../../src/load/sniff.js';
import { parsePlan } from '../../src/parse/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { runRules } from '../../src/engine/index.js';
import { RULES } from '../../src/rules/index.js';
import { fixture, SEEDS } from './helpers.js';

const ENGINE = { lang: 'en' as const, stage: 'final' as const, rules: {}, registryExtra: [], today: '2026-01-15' };

async function parsed(dir: string, file: string) {
  const bytes = fixture(dir, file);
  const loaded = await loadDocument(bytes, { path: file, isolate: false });
  const doc = parsePlan(loaded, { path: file, bytes: bytes.length });
  const facts = extractFacts(doc, loaded.text, { today: '2026-01-15' });
  return { loaded, doc, findings: runRules(RULES, loaded, doc, facts, ENGINE) };
}

describe('sniffing HTML', () => {
  it('by name (.html, .htm) or by its opening tag whatever the name', () => {
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body><p>KẾ HOẠCH</p></body></html>');
    expect(sniffFormat(page, 'a.html').format).toBe('html');
    expect(sniffFormat(page, 'a.txt').format).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('\ufeff<!-- saved -->\n<HTML xmlns:o="urn:schemas-microsoft-com:office:office">'), 'a.htm').format).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('KẾ HOẠCH <b>không</b> phải trang web'), 'a.txt').format).toBe('txt');
  });
});

describe('an HTML page', () => {
  it('reads paragraphs and inline runs as a browser shows them; style, script and comments are not text', async () => {
    const html =
      '<html><head><title>t</title><style>p { color: red }</style><script>alert(1)</script></head><body>' +
      '<!-- note --><div>Dòng <b>đậm</b>\n   tiếp</div><p class=MsoNormal>Đoạn <span style="mso-x">hai</span></p>' +
      '<table><tr><td>TT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td><p>Rà soát</p></td></tr></table></body></html>';
    const doc = await loadDocument(new TextEncoder().encode(html), { path: 'a.html', isolate: false });
    expect(doc.format).toBe('html');
    expect(doc.text).not.toMatch(/color|alert|note/u);
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('|')).join('/')))).toEqual([
      'Dòng đậm tiếp',
      'Đoạn hai',
      'TT|Nhiệm vụ/1|Rà soát',
    ]);
  });

  it('a page declared windows-1258 (Word "Save as Web Page") is decoded as such', async () => {
    const body = new TextDecoder('windows-1258').decode(new Uint8Array([0x4b, 0xca, 0xd2, 0x20, 0x48, 0x4f, 0xc3, 0x43, 0x48])); // "KỂ HOĂCH"-like bytes
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"></head><body><p>'), 0x4b, 0xca, 0xd2, 0x20, 0x48, 0x4f, 0xc3, 0x43, 0x48, ...new TextEncoder().encode('</p></body></html>')]);
    const doc = await loadDocument(bytes, { path: 'a.htm', isolate: false });
    expect(doc.encoding).toBe('windows-1258');
    expect(doc.text).toBe(body.normalize('NFC'));
  });
});

// The model comparison is in cross-format.test.ts with the .docx and .pdf renditions.
describe.each(SEEDS)('%s as .html and as .txt', (seed) => {
  it('gives the same findings (rule and excerpt)', async () => {
    const set = async (dir: string, file: string): Promise<string[]> =>
      (await parsed(dir, file)).findings.map((f) => `${f.ruleId} ${(f.excerpt ?? '').replace(/\s+/gu, ' ')}`).sort();
    expect(await set('html', `${seed}.html`)).toEqual(await set('plans', `${seed}.txt`));
  });
});
