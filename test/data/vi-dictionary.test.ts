import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareLetters, plainWordList, vietnameseSpeller } from '../../src/data/vi-dictionary.js';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('dictionary-vi'));
const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
const dic = readFileSync(join(dir, 'index.dic'), 'utf8');

describe('the Vietnamese word list', () => {
  it('reads the installed dictionary as nspell does: the same forms are correct', () => {
    const plain = plainWordList(aff, dic);
    expect(plain).not.toBeNull();
    const nspell = require('nspell') as (d: { aff: string; dic: string }) => { data: Record<string, unknown>; correct(w: string): boolean };
    const spell = nspell({ aff, dic });
    expect([...(plain as Set<string>)].sort()).toEqual(Object.keys(spell.data).sort());
    for (const w of ['mưu', 'hoà', 'nghiệp', 'abc', 'ABC', 'hcm', 'nhữg', 'muu']) expect(plain?.has(w), w).toBe(spell.correct(w));
  });

  it('leaves a dictionary with affixes, compounds or restricting flags to nspell', () => {
    expect(plainWordList('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n', '1\ncat/A\n')).toBeNull();
    expect(plainWordList('SET UTF-8\nCOMPOUNDRULE 1\n', '1\ncat\n')).toBeNull();
    expect(plainWordList('SET UTF-8\nFORBIDDENWORD !\n', '1\ncat/!\n')).toBeNull();
  });

  it('reads entries with flags and CRLF line ends, skipping the count line', () => {
    expect([...(plainWordList('SET UTF-8\nTRY abc\n', '3\r\nmột\r\nhai/X\r\n\r\nba\r\n') as Set<string>)]).toEqual(['một', 'hai', 'ba']);
  });

  it('judges syllables in both tone-mark styles and finds the marked forms of a bare syllable', () => {
    const sp = vietnameseSpeller();
    for (const w of ['hòa', 'hoà', 'Thủy', 'thuỷ', 'quí', 'quý', 'nghiệp']) expect(sp.isSyllable(w), w).toBe(true);
    for (const w of ['nhữg', 'thựchiện', 'online']) expect(sp.isSyllable(w), w).toBe(false);
    expect(sp.withDiacritics('muu')).toContain('mưu');
    expect(sp.withDiacritics('dien')).toEqual(expect.arrayContaining(['điện', 'diện', 'diễn']));
  });
});

describe('bareLetters', () => {
  it('drops marks (precomposed or combining), maps đ to d and lowers the case', () => {
    expect(bareLetters('Đường')).toBe('duong');
    expect(bareLetters('NGHIỆP')).toBe('nghiep');
    expect(bareLetters('ho\u0300a')).toBe('hoa');
    expect(bareLetters('online')).toBe('online');
  });
});
