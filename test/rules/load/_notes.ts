// Test helper for the load/* rules: one rule over an empty plan whose loader reported these notes.
import type { AnyRule, LoadNote } from '../../../src/engine/define-rule.js';
import { runRules, type RuleSetting } from '../../../src/engine/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { parseText } from '../../_pipeline.js';

export function findingsWith(rule: AnyRule, notes: LoadNote[], opts: { lang?: 'vi' | 'en'; setting?: RuleSetting } = {}): Finding[] {
  const { loaded, doc, facts } = parseText('KẾ HOẠCH\nCải cách hành chính năm 2025\n');
  loaded.warnings.push(...notes);
  return runRules([rule], loaded, doc, facts, {
    lang: opts.lang ?? 'vi',
    stage: 'final',
    rules: opts.setting ? { [rule.id]: opts.setting } : {},
    registryExtra: [],
  });
}
