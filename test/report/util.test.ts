import { describe, expect, it } from 'vitest';
import { absoluteFileUri, displayPath, locationText, pathToUri, safeRegion } from '../../src/report/_util.js';
import { finding } from './fixtures.js';

describe('report helpers', () => {
  it('makes paths relative to cwd when inside it', () => {
    expect(displayPath('/a/b/c.txt', '/a')).toBe('b/c.txt');
    expect(displayPath('/a/b/c.txt', '/a/')).toBe('b/c.txt');
    expect(displayPath('/ab/c.txt', '/a')).toBe('/ab/c.txt');
    expect(displayPath('./x/y.txt', '/a')).toBe('x/y.txt');
    expect(displayPath('/x.txt', '/')).toBe('x.txt');
    expect(displayPath('C:\\Hồ sơ\\KH 1.docx', 'c:\\hồ sơ')).toBe('KH 1.docx');
    expect(displayPath('D:\\KH.docx', 'C:\\work')).toBe('D:/KH.docx');
  });

  it('builds valid URI references', () => {
    expect(pathToUri('/a/Kế hoạch #1 [a]?.txt', '/a')).toEqual({ uri: 'K%E1%BA%BF%20ho%E1%BA%A1ch%20%231%20%5Ba%5D%3F.txt', relative: true });
    expect(pathToUri('../x y.txt', '/a')).toEqual({ uri: '../x%20y.txt', relative: true });
    expect(pathToUri('/b/x.txt', '/a')).toEqual({ uri: 'file:///b/x.txt', relative: false });
    expect(absoluteFileUri('C:\\Hồ sơ', true)).toBe('file:///C:/H%E1%BB%93%20s%C6%A1/');
    expect(absoluteFileUri('/srv/ho so', true)).toBe('file:///srv/ho%20so/');
  });

  it('leads locations with what the reader of each format can find', () => {
    const f = finding({ ruleId: 'x/y', severity: 'error', message: 'm', line: 45, sectionPath: 'III.2', page: 3, paragraph: 12 });
    expect(locationText(f, 'pdf', 'vi')).toBe('trang 3, mục III.2');
    expect(locationText({ ...f, page: null }, 'pdf', 'vi')).toBe('mục III.2, dòng 45');
    expect(locationText({ ...f, page: null }, 'docx', 'vi')).toBe('mục III.2, đoạn 12');
    expect(locationText(f, 'txt', 'vi')).toBe('mục III.2, dòng 45');
    expect(locationText({ ...f, sectionPath: null }, 'txt', 'en')).toBe('line 45');
  });

  it('names the table row (and its TT number) of a finding in a table; in Word it replaces the paragraph number', () => {
    const f = finding({ ruleId: 'x/y', severity: 'warning', message: 'm', line: 77, sectionPath: null, page: 4, paragraph: 40 });
    const row = { ...f, tableRow: { table: 1, row: 6, number: '1' } };
    expect(locationText(row, 'pdf', 'vi')).toBe('trang 4, bảng 1, hàng 6 (TT 1)');
    expect(locationText({ ...row, page: null }, 'docx', 'vi')).toBe('bảng 1, hàng 6 (TT 1)');
    expect(locationText({ ...f, page: null }, 'docx', 'vi')).toBe('đoạn 40');
    expect(locationText({ ...row, tableRow: { table: 2, row: 3, number: null } }, 'txt', 'en')).toBe('table 2, row 3, line 77');
  });

  it('never lets a region end before it starts', () => {
    const f = finding({ ruleId: 'x/y', severity: 'error', message: 'm', line: 5, column: 9, endLine: 5, endColumn: 2 });
    expect(safeRegion(f)).toEqual({ startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 });
    expect(safeRegion({ ...f, endLine: 3 })).toEqual({ startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 });
  });
});
