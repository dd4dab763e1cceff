import { describe, expect, it } from 'vitest';
import { markdown, mdText } from '../../src/report/markdown.js';
import { input } from './fixtures.js';

describe('markdown', () => {
  const md = markdown(input());

  it('starts with a summary table', () => {
    expect(md).toContain('| Tệp | Cơ quan | Lỗi | Cảnh báo | Thông tin |');
    expect(md).toContain('| Báo cáo, tổng hợp/KH 12: CCHC.docx | UBND HUYỆN CAO LỘC | 2 | 0 | 0 |');
    expect(md).toContain('| hỏng/tệp lỗi.pdf | **không đọc được** | 0 | 0 | 0 |');
    expect(md).toContain('| **Tổng cộng** | | **3** | **2** | **1** |');
  });

  it('adds totals per agency for a batch of several agencies', () => {
    const md = markdown(input());
    expect(md).toContain('### Theo cơ quan\n\n| Cơ quan | Số tệp | Không đọc được | Lỗi | Cảnh báo | Thông tin |\n| --- | ---: | ---: | ---: | ---: | ---: |\n');
    expect(md).toContain('| SỞ DÂN TỘC VÀ TÔN GIÁO | 2 | 0 | 1 | 2 | 1 |\n| UBND HUYỆN CAO LỘC | 1 | 0 | 2 | 0 | 0 |\n| _(không rõ cơ quan)_ | 2 | 1 | 0 | 0 | 0 |\n');
    const one = markdown(input({ results: input().results.filter((r) => r.agency === 'UBND HUYỆN CAO LỘC') }));
    expect(one).not.toContain('Theo cơ quan');
  });

  it('groups findings by file and section', () => {
    const txt = md.indexOf('### kế hoạch/Kế hoạch 09 năm 2025.txt');
    const pre = md.indexOf('#### Phần đầu văn bản', txt);
    const sec = md.indexOf('#### Mục III.2', txt);
    expect(txt).toBeGreaterThan(0);
    expect(pre).toBeGreaterThan(txt);
    expect(sec).toBeGreaterThan(pre);
    expect(md).toContain('- **Cảnh báo** (trang 3): Thời hạn "năm 2025" quá rộng. `deadline/vague`');
    expect(md).toContain('- **Lỗi** Không đọc được tệp: Tệp PDF được mã hóa, không đọc được \\<nội dung\\> `load/pdf-encrypted`');
  });

  it('escapes markdown and HTML in document text, keeping each item on its line', () => {
    expect(md).toContain('\\<script\\>window.\\_\\_pwned = 1\\</script\\>');
    expect(md).toContain('Dòng một<br>Dòng hai \\<img src=x onerror="window.\\_\\_pwned2=1"\\> \\| \\*đậm\\* \\& "trích" \'đơn\'');
    expect(md).not.toMatch(/(?<!\\)<(?:script|img)/u);
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('- mục')).toBe('\\- mục');
    expect(mdText('1. mục')).toBe('1\\. mục');
    expect(mdText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(mdText('@user #12 ~~x~~ $x$ `c`')).toBe('\\@user \\#12 \\~\\~x\\~\\~ \\$x\\$ \\`c\\`');
  });

  it('speaks English with --lang en', () => {
    const en = markdown(input({ lang: 'en' }));
    expect(en).toContain('| File | Agency | Errors | Warnings | Infos |');
    expect(en).toContain('#### Section III.2');
    expect(en).toContain('#### Before the first section');
  });
});
