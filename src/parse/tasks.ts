// Tasks from appendix tables (by column meaning) and from prose blocks ("+ Cơ quan thực hiện: …").
import type { ColumnRole, Section, Table, Task } from '../model/plan.js';
import type { TextRef } from '../model/span.js';

const TASK_ROLES: ColumnRole[] = ['lead', 'deadline', 'output'];

/** A table lists tasks when it has a lead, deadline or output column and something to do. */
export function isTaskTable(table: Table): boolean {
  const roles = new Set(table.columns);
  const hasWork = roles.has('mission') || roles.has('activity') || roles.has('objective');
  return hasWork && TASK_ROLES.filter((r) => roles.has(r)).length >= 2;
}

function field(table: Table, cells: Table['rows'][number]['cells'], role: ColumnRole): TextRef | null {
  const idx = table.columns.indexOf(role);
  if (idx < 0) return null;
  const cell = cells[idx];
  if (!cell || cell.text === '') return null;
  return { text: cell.text, span: cell.span };
}

export function tasksFromTable(table: Table): Task[] {
  const tasks: Task[] = [];
  let area: TextRef | null = null;
  let areaMarker = '';
  for (const row of table.rows) {
    if (row.kind === 'area') {
      // One merged cell "I. CẢI CÁCH THỂ CHẾ", or "I" and the title in two cells: read as one heading.
      const cells = row.cells.filter((c, i) => c.text !== '' && (c.origin || i === 0));
      const first = cells[0];
      const last = cells[cells.length - 1];
      if (first && last) {
        const text = cells.length > 1 ? `${first.text.replace(/\.$/u, '')}. ${last.text}` : first.text;
        area = { text, span: { start: first.span.start, end: last.span.end } };
        areaMarker = /^([IVXL]+)/u.exec(first.text)?.[1] ?? '';
      } else {
        area = null;
        areaMarker = '';
      }
      continue;
    }
    if (row.kind !== 'data') continue;
    const number = field(table, row.cells, 'number');
    tasks.push({
      source: 'table',
      area,
      at: [areaMarker, number?.text ?? ''].filter(Boolean).join('.'),
      number: number?.text ?? null,
      objective: field(table, row.cells, 'objective'),
      mission: field(table, row.cells, 'mission'),
      activity: field(table, row.cells, 'activity'),
      output: field(table, row.cells, 'output'),
      lead: field(table, row.cells, 'lead'),
      partners: field(table, row.cells, 'partners'),
      deadline: field(table, row.cells, 'deadline'),
      budget: field(table, row.cells, 'budget'),
      span: row.span,
    });
  }
  return tasks;
}

// "+ Cơ quan thực hiện: …", "+ Đơn vị thực hiện: …", "+ Thời gian thực hiện: …", "+ Sản phẩm: …".
const PROSE_FIELDS: [keyof Pick<Task, 'lead' | 'partners' | 'deadline' | 'output' | 'budget'>, RegExp][] = [
  ['partners', /^(Cơ\s+quan|Đơn\s+vị)(,\s*(đơn\s+vị|cơ\s+quan))?\s+phối\s+hợp\s*:\s*/iu],
  ['lead', /^((Cơ\s+quan|Đơn\s+vị)(,\s*(đơn\s+vị|cơ\s+quan))?\s+(thực\s+hiện|chủ\s+trì)|Chủ\s+trì|Trách\s+nhiệm\s+thực\s+hiện)\s*:\s*/iu],
  ['deadline', /^(Thời\s+(gian|hạn)(\s+(thực\s+hiện|hoàn\s+thành))?|Tiến\s+độ)\s*:\s*/iu],
  ['output', /^(Sản\s+phẩm|Kết\s+quả(\s+đầu\s+ra)?)\s*:\s*/iu],
  ['budget', /^Kinh\s+phí\s*:\s*/iu],
];

type ProseField = 'lead' | 'partners' | 'deadline' | 'output' | 'budget';

/** A labelled line opening a task's part ("a) Nhiệm vụ:", "b) Cơ quan thực hiện:"), not a task of its own. */
const PART_LABEL = /^(Nhiệm\s+vụ|Nội\s+dung(\s+thực\s+hiện)?|Cơ\s+quan\s+thực\s+hiện|Đơn\s+vị\s+thực\s+hiện|Tổ\s+chức\s+thực\s+hiện|Thời\s+(gian|hạn)(\s+(thực\s+hiện|hoàn\s+thành))?|Sản\s+phẩm|Kết\s+quả(\s+đầu\s+ra)?|Kinh\s+phí)\s*:/iu;

/** Reads a labelled line into `fields`: 'set', 'empty' (the label with nothing after it) or 'none' (no label). */
function readField(line: Section, fields: Partial<Record<ProseField, TextRef>>): 'set' | 'empty' | 'none' {
  for (const [key, re] of PROSE_FIELDS) {
    const m = re.exec(line.title);
    if (!m) continue;
    const text = line.title.slice(m[0].length).trim().replace(/[.;]$/u, '');
    if (text === '') {
      // "b) Cơ quan thực hiện:" with "- Đơn vị chủ trì: …" below: the lines below give the fields; a label
      // left blank with nothing below is an empty field.
      for (const sub of line.children) readField(sub, fields);
      if (!fields[key]) {
        const end = line.titleSpan.start + m[0].trimEnd().length;
        fields[key] = { text: '', span: { start: end, end } };
      }
      return 'empty';
    }
    if (!fields[key]) {
      const start = line.titleSpan.start + line.title.indexOf(text, m[0].length);
      fields[key] = { text, span: { start, end: start + text.length } };
    }
    return 'set';
  }
  return 'none';
}

/**
 * Prose tasks: a numbered item whose children include "+ Cơ quan thực hiện:" style fields. The fields may also
 * be lettered parts ("a) Nhiệm vụ: …", "b) Cơ quan thực hiện:" with "- Đơn vị chủ trì: …" under it,
 * "c) Thời gian thực hiện: …"): those parts belong to the item and are not tasks of their own.
 */
export function tasksFromSections(sections: readonly Section[], parentTitle: TextRef | null = null): Task[] {
  const tasks: Task[] = [];
  for (const s of sections) {
    const fields: Partial<Record<ProseField, TextRef>> = {};
    for (const child of s.children) {
      // "+ Cơ quan thực hiện: …", or a lettered part "c) Thời gian thực hiện: Quý II/2025".
      if (child.kind === 'plus' || child.kind === 'dash' || (child.kind === 'letter' && PART_LABEL.test(child.title))) readField(child, fields);
    }
    if ((fields.lead || fields.deadline || fields.output) && !PART_LABEL.test(s.title)) {
      tasks.push({
        source: 'prose',
        area: parentTitle,
        at: s.path,
        number: s.marker || null,
        objective: null,
        mission: { text: s.title, span: s.titleSpan },
        activity: null,
        output: fields.output ?? null,
        lead: fields.lead ?? null,
        partners: fields.partners ?? null,
        deadline: fields.deadline ?? null,
        budget: fields.budget ?? null,
        span: s.span,
      });
    }
    for (const t of tasksFromSections(PART_LABEL.test(s.title) ? [] : s.children, { text: s.title, span: s.titleSpan })) tasks.push(t);
  }
  return tasks;
}
