import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/motto.js';
import { emptyDoc, ref, run } from '../_helpers.js';
import { checkText } from '../../_pipeline.js';

describe('header/motto', () => {
  it('accepts both tone styles of the national name and the spaced-hyphen motto', () => {
    for (const name of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']) {
      const text = `SỞ NỘI VỤ\n${name}\nĐộc lập - Tự do - Hạnh phúc\n`;
      const doc = emptyDoc();
      doc.header.nationalName = ref(text, name);
      doc.header.motto = ref(text, 'Độc lập - Tự do - Hạnh phúc');
      expect(run(rule, { text, doc })).toEqual([]);
    }
  });
  it('reports both missing as one finding on the first line', () => {
    const text = '\n\nSố: /KH-SDTTG\nKẾ HOẠCH\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'Số: /KH-SDTTG']]);
  });
  it('reports an en-dash motto as a warning and a missing national name', () => {
    const text = 'SỞ NỘI VỤ\nĐộc lập – Tự do – Hạnh phúc\n';
    const doc = emptyDoc();
    doc.header.motto = ref(text, 'Độc lập – Tự do – Hạnh phúc');
    const r = run(rule, { text, doc });
    expect(r.map((x) => [x.messageId, x.text, x.severity])).toEqual([
      ['missingNationalName', 'Độc lập – Tự do – Hạnh phúc', undefined],
      ['mottoForm', 'Độc lập – Tự do – Hạnh phúc', 'warning'],
    ]);
  });
  it('through the parser: a wrapped Quốc hiệu is present; one cut short is malformed, not missing', () => {
    const ids = (head: string) =>
      checkText(`SỞ NỘI VỤ\n${head}\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n`)
        .filter((f) => f.ruleId === 'header/motto')
        .map((f) => f.messageId);
    expect(ids('CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do -\nHạnh phúc')).toEqual([]);
    expect(ids('CỘNG HÒA XÃ HỘI\nĐộc lập - Tự do - Hạnh phúc')).toEqual(['nationalNameForm']);
    expect(ids('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['missingMotto']);
  });
});
