// Opens the HTML report in real headless Chromium (the CI machine has /usr/bin/chromium).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../src/report/html.js';
import { HOSTILE_SCRIPT, input } from './fixtures.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const title = available ? 'renders, filters and keeps document scripts inert' : `SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;

describe('html in headless Chromium', () => {
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-html-'));

  beforeAll(async () => {
    if (!available) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!available)(title, async () => {
    const file = join(dir, 'báo cáo.html');
    writeFileSync(file, html(input()));
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href);

    // Our own inline script ran (its hash is in the CSP) and nothing from the document did.
    await expect.poll(() => page.locator('body').getAttribute('data-shown')).toBe('6');
    expect(await page.evaluate(() => ({ a: (globalThis as unknown as Record<string, unknown>)['__pwned'], b: (globalThis as unknown as Record<string, unknown>)['__pwned2'] }))).toEqual({
      a: undefined,
      b: undefined,
    });
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('li.finding img').count()).toBe(0);
    expect(await page.getByText(HOSTILE_SCRIPT, { exact: false }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);

    // Findings, highlighted excerpts, scoreboards and charts render.
    expect(await page.locator('li.finding:visible').count()).toBe(6);
    expect(await page.locator('li.finding mark:visible').count()).toBe(6);
    expect(await page.locator('#by-file tbody tr').count()).toBe(6);
    expect(await page.locator('#by-agency tbody tr').count()).toBe(3);
    expect(await page.locator('#chart-area g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')))).toEqual([
      'citation',
      'deadline',
      'format',
    ]);
    expect(await page.locator('#chart-rule g.bar').count()).toBe(3);
    const bar = await page.locator('#chart-area rect.error').first().boundingBox();
    expect(bar?.width ?? 0).toBeGreaterThan(10);

    mkdirSync(resolve('test-artifacts'), { recursive: true });
    await page.screenshot({ path: resolve('test-artifacts/report.png'), fullPage: true });

    // The severity filter.
    await page.locator('#filter-error').uncheck();
    expect(await page.locator('li.finding:visible').count()).toBe(3);
    expect(await page.locator('li.sev-error:visible').count()).toBe(0);
    expect(await page.locator('#shown').textContent()).toBe('Đang hiển thị 3 phát hiện');
    // The docx file has only errors: its section group disappears.
    expect(await page.locator('section.group:visible').count()).toBe(3);
    await page.locator('#filter-warning').uncheck();
    expect(await page.locator('li.finding:visible').count()).toBe(1);
    await page.locator('#filter-error').check();
    await page.locator('#filter-warning').check();
    expect(await page.locator('li.finding:visible').count()).toBe(6);
    await page.close();
  });
});
