// (a) Cost of the full check per format against the bare extraction by the same library, on the five seeds,
// with the check split into its stages (load, parse, extract facts, rules) to show where the time goes.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMATS, median, pipeline, printTable, ROOT, SEEDS, timeInterleaved, timeIt } from './lib.mjs';

const ENGINE = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };

/** The bare extraction each loader starts from: what any tool reading the format would pay. */
async function bareExtractors() {
  const mammoth = (await import('mammoth')).default;
  const { PDFParse } = await import('pdf-parse');
  return {
    txt: async (path) => new TextDecoder('utf-8').decode(await readFile(path)),
    docx: async (path) => (await mammoth.convertToHtml({ buffer: await readFile(path) })).value,
    pdf: async (path) => {
      const parser = new PDFParse({ data: new Uint8Array(await readFile(path)) });
      try {
        return (await parser.getText()).text;
      } finally {
        await parser.destroy();
      }
    },
  };
}

export async function benchExtraction({ runs = 9, warm = 2, acceptance = 1.3 } = {}) {
  const { checkFile, loadDocument, parsePlan, extractFacts, runRules, RULES } = await pipeline();
  const bare = await bareExtractors();

  const perFormat = [];
  const perSeed = [];
  for (const [ext, folder] of FORMATS) {
    const acc = { bare: [], check: [], checkIsolated: [], load: [], parse: [], extract: [], rules: [] };
    for (const seed of SEEDS) {
      const path = join(ROOT, 'fixtures', folder, `${seed}.${ext}`);
      const bytes = new Uint8Array(readFileSync(path));
      // Bare extraction and check interleaved: machine noise falls on both alike.
      const [b, c] = await timeInterleaved([() => bare[ext](path), () => checkFile(path, { lang: 'vi', isolate: false, engine: ENGINE })], { runs, warm });
      // The loader's default (library API, `kehoach parse`): docx/pdf parsed in a fresh worker per call.
      const ci = await timeIt(() => checkFile(path, { lang: 'vi', engine: ENGINE }), { runs: Math.min(runs, 5), warm: 1 });
      // Stage by stage, on the same bytes.
      const loaded = await loadDocument(bytes, { path, isolate: false });
      const doc = parsePlan(loaded, { path, bytes: bytes.length });
      const facts = extractFacts(doc, loaded.text, {});
      const l = await timeIt(() => loadDocument(bytes, { path, isolate: false }), { runs, warm });
      const p = await timeIt(() => parsePlan(loaded, { path, bytes: bytes.length }), { runs, warm });
      const e = await timeIt(() => extractFacts(doc, loaded.text, {}), { runs, warm });
      const r = await timeIt(() => runRules(RULES, loaded, doc, facts, ENGINE), { runs, warm });
      acc.bare.push(b.median);
      acc.check.push(c.median);
      acc.checkIsolated.push(ci.median);
      acc.load.push(l.median);
      acc.parse.push(p.median);
      acc.extract.push(e.median);
      acc.rules.push(r.median);
      perSeed.push([`${seed}.${ext}`, bytes.length / 1024, b.median, c.median, c.median / b.median, l.median, p.median, e.median, r.median]);
    }
    const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const m = Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, mean(v)]));
    perFormat.push({ ext, ...m, ratio: m.check / m.bare, ratioIsolated: m.checkIsolated / m.bare, worstSeedRatio: Math.max(...acc.check.map((c, i) => c / acc.bare[i])) });
  }

  printTable(
    `(a) per seed: median of ${runs} warm runs (ms); check = checkFile in-process (isolate: false, as in pool workers)`,
    ['file', 'KB', 'bare', 'check', 'ratio', 'load', 'parse', 'extract', 'rules'],
    perSeed,
  );
  printTable(
    `(a) per format: mean over the 5 seeds of the per-seed medians (ms); acceptance: check ≤ ${acceptance}× bare`,
    ['format', 'bare', 'check', 'ratio', 'check isolated*', 'ratio*', 'load', 'parse', 'extract', 'rules', 'verdict'],
    perFormat.map((f) => [f.ext, f.bare, f.check, f.ratio, f.checkIsolated, f.ratioIsolated, f.load, f.parse, f.extract, f.rules, f.ratio <= acceptance ? 'ok' : 'OVER']),
  );
  console.log('* check isolated: checkFile with the loader default (docx/pdf loaded in a fresh worker thread per call, as the library API and');
  console.log('  `kehoach parse` do; `kehoach check` runs every Word/PDF file in a warm pool worker instead, even with --jobs 1).');
  console.log('  bare: txt = readFile + TextDecoder; docx = mammoth.convertToHtml; pdf = pdf-parse getText (+ destroy).');
  return perFormat;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchExtraction({ runs: Number(process.argv[2] ?? 9) });
}
