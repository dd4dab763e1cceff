// task/unknown-lead: a task's lead unit is one of the units the agency declared in its config ("units").
import { defineRule } from '../../engine/define-rule.js';
import { hasSubstance, taskLabel } from '../_tasks.js';
import { levenshtein } from '../../text/distance.js';

/** Lower case, one space, no trailing punctuation: "Văn phòng  Sở." → "văn phòng sở". */
function norm(s: string): string {
  return s.toLocaleLowerCase('vi').replace(/\s+/gu, ' ').replace(/[\s.;,:]+$/u, '').trim();
}

/** Without tone and vowel marks, for "did you mean": "chính sach" and "chính sách" fold alike. */
function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

export default defineRule({
  id: 'task/unknown-lead',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Đơn vị chủ trì của nhiệm vụ phải là một trong các đơn vị khai báo trong cấu hình ("units"); chỉ kiểm tra khi cấu hình có danh sách này.',
      en: 'A task\'s lead unit must be one of the units declared in the config ("units"); checked only when the config lists them.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": định rõ trách nhiệm triển khai của phòng, ban, đơn vị (DOMAIN §5.2 [CM-1880]); the unit names are the agency\'s own, from its config',
  },
  messages: {
    unknown: {
      vi: 'Đơn vị chủ trì "{lead}" của nhiệm vụ "{task}" không có trong danh sách đơn vị của cơ quan (cấu hình "units").',
      en: 'The lead "{lead}" of task "{task}" is not one of the agency\'s units (config "units").',
    },
    unknownDidYouMean: {
      vi: 'Đơn vị chủ trì "{lead}" của nhiệm vụ "{task}" không có trong danh sách đơn vị của cơ quan; có phải "{unit}"?',
      en: 'The lead "{lead}" of task "{task}" is not one of the agency\'s units; did you mean "{unit}"?',
    },
  },
  examples: {
    valid: [
      {
        code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng Sở\tBáo cáo\tQuý II/2025',
        note: 'units: ["Văn phòng Sở", "Phòng Chính sách"]',
        settings: { units: ['Văn phòng Sở', 'Phòng Chính sách'] },
      },
      { code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tPhòng Kế hoạch\tBáo cáo\tQuý II/2025', note: 'no "units" in the config: not checked' },
    ],
    invalid: [
      {
        code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tPhòng Chính sach\tBáo cáo\tQuý II/2025',
        note: 'units: ["Văn phòng Sở", "Phòng Chính sách"]; a misspelt unit',
        settings: { units: ['Văn phòng Sở', 'Phòng Chính sách'] },
      },
    ],
  },
  *check({ doc, settings }) {
    const units = settings.units.map((u) => ({ name: u, key: norm(u), folded: foldKey(norm(u)) })).filter((u) => u.key !== '');
    if (units.length === 0) return;
    for (const task of doc.tasks) {
      const lead = task.lead?.text.replace(/\s+/gu, ' ').trim() ?? '';
      if (!task.lead || lead === '' || !hasSubstance(task)) continue;
      // A lead cell may name several units ("Văn phòng Sở, Phòng Chính sách"): one declared unit is enough.
      const key = norm(lead);
      if (units.some((u) => key.includes(u.key))) continue;
      const folded = foldKey(key);
      const near = units
        .map((u) => ({ u, d: levenshtein(folded, u.folded) }))
        .filter((x) => x.d <= Math.max(1, Math.floor(x.u.folded.length / 6)))
        .sort((a, b) => a.d - b.d)[0];
      const data: Record<string, string> = { lead, task: taskLabel(task) };
      if (near) data['unit'] = near.u.name;
      yield { messageId: near ? 'unknownDidYouMean' : 'unknown', span: task.lead.span, data };
    }
  },
});
