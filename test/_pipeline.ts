// Test helper: the real pipeline on in-memory text (load → parse → extract → rules), through the library's Checker.
import { readFileSync } from 'node:fs';
import { parseLoaded } from '../src/check.js';
import { checkerOf } from '../src/checker.js';
import type { Config } from '../src/config/schema.js';
import type { EngineOptions } from '../src/engine/index.js';
import { loadTxt } from '../src/load/txt.js';
import type { Finding } from '../src/model/finding.js';

export const ENGINE_DEFAULTS: EngineOptions = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };

export function parseText(text: string, path = 'mem.txt') {
  const bytes = new TextEncoder().encode(text);
  return parseLoaded(loadTxt(bytes), path, bytes.length, {});
}

export function parseFixture(path: string) {
  return parseText(readFileSync(path, 'utf8'), path);
}

/** The findings of `text` checked as a .txt file (load notes included), with engine settings as given. */
export function checkText(text: string, options: Partial<EngineOptions> = {}): Finding[] {
  const e = { ...ENGINE_DEFAULTS, ...options };
  const config = { rules: e.rules, registry: e.registryExtra } as Config;
  const checker = checkerOf(config, { lang: e.lang, stage: e.stage, ...(e.profile ? { profile: e.profile } : {}), ...(e.today ? { today: e.today } : {}) });
  const result = checker.checkText(text, 'mem.txt');
  if (result.error) throw new Error(`checkText: ${result.error.message}`);
  return result.findings;
}
