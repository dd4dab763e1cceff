// The real corpus (fixtures/real, copied from plans real agencies wrote): for each document, the parsed model's
// essentials and the complete set of findings must equal the reviewed golden file in fixtures/real/expected/.
// Every expected finding carries a one-line justification ("why") that a reader can check against the document.
//
// To refresh after a change: UPDATE_REAL=1 npx vitest run test/real — the golden files are rewritten from the
// current output, keeping the justification of every finding that is still reported; new findings get an empty
// "why", which fails this test until someone has read the document and written it (or fixed the false finding).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, resultOf } from '../../src/check.js';
import type { EngineOptions } from '../../src/engine/index.js';
import type { Finding } from '../../src/model/finding.js';
import { type GoldenModel, modelSummary } from './_summary.js';

interface ManifestEntry {
  file: string;
  stage: 'draft' | 'final';
  /** Reference date when the document has no issue date (drafts): fixed so the result does not depend on the day. */
  today: string;
}

interface ExpectedFinding {
  rule: string;
  severity: Finding['severity'];
  excerpt: string | null;
  message: string;
  why: string;
}

interface Golden {
  file: string;
  stage: 'draft' | 'final';
  model: GoldenModel;
  findings: ExpectedFinding[];
}

const DIR = join(import.meta.dirname, '../../fixtures/real');
const MANIFEST: ManifestEntry[] = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const UPDATE = process.env['UPDATE_REAL'] === '1';

function goldenPath(file: string): string {
  return join(DIR, 'expected', `${file}.json`);
}

const key = (f: { rule: string; severity: string; excerpt: string | null; message: string }): string =>
  `${f.rule}|${f.severity}|${f.excerpt ?? ''}|${f.message}`;

/** Rules and messages that say a part is missing: on these documents, every part is there. */
const SAYS_MISSING = (f: Finding): boolean =>
  f.ruleId === 'recipients/missing' || f.ruleId === 'signature/missing' || (f.ruleId.startsWith('header/') && /^missing/u.test(f.messageId));

async function run(entry: ManifestEntry): Promise<{ model: GoldenModel; findings: ExpectedFinding[] }> {
  const path = join(DIR, entry.file);
  const engine: EngineOptions = { lang: 'vi', stage: entry.stage, rules: {}, registryExtra: [], today: entry.today };
  const options = { lang: 'vi' as const, isolate: false, today: entry.today, engine };
  // One parse for the model and the findings: checkFile is resultOf over parseFile, less the catch that turns a
  // load error into a result (a load error here fails the test either way).
  const parsed = await parseFile(path, options);
  const result = resultOf(path, parsed, options);
  expect(result.error).toBeNull();
  // Every document has its header, recipients and signature (fixtures/real/README.md). The one exception is a PDF
  // whose text cannot be decoded (issue 14), which says so once instead of being checked.
  if (!result.findings.some((f) => f.ruleId === 'load/text-garbled')) {
    const h = parsed.doc.header;
    const number = h.documentNumber ?? parsed.doc.coverDecision?.header.documentNumber ?? null;
    expect({ issuingBody: h.issuingBody !== null, nationalName: h.nationalName !== null, motto: h.motto !== null, number: number !== null, issueDate: h.issueDate !== null, place: h.place !== null, documentType: h.documentType !== null, subject: h.subject !== null, recipients: parsed.doc.recipients !== null, signature: parsed.doc.signature !== null }).toEqual({
      issuingBody: true, nationalName: true, motto: true, number: true, issueDate: true, place: true, documentType: true, subject: true, recipients: true, signature: true,
    });
    expect(result.findings.filter(SAYS_MISSING).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  }
  const findings = result.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, excerpt: f.excerpt, message: f.message, why: '' }));
  return { model: modelSummary(parsed.doc, result.agency), findings };
}

describe('real corpus (fixtures/real): golden models and reviewed findings', () => {
  it('the manifest lists every plan in fixtures/real', () => {
    const listed = new Set(MANIFEST.map((e) => e.file));
    for (const e of MANIFEST) expect(existsSync(join(DIR, e.file)), e.file).toBe(true);
    expect(listed.size).toBe(MANIFEST.length);
  });

  for (const entry of MANIFEST) {
    it(`${entry.file} (--stage ${entry.stage})`, { timeout: 60_000 }, async () => {
      const actual = await run(entry);
      const path = goldenPath(entry.file);
      const previous: Golden | null = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
      if (UPDATE) {
        const whys = new Map<string, string[]>();
        for (const f of previous?.findings ?? []) whys.set(key(f), [...(whys.get(key(f)) ?? []), f.why]);
        const findings = actual.findings.map((f) => ({ ...f, why: whys.get(key(f))?.shift() ?? '' }));
        const golden: Golden = { file: entry.file, stage: entry.stage, model: actual.model, findings };
        writeFileSync(path, `${JSON.stringify(golden, null, 2)}\n`);
        return;
      }
      expect(previous, `no golden file ${path}: run UPDATE_REAL=1 npx vitest run test/real`).not.toBeNull();
      const golden = previous as Golden;
      expect(actual.model).toEqual(golden.model);
      expect(actual.findings.map(key).sort()).toEqual(golden.findings.map(key).sort());
      const unreviewed = golden.findings.filter((f) => f.why.trim() === '').map(key);
      expect(unreviewed, 'findings without a reviewed justification').toEqual([]);
    });
  }
});
