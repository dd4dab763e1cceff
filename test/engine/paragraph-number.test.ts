import { describe, expect, it } from 'vitest';
import { nonEmptyParagraphs } from '../../src/engine/locate.js';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { minimalDocx } from '../load/helpers.js';

const p = (t: string): string => (t ? `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>` : '<w:p/>');
const tc = (...ps: string[]): string => `<w:tc>${ps.map(p).join('')}</w:tc>`;

describe('Word paragraph numbers count the paragraphs a reader sees', () => {
  it('empty paragraphs are not counted; table cell paragraphs are; a paragraph split at a line break keeps its number', async () => {
    const body =
      p('Một') + p('') + p('') + p('Hai') +
      `<w:tbl><w:tr>${tc('ô một', '', 'ô hai')}${tc('ô ba')}</w:tr><w:tr>${tc('ô bốn')}${tc('')}</w:tr></w:tbl>` +
      p('') + '<w:p><w:r><w:t>Ba dòng một</w:t><w:br/><w:t>Ba dòng hai</w:t></w:r></w:p>' + p('Bốn');
    const loaded = await loadDocx(minimalDocx(body), { limits: resolveLimits() });
    const numbers = nonEmptyParagraphs(loaded.blocks);
    const numberOf = (text: string): number | undefined => {
      const at = loaded.text.indexOf(text);
      return [...numbers].reverse().find((n) => n.start <= at)?.paragraph;
    };
    expect(numberOf('Một')).toBe(1);
    expect(numberOf('Hai')).toBe(2);
    expect(numberOf('Ba dòng một')).toBe(7);
    expect(numberOf('Ba dòng hai')).toBe(7);
    expect(numberOf('Bốn')).toBe(8);
  });

  it('a text file has no Word paragraphs', () => {
    expect(nonEmptyParagraphs([{ kind: 'paragraph', start: 0, end: 3, text: 'abc' }])).toEqual([]);
  });
});
