// Laws cited by name: "Luật Cán bộ, công chức", "Luật sửa đổi, bổ sung một số điều của Luật …".
import { pattern } from '../../text/pattern.js';

const NEXT_NAME_WORD = pattern(String.raw`^(?:,(?=\s{1,2}[\p{Ll}]))?\s{1,2}([\p{L}\p{N}&]+)`, 'u');

/** Words that end a law's name. */
const STOP = /^(?:năm|ngày|số|và|được|của|theo|tại|đã|để|thì|về|này|trong|do|hiện|có|đối|với|khi|nhằm|cho|là|sau)$/iu;

/** The name after "Luật" at `at`: words up to a date, a number, a clause end or a linking word; null when none. */
export function lawNameAt(text: string, at: number): { name: string; end: number } | null {
  let i = at;
  let words = 0;
  let commas = 0;
  let end = at;
  const amend = /^\s{1,3}(?:Sửa đổi|sửa đổi),\s{1,3}bổ sung(?:\s{1,3}một số điều)?(?:\s{1,3}của(?:\s{1,3}các)?)?(?=\s)/u.exec(text.slice(at, at + 60));
  if (amend) {
    i = at + amend[0].length;
    end = i;
    words = 1;
  }
  while (words < 14) {
    // "Luật Cán bộ, công chức", "Luật Phòng, chống ma túy": one comma inside the name, before a lower-case word.
    const m = NEXT_NAME_WORD.exec(text.slice(i, i + 40));
    if (!m || !m[1]) break;
    if (m[0].startsWith(',') && (commas++ > 0 || words > 3 || /^(?:các|những)$/u.test(m[1]))) break;
    if (STOP.test(m[1]) && !(amend && words === 1 && /^của$/iu.test(m[1]))) break;
    i += m[0].length;
    end = i;
    words += 1;
  }
  if (end === at) return null;
  return { name: text.slice(at, end).trim(), end };
}
