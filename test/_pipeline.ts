// Test helper: the real pipeline on in-memory text (load → parse → extract → rules).
import { readFileSync } from 'node:fs';
import { loadTxt } from '../src/load/txt.js';
import { parsePlan } from '../src/parse/index.js';
import { extractFacts } from '../src/extract/index.js';
import { runRules, type EngineOptions } from '../src/engine/index.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/model/finding.js';

export const ENGINE_DEFAULTS: EngineOptions = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };

export function parseText(text: string, path = 'mem.txt') {
  const bytes = new TextEncoder().encode(text);
  const loaded = loadTxt(bytes);
  const doc = parsePlan(loaded, { path, bytes: bytes.length });
  const facts = extractFacts(doc, loaded.text, {});
  return { loaded, doc, facts };
}

export function parseFixture(path: string) {
  return parseText(readFileSync(path, 'utf8'), path);
}

export function checkText(text: string, options: Partial<EngineOptions> = {}): Finding[] {
  const { loaded, doc, facts } = parseText(text);
  return runRules(RULES, loaded, doc, facts, { ...ENGINE_DEFAULTS, ...options });
}
