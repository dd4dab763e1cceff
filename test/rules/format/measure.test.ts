import { describe, expect, it } from 'vitest';
import type { FormatRun, Presentation } from '../../../src/model/presentation.js';
import { measure } from '../../../src/rules/format/_measure.js';

const run = (start: number, end: number, extra: Partial<FormatRun> = {}): FormatRun => ({ start, end, font: 'Times New Roman', size: 14, bold: false, italic: false, underline: false, caps: false, ...extra });
const presentation = (runs: FormatRun[]): Presentation => ({ format: 'docx', sections: [], runs, paragraphs: [], integrity: {} as Presentation['integrity'] });

describe('measure', () => {
  it('counts characters as code points, without any kind of space', () => {
    const text = 'Kế\u00a0hoạch\t😀 số 1';
    const m = measure(presentation([run(0, text.length)]), text, { start: 0, end: text.length });
    // K ế h o ạ c h 😀 s ố 1: the emoji is one character, the no-break space and the tab none.
    expect(m).toMatchObject({ chars: 11, letters: 9, capsShare: 1 / 9 });
  });
  it('counts capitals as typed, or every letter of a run shown in capitals (w:caps)', () => {
    const text = 'ỦY BAN nhân dân';
    const p = presentation([run(0, 7), run(7, text.length, { caps: true, size: 13 })]);
    expect(measure(p, text, { start: 0, end: text.length })).toMatchObject({ chars: 12, letters: 12, capsShare: 1, size: 13 });
    expect(measure(presentation([run(0, text.length)]), text, { start: 0, end: text.length })?.capsShare).toBe(5 / 12);
  });
  it('measures only the part of a run inside the span; nothing when no run covers it', () => {
    const text = 'ab CD';
    const p = presentation([run(0, 2, { bold: true }), run(2, 5, { size: 12 })]);
    expect(measure(p, text, { start: 1, end: 4 })).toMatchObject({ chars: 2, letters: 2, capsShare: 0.5, boldShare: 0.5 });
    expect(measure(p, text, { start: 2, end: 3 })).toBeNull();
  });
});
