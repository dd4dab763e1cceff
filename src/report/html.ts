// One self-contained HTML page (inline CSS, JS and SVG; no external assets): scoreboards, charts, filterable findings.
import { createHash } from 'node:crypto';
import type { FileResult, Finding, ReportInput, Severity } from '../model/finding.js';
import { agencyTotals, displayPath, errorShownSeparately, groupBySection, locationParts, ruleArea, SEVERITIES, totals } from './_util.js';
import { label, type LabelId } from './labels.js';

type Lang = ReportInput['lang'];

const SEVERITY_LABEL: Record<Severity, LabelId> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};
const SEVERITY_PLURAL: Record<Severity, LabelId> = {
  error: 'severity.error.plural',
  warning: 'severity.warning.plural',
  info: 'severity.info.plural',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

const STYLE = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ok:#2e7d32;--bg:#fafafa;--fg:#1b1b1b;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:0 0 .25rem;word-break:break-all}h4{font-size:.95rem;margin:.75rem 0 .25rem;color:var(--muted)}
.meta{color:var(--muted);margin:0}
h4::first-letter{text-transform:uppercase}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.6rem}
.card.error b{color:var(--err)}.card.warning b{color:var(--warn)}.card.info b{color:var(--info)}
table{border-collapse:collapse;background:#fff;margin:.25rem 0 1rem}
th,td{border:1px solid var(--line);padding:.3rem .6rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600}
.bad{color:var(--err);font-weight:600}.good{color:var(--ok)}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem}
figcaption{font-weight:600;margin-bottom:.5rem}
svg text{font:12px system-ui,Arial,sans-serif;fill:#333}
rect.error{fill:var(--err)}rect.warning{fill:#f9a825}rect.info{fill:var(--info)}
#filters{border:1px solid var(--line);border-radius:8px;background:#fff;padding:.5rem 1rem;margin-bottom:.5rem}
#filters label{margin-right:1.25rem;cursor:pointer}
article.file{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.agency{color:var(--muted);margin:0 0 .25rem}
ul.findings{list-style:none;margin:0;padding:0}
li.finding{border-left:4px solid var(--line);padding:.35rem .75rem;margin:.35rem 0}
li.sev-error{border-color:var(--err)}li.sev-warning{border-color:#f9a825}li.sev-info{border-color:var(--info)}
.badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:0 .4rem;border-radius:4px;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
.loc{color:var(--muted);margin:0 .4rem}
code.rule{font-size:.8rem;background:#eee;padding:0 .3rem;border-radius:3px;margin-left:.4rem}
blockquote.excerpt{margin:.3rem 0;padding:.25rem .6rem;background:#f5f5f5;border-radius:4px;white-space:pre-wrap}
mark{background:#fff59d;padding:0 .1rem}
.suggestion{margin:.2rem 0;color:#2e5d32}
.load-error{color:var(--err)}
[hidden]{display:none!important}
@media print{#filters{display:none}}
`;

const SCRIPT = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  var shown = document.getElementById('shown');
  function update() {
    var hide = {};
    boxes.forEach(function (b) { hide[b.getAttribute('data-severity')] = !b.checked; });
    var n = 0;
    Array.prototype.forEach.call(document.querySelectorAll('li.finding'), function (li) {
      var h = hide[li.getAttribute('data-severity')] === true;
      li.hidden = h;
      if (!h) n++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.group'), function (s) {
      s.hidden = s.querySelector('li.finding:not([hidden])') === null;
    });
    if (shown) shown.textContent = (shown.getAttribute('data-template') || '{n}').replace('{n}', String(n));
    document.body.setAttribute('data-shown', String(n));
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  update();
})();
`;

let cspCache: string | undefined;

/** The Content-Security-Policy: nothing but our own inline style and script (by hash), and no network at all. */
function csp(): string {
  if (cspCache === undefined) {
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    cspCache = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  }
  return cspCache;
}

type Stack = Record<Severity, number>;

function stackBy(results: readonly FileResult[], key: (f: Finding) => string): { key: string; stack: Stack; total: number }[] {
  const map = new Map<string, Stack>();
  for (const r of results) {
    for (const f of r.findings) {
      const k = key(f);
      const s = map.get(k) ?? { error: 0, warning: 0, info: 0 };
      s[f.severity]++;
      map.set(k, s);
    }
  }
  return [...map.entries()]
    .map(([k, stack]) => ({ key: k, stack, total: stack.error + stack.warning + stack.info }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** Horizontal stacked bars (error, warning, info) as inline SVG. */
function barChart(id: string, caption: string, rows: { key: string; stack: Stack; total: number }[], lang: Lang): string {
  const labelW = 230;
  const barW = 360;
  const rowH = 24;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = Math.max(1, rows.length) * rowH + 8;
  const width = labelW + barW + 50;
  const parts: string[] = [];
  if (rows.length === 0) {
    parts.push(`<text x="8" y="18">${escapeHtml(label(lang, 'doc.noData'))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    parts.push(`<g class="bar" data-key="${escapeHtml(r.key)}">`);
    parts.push(`<text x="${labelW - 6}" y="${y + 16}" text-anchor="end">${escapeHtml(r.key)}</text>`);
    let x = labelW;
    for (const sev of SEVERITIES) {
      const n = r.stack[sev];
      if (n === 0) continue;
      const w = Math.max(2, Math.round((n / max) * barW));
      parts.push(
        `<rect class="${sev}" x="${x}" y="${y + 3}" width="${w}" height="${rowH - 8}"><title>${escapeHtml(`${r.key}: ${n} ${label(lang, SEVERITY_LABEL[sev])}`)}</title></rect>`,
      );
      x += w;
    }
    parts.push(`<text x="${x + 6}" y="${y + 16}">${r.total}</text>`, '</g>');
  });
  return [
    `<figure id="${id}"><figcaption>${escapeHtml(caption)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    ...parts,
    '</svg></figure>',
  ].join('\n');
}

function countCells(errors: number, warnings: number, infos: number): string {
  return `<td class="n${errors > 0 ? ' bad' : ''}">${errors}</td><td class="n">${warnings}</td><td class="n">${infos}</td>`;
}

function sevHeads(lang: Lang): string {
  return SEVERITIES.map((s) => `<th class="n">${escapeHtml(label(lang, SEVERITY_PLURAL[s]))}</th>`).join('');
}

function fileTable(input: ReportInput): string {
  const { lang } = input;
  const rows = input.results.map((r) => {
    const agency = r.error
      ? `<span class="bad">${escapeHtml(label(lang, 'loadFailedShort'))}</span>`
      : escapeHtml(r.agency ?? label(lang, 'unknownAgency'));
    const status = r.error || r.errorCount > 0 ? '<span class="bad">✗</span>' : '<span class="good">✓</span>';
    return `<tr><td>${status} ${escapeHtml(displayPath(r.path, input.cwd))}</td><td>${agency}</td>${countCells(r.errorCount, r.warningCount, r.infoCount)}</tr>`;
  });
  const t = totals(input.results);
  return [
    '<table id="by-file">',
    `<thead><tr><th>${escapeHtml(label(lang, 'col.file'))}</th><th>${escapeHtml(label(lang, 'col.agency'))}</th>${sevHeads(lang)}</tr></thead>`,
    '<tbody>',
    ...rows,
    `<tr class="total"><td>${escapeHtml(label(lang, 'total'))}</td><td></td>${countCells(t.errors, t.warnings, t.infos)}</tr>`,
    '</tbody></table>',
  ].join('\n');
}

function agencyTable(input: ReportInput): string {
  const { lang } = input;
  const rows = agencyTotals(input.results).map(
    (a) =>
      `<tr><td>${escapeHtml(a.agency ?? label(lang, 'unknownAgency'))}</td><td class="n">${a.files}</td><td class="n">${a.failed}</td>${countCells(a.errors, a.warnings, a.infos)}</tr>`,
  );
  return [
    '<table id="by-agency">',
    `<thead><tr><th>${escapeHtml(label(lang, 'col.agency'))}</th><th class="n">${escapeHtml(label(lang, 'col.files'))}</th><th class="n">${escapeHtml(label(lang, 'loadFailedShort'))}</th>${sevHeads(lang)}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function findingItem(f: Finding, r: FileResult, lang: Lang): string {
  const where = locationParts({ ...f, sectionPath: null }, r.format, lang).join(', ');
  const lines = [
    `<li class="finding sev-${f.severity}" data-severity="${f.severity}" data-rule="${escapeHtml(f.ruleId)}">`,
    `<span class="badge ${f.severity}">${escapeHtml(label(lang, SEVERITY_LABEL[f.severity]))}</span>`,
    `<span class="loc">${escapeHtml(where)}</span>`,
    `<span class="msg">${escapeHtml(f.message)}</span>`,
    `<code class="rule">${escapeHtml(f.ruleId)}</code>`,
  ];
  if (f.excerpt) lines.push(`<blockquote class="excerpt"><mark>${escapeHtml(f.excerpt)}</mark></blockquote>`);
  if (f.suggestion) lines.push(`<p class="suggestion">${escapeHtml(label(lang, 'suggestion'))}: ${escapeHtml(f.suggestion)}</p>`);
  lines.push('</li>');
  return lines.join('');
}

function fileArticle(r: FileResult, input: ReportInput): string {
  const { lang } = input;
  const out = ['<article class="file">', `<h3>${escapeHtml(displayPath(r.path, input.cwd))}</h3>`];
  if (r.agency) out.push(`<p class="agency">${escapeHtml(r.agency)}</p>`);
  if (r.error && errorShownSeparately(r)) {
    out.push(
      `<p class="load-error"><span class="badge error">${escapeHtml(label(lang, 'severity.error'))}</span> ${escapeHtml(label(lang, 'loadFailed'))}: ${escapeHtml(r.error.message)} <code class="rule">${escapeHtml(`load/${r.error.code}`)}</code></p>`,
    );
  }
  for (const group of groupBySection(r.findings)) {
    const heading = group.section === null ? label(lang, 'loc.preamble') : label(lang, 'loc.section', { s: group.section });
    out.push(`<section class="group"><h4>${escapeHtml(heading)}</h4><ul class="findings">`);
    for (const f of group.findings) out.push(findingItem(f, r, lang));
    out.push('</ul></section>');
  }
  out.push('</article>');
  return out.join('\n');
}

/** `--format html`: a single self-contained page that works offline; all document text is escaped. */
export function html(input: ReportInput): string {
  const { lang } = input;
  const t = totals(input.results);
  const title = label(lang, 'doc.title');
  const cards = [
    `<div class="card"><b>${t.files}</b>${escapeHtml(label(lang, 'col.files'))}</div>`,
    `<div class="card"><b>${t.failed}</b>${escapeHtml(label(lang, 'loadFailedShort'))}</div>`,
    ...SEVERITIES.map((s) => `<div class="card ${s}"><b>${t[s === 'error' ? 'errors' : s === 'warning' ? 'warnings' : 'infos']}</b>${escapeHtml(label(lang, SEVERITY_PLURAL[s]))}</div>`),
  ];
  const counts: Record<Severity, number> = { error: t.errors, warning: t.warnings, info: t.infos };
  const filters = SEVERITIES.map(
    (s) =>
      `<label><input type="checkbox" data-severity="${s}" id="filter-${s}" checked> ${escapeHtml(label(lang, SEVERITY_PLURAL[s]))} (${counts[s]})</label>`,
  );
  const shownTemplate = label(lang, 'doc.shown', { n: '{n}' });
  const shownInitial = label(lang, 'doc.shown', { n: t.errors + t.warnings + t.infos });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(label(lang, 'doc.generatedBy', { tool: 'kehoach-lint', version: input.toolVersion }))} · ${escapeHtml(label(lang, 'summary.line', { ...t }))}</p></header>`,
    `<section id="summary"><h2>${escapeHtml(label(lang, 'doc.summary'))}</h2>`,
    `<div class="cards">${cards.join('')}</div>`,
    `<h2>${escapeHtml(label(lang, 'doc.byFile'))}</h2>`,
    fileTable(input),
    `<h2>${escapeHtml(label(lang, 'doc.byAgency'))}</h2>`,
    agencyTable(input),
    '</section>',
    '<section id="charts" class="charts">',
    barChart('chart-area', label(lang, 'doc.byArea'), stackBy(input.results, (f) => ruleArea(f.ruleId)), lang),
    barChart('chart-rule', label(lang, 'doc.byRule'), stackBy(input.results, (f) => f.ruleId), lang),
    '</section>',
    `<section id="findings"><h2>${escapeHtml(label(lang, 'doc.findings'))}</h2>`,
    `<div id="filters" role="group" aria-label="${escapeHtml(label(lang, 'doc.filter'))}"><b>${escapeHtml(label(lang, 'doc.filter'))}:</b> ${filters.join(' ')}</div>`,
    `<p id="shown" data-template="${escapeHtml(shownTemplate)}">${escapeHtml(shownInitial)}</p>`,
    ...input.results.filter((r) => r.error || r.findings.length > 0).map((r) => fileArticle(r, input)),
    '</section>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
