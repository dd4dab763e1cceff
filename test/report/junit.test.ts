import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit, xmlText } from '../../src/report/junit.js';
import { finding, HOSTILE_SCRIPT, input, RULES } from './fixtures.js';

interface Node { [k: string]: any } // eslint-disable-line @typescript-eslint/no-explicit-any

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'property'].includes(name),
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

describe('junit', () => {
  const xml = junit(input());
  const doc = parser.parse(xml) as Node;
  const suites = doc['testsuites']['testsuite'] as Node[];

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  it('has one testsuite per file and one testcase per rule', () => {
    expect(suites.map((s) => s['name'])).toEqual([
      'kế hoạch/Kế hoạch 09 năm 2025.txt',
      'Báo cáo, tổng hợp/KH 12: CCHC.docx',
      'pdf/Kế hoạch số 3.pdf',
      'hỏng/tệp lỗi.pdf',
      'sạch.txt',
    ]);
    const txt = suites[0]!;
    expect((txt['testcase'] as Node[]).map((c) => c['name'])).toEqual(RULES.map((r) => r.id));
    expect(txt).toMatchObject({ tests: '4', failures: '1', errors: '0' });
    expect(doc['testsuites']).toMatchObject({ name: 'kehoach-lint', tests: '17', failures: '2', errors: '1' });
  });

  it('fails a rule per error finding, lists warnings and infos in system-out, passes the rest', () => {
    const txt = suites[0]!['testcase'] as Node[];
    const superseded = txt.find((c) => c['name'] === 'citation/superseded')!;
    expect(superseded['failure']).toHaveLength(1);
    expect(superseded['failure'][0]['message']).toContain('110/2004/NĐ-CP');
    expect(superseded['failure'][0]['#text']).toContain(HOSTILE_SCRIPT);
    const vague = txt.find((c) => c['name'] === 'deadline/vague')!;
    expect(vague['failure']).toBeUndefined();
    expect(vague['system-out']).toContain('[cảnh báo] mục III.2, dòng 45 (45:12)');
    const missing = txt.find((c) => c['name'] === 'header/missing-number')!;
    expect(missing['failure']).toBeUndefined();
    expect(missing['system-out']).toBeUndefined();
    const docx = suites[1]!['testcase'] as Node[];
    const twoErrors = docx.find((c) => c['name'] === 'citation/superseded')!;
    expect(twoErrors['failure']).toHaveLength(2);
    // Attribute values keep their line breaks (as character references).
    expect(twoErrors['failure'][0]['message']).toBe('Căn cứ đã hết hiệu lực, mất 50% giá trị\ndòng thứ hai');
    expect(twoErrors['failure'][0]['#text']).toContain(`<img src=x onerror="window.__pwned2=1"> | *đậm* & "trích" 'đơn'`);
  });

  it('reports a load failure as an error testcase', () => {
    const broken = suites[3]!;
    expect(broken).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    const c = (broken['testcase'] as Node[])[0]!;
    expect(c['error']['type']).toBe('load/pdf-encrypted');
    expect(c['error']['message']).toBe('Tệp PDF được mã hóa, không đọc được <nội dung>');
  });

  it('escapes the five specials and strips characters XML 1.0 forbids', () => {
    expect(xmlText(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlText('x\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff\ud800y\t\n')).toBe('xy\t\n');
    expect(xmlText('😀 tiếng Việt')).toBe('😀 tiếng Việt');
    const nasty = junit(
      input({
        results: [
          {
            path: 'a]]>b.txt', format: 'txt', encoding: null, agency: 'A & B <C>', pageCount: null, error: null,
            errorCount: 1, warningCount: 0, infoCount: 0,
            findings: [finding({ ruleId: 'x/y', severity: 'error', message: 'bell\u0007 ]]> --> <!-- \ud83d', excerpt: '\u001b[31m' })],
          },
        ],
      }),
    );
    expect(XMLValidator.validate(nasty)).toBe(true);
    expect(nasty).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    const parsed = parser.parse(nasty) as Node;
    expect(parsed['testsuites']['testsuite'][0]['properties']['property'][0]).toEqual({ name: 'agency', value: 'A & B <C>' });
  });

  it('localizes the load testcase name', () => {
    const en = parser.parse(junit(input({ lang: 'en' }))) as Node;
    expect(en['testsuites']['testsuite'][3]['testcase'][0]['name']).toBe('load file');
  });
});
