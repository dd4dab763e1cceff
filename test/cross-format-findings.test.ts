// Acceptance: `kehoach check` gives the same set of (rule, excerpt) findings for the .txt, .docx and .pdf of each seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../src/load/index.js';
import { parsePlan } from '../src/parse/index.js';
import { extractFacts } from '../src/extract/index.js';
import { runRules } from '../src/engine/index.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/model/finding.js';
import { ENGINE_DEFAULTS } from './_pipeline.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');

async function findingsOf(dir: string, file: string): Promise<Finding[]> {
  const bytes = readFileSync(join(FIX, dir, file));
  const loaded = await loadDocument(bytes, { path: file, isolate: false });
  const doc = parsePlan(loaded, { path: file, bytes: bytes.length });
  const facts = extractFacts(doc, loaded.text, {});
  return runRules(RULES, loaded, doc, facts, ENGINE_DEFAULTS);
}

async function findingSet(dir: string, file: string): Promise<string[]> {
  const findings = await findingsOf(dir, file);
  // Locations differ by format; whitespace differs where a PDF wraps a cell. Rule and excerpt must agree.
  // The presentation rules (format/) read fonts and page setup that only the Word file has: left out.
  return findings.filter((f) => !f.ruleId.startsWith('format/')).map((f) => `${f.ruleId} ${(f.excerpt ?? '').replace(/\s+/gu, '')}`).sort();
}

describe('same findings in every format', () => {
  for (const seed of ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']) {
    it(`${seed}: .txt, .docx and .pdf`, async () => {
      const txt = await findingSet('plans', `${seed}.txt`);
      expect(txt.length).toBeGreaterThan(0);
      expect(await findingSet('docx', `${seed}.docx`)).toEqual(txt);
      expect(await findingSet('pdf', `${seed}.pdf`)).toEqual(txt);
    });
  }
});

describe('table rows are located alike in every format', () => {
  it('seed001: every appendix finding names the same table row (and TT number) in .txt, .docx and .pdf', async () => {
    const rows = async (dir: string, file: string): Promise<string[]> =>
      (await findingsOf(dir, file))
        .filter((f) => f.tableRow)
        .map((f) => `${f.ruleId} ${(f.excerpt ?? '').replace(/\s+/gu, '')} @${f.tableRow?.table}:${f.tableRow?.row}:${f.tableRow?.number}`)
        .sort();
    const txt = await rows('plans', 'seed001.txt');
    expect(txt.length).toBeGreaterThan(20);
    expect(txt.some((x) => x.startsWith('citation/malformed ') && x.includes('71/2024/NQHĐND') && x.endsWith('@1:6:1'))).toBe(true);
    expect(await rows('docx', 'seed001.docx')).toEqual(txt);
    expect(await rows('pdf', 'seed001.pdf')).toEqual(txt);
  });
});
