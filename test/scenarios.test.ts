// Scenario fixtures: whole plans whose lines carry {{expect area/name}} markers; the complete set must match.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from './_pipeline.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'scenarios');
const MARKER = /\s*\{\{expect ([a-z-]+\/[a-z0-9-]+)\}\}/gu;

/** Strips markers without shifting lines; returns the text and the expected (line, rule) pairs. */
export function readScenario(file: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const text = lines
    .map((line, i) => {
      for (const m of line.matchAll(MARKER)) expected.push(`${i + 1} ${m[1]}`);
      return line.replace(MARKER, '');
    })
    .join('\n');
  return { text, expected: expected.sort() };
}

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')) : [];

describe('scenario fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of files) {
    it(`${name}: the complete set of findings matches the markers`, () => {
      const { text, expected } = readScenario(join(DIR, name));
      const findings = checkText(text);
      // Errors and warnings must all be marked; an info finding counts where a marker asks for it.
      const actual = findings
        .map((f) => ({ key: `${f.line} ${f.ruleId}`, info: f.severity === 'info' }))
        .filter((f) => !f.info || expected.includes(f.key))
        .map((f) => f.key)
        .sort();
      expect(actual).toEqual(expected);
    });
  }
  for (const seed of ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']) {
    it(`${seed}: the scenario copy is the bundled plan with markers added`, () => {
      const scenario = join(DIR, `${seed}.txt`);
      if (!existsSync(scenario)) throw new Error(`missing ${scenario}`);
      const { text } = readScenario(scenario);
      expect(text).toBe(readFileSync(join(DIR, '..', 'plans', `${seed}.txt`), 'utf8'));
    });
  }
});
