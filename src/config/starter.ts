// The starter kehoach.config.json written by `kehoach init`: valid JSON that documents itself with "//" keys.

type Lang = 'vi' | 'en';
type Profile = 'cchc' | 'generic';

const TEXT = {
  intro: {
    vi: 'Cấu hình kehoach-lint. Các khóa bắt đầu bằng "//" là chú thích và được bỏ qua khi đọc.',
    en: 'kehoach-lint configuration. Keys starting with "//" are comments and are ignored.',
  },
  profile: {
    vi: 'Bộ quy tắc: "cchc" (kế hoạch cải cách hành chính), "generic" (kế hoạch nói chung) hoặc "auto" (nhận diện theo trích yếu).',
    en: 'Rule set: "cchc" (administrative reform plans), "generic" (any plan) or "auto" (detected from the subject line).',
  },
  stage: {
    vi: '"draft" (dự thảo: số, ngày để trống chỉ là thông tin) hoặc "final" (văn bản ban hành).',
    en: '"draft" (blank number and date are only infos) or "final" (issued document).',
  },
  rules: {
    vi: 'Mức độ từng quy tắc: "off", "info", "warning", "error"; hoặc { "severity": …, "options": { … } }. Danh sách: kehoach rules.',
    en: 'Per-rule severity: "off", "info", "warning", "error"; or { "severity": …, "options": { … } }. List them with: kehoach rules.',
  },
  registry: {
    vi: 'Văn bản bị thay thế bổ sung cho danh mục có sẵn, mỗi mục: { "key": "110/2004/NĐ-CP", "replacedBy": "30/2020/NĐ-CP", "effective": "2020-03-05", "source": "Nghị định 30/2020/NĐ-CP, điều khoản thi hành" }.',
    en: 'Superseded documents added to the built-in registry, each: { "key": "110/2004/NĐ-CP", "replacedBy": "30/2020/NĐ-CP", "effective": "2020-03-05", "source": "Decree 30/2020/NĐ-CP, final provisions" }.',
  },
  units: {
    vi: 'Tên các phòng, ban, đơn vị của cơ quan (dùng khi kiểm tra đơn vị chủ trì), ví dụ "Văn phòng Sở".',
    en: 'Names of the agency\'s units (used when checking task leads), e.g. "Văn phòng Sở".',
  },
  ignore: {
    vi: 'Tệp hoặc mẫu glob bỏ qua, tính từ thư mục chứa tệp cấu hình.',
    en: 'Files or globs to skip, relative to this file.',
  },
} as const;

/**
 * The text of a starter `kehoach.config.json` for `kehoach init`: valid JSON (the loader drops every key
 * starting with "//"), small, listing profile, stage, rules, registry, units and ignore.
 */
export function starterConfig(profile: Profile, lang: Lang): string {
  const config = {
    '//': TEXT.intro[lang],
    '// profile': TEXT.profile[lang],
    profile,
    '// stage': TEXT.stage[lang],
    stage: 'final',
    '// rules': TEXT.rules[lang],
    rules: {
      'deadline/vague': 'info',
    },
    '// registry': TEXT.registry[lang],
    registry: [],
    '// units': TEXT.units[lang],
    units: [],
    '// ignore': TEXT.ignore[lang],
    ignore: [],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
