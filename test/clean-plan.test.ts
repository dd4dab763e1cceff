// Acceptance (rules issue): a realistic, correct plan gives no warning and no error, as .txt and as .docx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../src/load/index.js';
import { parsePlan } from '../src/parse/index.js';
import { extractFacts } from '../src/extract/index.js';
import { runRules } from '../src/engine/index.js';
import { RULES } from '../src/rules/index.js';
import { ENGINE_DEFAULTS } from './_pipeline.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');

async function check(path: string) {
  const bytes = readFileSync(join(FIX, path));
  const loaded = await loadDocument(bytes, { path, isolate: false });
  const doc = parsePlan(loaded, { path, bytes: bytes.length });
  const findings = runRules(RULES, loaded, doc, extractFacts(doc, loaded.text, {}), ENGINE_DEFAULTS);
  return { doc, findings };
}

describe('the clean plan', () => {
  it.each(['scenarios/clean-plan.txt', 'docx/clean-plan.docx'])('%s: fully parsed, no warning and no error', async (path) => {
    const { doc, findings } = await check(path);
    // Guard against a trivially clean result: everything a reviewer looks for was found.
    expect(doc.header).toMatchObject({ issuingBody: { text: 'SỞ NỘI VỤ' }, documentNumber: { raw: 'Số: 15/KH-SNV' } });
    expect(doc.header.motto).not.toBeNull();
    expect(doc.legalBases).toHaveLength(3);
    expect(doc.sections.map((s) => s.marker)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(doc.tasks).toHaveLength(7);
    expect(new Set(doc.tasks.map((t) => t.area?.text.split('.')[0]))).toEqual(new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']));
    expect(doc.signature?.signer?.text).toBe('Nguyễn Văn An');
    // The content is clean; clean-plan.docx is written from the .txt by fixtures/docx/txt-to-docx.mjs without the
    // Phụ lục I presentation (sizes, spacing, page numbers), which test/rules/format/ checks on Word files of its own.
    expect(findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('format/'))).toEqual([]);
  });
});
