// (c) Scaling: plans with a 1,000- and a 2,000-row appendix table, and with 1,000 and 2,000 targets, as .txt and
// .docx (built by editing the seeds); check time must grow linearly (doubling the size at most ×2.2).
// Written to bench/corpus/scaling/ (git-ignored). Stage split shows which part of the pipeline grows.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, printTable, ROOT, timeIt } from './lib.mjs';
import { readZip, writeZip } from './zip.mjs';

const OUT = join(ROOT, 'bench', 'corpus', 'scaling');
const ENGINE = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };

const row = (k) => [
  String(k),
  `Mục tiêu ${k}`,
  `Nhiệm vụ ${k}: rà soát, đơn giản hóa thủ tục hành chính nhóm ${k}`,
  `Hoạt động ${k}.1: tổ chức hội nghị`,
  `Báo cáo kết quả số ${k}`,
  'Văn phòng Sở',
  'Các phòng chuyên môn',
  `Quý ${1 + (k % 4)}/2025`,
  String(10 + (k % 90)),
];
const target = (k) => `- ${1 + (k % 100)}% hồ sơ thủ tục hành chính thuộc nhóm lĩnh vực số ${k} được số hóa, tái sử dụng trong năm 2025.`;

function xmlEscape(s) {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Replaces the texts of an XML fragment's <w:t> runs: the i-th run gets texts[i] (or "" past the end). */
function retext(fragment, texts) {
  let i = 0;
  return fragment.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/gu, (_, o, _t, c) => `${o}${xmlEscape(texts[i++] ?? '')}${c}`);
}

function txtWithRows(n) {
  const lines = readFileSync(join(ROOT, 'fixtures', 'plans', 'seed001.txt'), 'utf8').split('\n');
  const head = lines.findIndex((l) => l.startsWith('TT\tMục tiêu'));
  const rows = Array.from({ length: n }, (_, k) => row(k + 1).join('\t'));
  return [...lines.slice(0, head + 1), ...rows, ...lines.slice(head + 1)].join('\n');
}

function txtWithTargets(n) {
  const lines = readFileSync(join(ROOT, 'fixtures', 'plans', 'seed000.txt'), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('2. Chỉ tiêu cụ thể'));
  return [...lines.slice(0, at + 1), ...Array.from({ length: n }, (_, k) => target(k + 1)), ...lines.slice(at + 1)].join('\n');
}

function editDocx(seed, edit) {
  const entries = readZip(readFileSync(join(ROOT, 'fixtures', 'docx', `${seed}.docx`)));
  const doc = entries.find((e) => e.name === 'word/document.xml');
  doc.data = Buffer.from(edit(doc.data.toString('utf8')), 'utf8');
  return writeZip(entries);
}

function docxWithRows(n) {
  return editDocx('seed001', (xml) => {
    const header = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].find((m) => retext(m[0], []).length && m[0].includes('Kinh phí'));
    if (!header) throw new Error('seed001.docx: appendix header row not found');
    const template = header[0].replace(/<w:tblHeader\/>/gu, '');
    const rows = Array.from({ length: n }, (_, k) => retext(template, row(k + 1))).join('');
    const at = header.index + header[0].length;
    return xml.slice(0, at) + rows + xml.slice(at);
  });
}

function docxWithTargets(n) {
  return editDocx('seed000', (xml) => {
    const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)];
    const texts = paras.map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)/gu)].map((t) => t[1]).join(''));
    const at = texts.findIndex((t) => t.startsWith('2. Chỉ tiêu cụ thể'));
    const template = paras[at + 1];
    if (at < 0 || !template) throw new Error('seed000.docx: "2. Chỉ tiêu cụ thể" not found');
    const items = Array.from({ length: n }, (_, k) => retext(template[0], [target(k + 1)])).join('');
    return xml.slice(0, template.index) + items + xml.slice(template.index);
  });
}

export async function benchScaling({ sizes = [500, 1000, 2000], runs = 3, limit = 2.2 } = {}) {
  const { checkFile, loadDocument, parsePlan, extractFacts, runRules, RULES } = await pipeline();
  const mammoth = (await import('mammoth')).default;
  const bare = {
    txt: async (path) => new TextDecoder('utf-8').decode(readFileSync(path)),
    docx: async (path) => (await mammoth.convertToHtml({ buffer: readFileSync(path) })).value,
  };
  mkdirSync(OUT, { recursive: true });
  const kinds = [
    ['appendix rows', 'txt', txtWithRows],
    ['appendix rows', 'docx', docxWithRows],
    ['targets', 'txt', txtWithTargets],
    ['targets', 'docx', docxWithTargets],
  ];
  const rows = [];
  const verdicts = [];
  for (const [what, ext, make] of kinds) {
    const bySize = new Map();
    for (const n of sizes) {
      const path = join(OUT, `${what.replace(/\s/gu, '-')}-${n}.${ext}`);
      writeFileSync(path, make(n));
      const bytes = new Uint8Array(readFileSync(path));
      const x = await timeIt(() => bare[ext](path), { runs, warm: 1 });
      const c = await timeIt(() => checkFile(path, { lang: 'vi', isolate: false, engine: ENGINE }), { runs, warm: 1 });
      const loaded = await loadDocument(bytes, { path, isolate: false });
      const doc = parsePlan(loaded, { path, bytes: bytes.length });
      const facts = extractFacts(doc, loaded.text, {});
      const l = await timeIt(() => loadDocument(bytes, { path, isolate: false }), { runs, warm: 0 });
      const p = await timeIt(() => parsePlan(loaded, { path, bytes: bytes.length }), { runs, warm: 0 });
      const e = await timeIt(() => extractFacts(doc, loaded.text, {}), { runs, warm: 0 });
      const r = await timeIt(() => runRules(RULES, loaded, doc, facts, ENGINE), { runs, warm: 0 });
      const tasks = doc.tasks?.length ?? '?';
      const targets = facts.targets?.length ?? '?';
      bySize.set(n, { bare: x.min, check: c.min, load: l.min, parse: p.min, extract: e.min, rules: r.min });
      rows.push([`${what} (.${ext})`, n, bytes.length / 1024, tasks, targets, x.min, c.min, l.min, p.min, e.min, r.min]);
    }
    const a = bySize.get(sizes.at(-2));
    const b = bySize.get(sizes.at(-1));
    const growth = Object.fromEntries(Object.keys(b).map((k) => [k, b[k] / a[k]]));
    verdicts.push([`${what} (.${ext})`, growth.bare, growth.check, growth.load, growth.parse, growth.extract, growth.rules, growth.check <= limit ? 'ok' : 'OVER']);
  }
  printTable(`(c) scaling: best of ${runs} runs (ms; the least disturbed run, since a shared machine only ever adds time); bare = TextDecoder / mammoth.convertToHtml; check = checkFile in-process (isolate: false)`, ['plan', 'n', 'KB', 'tasks', 'targets', 'bare', 'check', 'load', 'parse', 'extract', 'rules'], rows);
  printTable(
    `(c) growth from n=${sizes.at(-2)} to n=${sizes.at(-1)} (×; linear = 2, acceptance: check ≤ ×${limit})`,
    ['plan', 'bare', 'check', 'load', 'parse', 'extract', 'rules', 'verdict'],
    verdicts,
  );
  return verdicts;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScaling({ runs: Number(process.argv[2] ?? 3) });
