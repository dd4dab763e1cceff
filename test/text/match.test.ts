import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/text/match.js';

const viaMatchAll = (re: RegExp, s: string): [string, number][] => [...s.matchAll(re)].map((m) => [m[0], m.index]);
const viaExecAll = (re: RegExp, s: string): [string, number][] => execAll(re, s).map((m) => [m[0], m.index]);

describe('execAll: the matches of matchAll, from the shared regex', () => {
  it.each([
    [/\d+/gu, 'ngày 05/7/2025 và 31/12/2025'],
    [/(?<![\p{L}])năm\s(\d{4})/giu, 'NĂM 2025, năm 2026; trong năm2027'],
    [/x*/gu, 'axxb😀c'],
    [/(?:)/gu, '😀a'],
    // eslint-disable-next-line require-unicode-regexp -- the case under test: a regex without the u flag
    [/(?:)/g, '😀a'],
  ])('%s on %j', (re, s) => {
    expect(viaExecAll(re, s)).toEqual(viaMatchAll(re, s));
  });

  it('leaves lastIndex at 0, so the regex can run again while its matches are used', () => {
    const re = /\d+/gu;
    const outer = execAll(re, '1 22 333');
    expect(re.lastIndex).toBe(0);
    expect(outer.map((m) => execAll(re, `${m[0]}-${m[0]}`).length)).toEqual([2, 2, 2]);
  });

  it('refuses a regex without the g flag (it would never advance)', () => {
    expect(() => execAll(/\d/u, '1')).toThrow(TypeError);
  });
});
