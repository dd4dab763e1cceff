// Generates a corpus of plans from the five seeds, with variations (numbers, dates, agency names, sections
// dropped or duplicated), mixed .txt/.docx/.pdf, into bench/corpus/ (git-ignored). Deterministic (seeded PRNG).
// .txt: the seed text varied; .docx: the seed's word/document.xml varied (text runs edited, top-level body
// paragraphs dropped or duplicated) and re-zipped; .pdf: byte copies of the seed PDFs under other names
// (generating PDFs needs LibreOffice at ~1 s a file).
// Usage: node bench/gen-corpus.mjs [count=1000] [outDir=bench/corpus]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEEDS } from './lib.mjs';
import { readZip, writeZip } from './zip.mjs';

const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Ban Dân tộc',
  'Sở Dân tộc và Tôn giáo',
];
const PROVINCES = ['Lạng Sơn', 'Cao Bằng', 'Quảng Ngãi', 'Bắc Ninh', 'Thái Nguyên', 'Đắk Lắk', 'Nghệ An'];
const AGENCY_RE = /Sở Dân tộc và Tôn giáo|Ban Dân tộc|Sở Khoa học và Công nghệ/gu;
const PROVINCE_RE = /tỉnh Lạng Sơn|tỉnh Bắc Giang/gu;

/** mulberry32: a small deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Varies a piece of text: agency and province names, percentages, days of dates, document numbers. */
function varyText(text, rnd, agency, province) {
  return text
    .replace(AGENCY_RE, agency)
    .replace(PROVINCE_RE, `tỉnh ${province}`)
    .replace(/(\d{1,3})%/gu, (m, n) => (rnd() < 0.5 ? m : `${Math.min(100, Math.max(1, Number(n) - Math.floor(rnd() * 20)))}%`))
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/gu, (m, d, mo, y) => (rnd() < 0.5 ? m : `${1 + Math.floor(rnd() * 28)}/${mo}/${y}`))
    .replace(/(số\s+)(\d{1,4})\//gu, (m, pre) => (rnd() < 0.5 ? m : `${pre}${1 + Math.floor(rnd() * 400)}/`));
}

const HEADING_RE = /^(?:[IVX]+|\d+(?:\.\d+)*)\.\s/u;

/** Drops or duplicates one numbered part of a .txt plan (from its heading to the next heading). */
function varySections(lines, rnd) {
  const heads = lines.map((l, i) => (HEADING_RE.test(l) ? i : -1)).filter((i) => i >= 0);
  if (heads.length < 4) return lines;
  const k = 1 + Math.floor(rnd() * (heads.length - 2));
  const from = heads[k];
  const to = heads[k + 1] ?? lines.length;
  const part = lines.slice(from, to);
  const r = rnd();
  if (r < 0.3) return [...lines.slice(0, from), ...lines.slice(to)];
  if (r < 0.6) return [...lines.slice(0, to), ...part, ...lines.slice(to)];
  return lines;
}

/** Top-level children of <w:body> (paragraphs and tables) as [start, end) offsets. */
function bodyItems(xml) {
  const open = xml.indexOf('<w:body>');
  const close = xml.lastIndexOf('<w:sectPr');
  if (open < 0 || close < 0) return { items: [], open, close };
  const items = [];
  let depth = 0;
  let start = open + '<w:body>'.length;
  const re = /<w:tbl>|<w:tbl |<\/w:tbl>|<\/w:p>/gu;
  re.lastIndex = start;
  for (let m; (m = re.exec(xml)) && m.index < close; ) {
    if (m[0].startsWith('<w:tbl')) depth++;
    else if (m[0] === '</w:tbl>') depth--;
    if (depth === 0 && (m[0] === '</w:p>' || m[0] === '</w:tbl>')) {
      items.push([start, m.index + m[0].length]);
      start = m.index + m[0].length;
    }
  }
  return { items, open, close };
}

function varyDocx(bytes, rnd, agency, province) {
  const entries = readZip(bytes);
  const doc = entries.find((e) => e.name === 'word/document.xml');
  let xml = doc.data.toString('utf8');
  // Drop or duplicate a run of 1–4 body paragraphs, away from the header and the signature.
  const { items } = bodyItems(xml);
  if (items.length > 30) {
    const a = 10 + Math.floor(rnd() * (items.length - 25));
    const b = Math.min(items.length - 10, a + 1 + Math.floor(rnd() * 4));
    const from = items[a][0];
    const to = items[b - 1][1];
    const r = rnd();
    if (r < 0.3) xml = xml.slice(0, from) + xml.slice(to);
    else if (r < 0.6) xml = xml.slice(0, to) + xml.slice(from, to) + xml.slice(to);
  }
  xml = xml.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/gu, (_, o, t, c) => o + varyText(t, rnd, agency, province) + c);
  doc.data = Buffer.from(xml, 'utf8');
  return writeZip(entries);
}

/** Writes `count` plans under `out`; returns the number per format. */
export function generateCorpus(count = 1000, out = join(ROOT, 'bench', 'corpus')) {
  rmSync(out, { recursive: true, force: true });
  const rnd = prng(20250701);
  const seeds = SEEDS.map((s) => ({
    txt: readFileSync(join(ROOT, 'fixtures', 'plans', `${s}.txt`), 'utf8').replace(/\s*\{\{expect [^}]*\}\}/gu, ''),
    docx: readFileSync(join(ROOT, 'fixtures', 'docx', `${s}.docx`)),
    pdf: readFileSync(join(ROOT, 'fixtures', 'pdf', `${s}.pdf`)),
  }));
  const made = { txt: 0, docx: 0, pdf: 0 };
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const agency = AGENCIES[Math.floor(rnd() * AGENCIES.length)];
    const province = PROVINCES[Math.floor(rnd() * PROVINCES.length)];
    // 40% .txt, 40% .docx, 20% .pdf.
    const kind = i % 10 < 4 ? 'txt' : i % 10 < 8 ? 'docx' : 'pdf';
    const dir = join(out, agency, `Đợt ${1 + (i % 7)}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `Kế hoạch số ${String(i + 1).padStart(4, '0')} năm 2025.${kind}`);
    if (kind === 'txt') writeFileSync(file, varySections(varyText(seed.txt, rnd, agency, province).split('\n'), rnd).join('\n'));
    else if (kind === 'docx') writeFileSync(file, varyDocx(seed.docx, rnd, agency, province));
    else writeFileSync(file, seed.pdf);
    made[kind]++;
  }
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? join(ROOT, 'bench', 'corpus');
  const t = performance.now();
  const made = generateCorpus(count, out);
  console.log(`${count} plans in ${out} (${made.txt} .txt, ${made.docx} .docx, ${made.pdf} .pdf) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
