import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src/report/html.js';
import { EMPTY, input } from './fixtures.js';

describe('html (text checks)', () => {
  const page = html(input());

  it('is one self-contained document with a strict CSP', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(page).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">/u,
    );
    expect(page).not.toMatch(/<link\b|\bsrc=["']?https?:|@import|url\(/iu);
    expect(page.match(/<script\b/gu)).toHaveLength(1);
    expect(page.match(/<style\b/gu)).toHaveLength(1);
    expect(page).not.toMatch(/<[^>]*\son[a-z]+=/u);
  });

  it('escapes every piece of document text', () => {
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned2=1&quot;&gt;');
    expect(page).toContain('Báo cáo, tổng hợp/KH 12: CCHC.docx');
    expect(page).toContain('không đọc được &lt;nội dung&gt;');
    expect(page).not.toContain('<nội dung>');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('renders scoreboards, charts, filters and highlighted excerpts', () => {
    expect(page).toContain('<table id="by-file">');
    expect(page).toContain('<table id="by-agency">');
    expect(page).toContain('<figure id="chart-area">');
    expect(page).toContain('<figure id="chart-rule">');
    expect(page.match(/<li class="finding /gu)).toHaveLength(6);
    expect(page.match(/<mark>/gu)).toHaveLength(6);
    expect(page).toContain('data-severity="error" id="filter-error" checked');
  });

  it('speaks English and copes with no findings', () => {
    expect(html(input({ lang: 'en' }))).toContain('<title>Plan check report</title>');
    const clean = html(EMPTY);
    expect(clean).toContain('Không có dữ liệu');
    expect(clean).not.toContain('<li class="finding');
  });
});
