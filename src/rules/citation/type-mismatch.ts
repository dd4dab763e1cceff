// citation/type-mismatch: the type word and the type code of a cited number agree ("Nghị định … /NĐ-…").
import { defineRule } from '../../engine/define-rule.js';
import { TYPE_WORD_CODES } from '../../data/nd30.js';
import { foldCode, typeWordOf } from '../_citations.js';
import { fold } from '../_util.js';

const BY_WORD = new Map(TYPE_WORD_CODES.map((t) => [fold(t.word), t]));

export default defineRule({
  id: 'citation/type-mismatch',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Tên loại văn bản được dẫn phải khớp với ký hiệu loại trong số hiệu (Nghị định – NĐ, Quyết định – QĐ…).',
      en: 'The cited document type must match the type code in its number (Nghị định – NĐ, Quyết định – QĐ…).',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục III; Luật 64/2025/QH15 Điều 7 khoản 3 (DOMAIN §1.8, §2.1)',
  },
  messages: {
    mismatch: {
      vi: '{word} nhưng số hiệu "{raw}" mang ký hiệu "{code}" (của loại khác); ký hiệu của {word} là "{expected}". Kiểm tra lại tên loại hoặc số hiệu.',
      en: '{word} but number "{raw}" carries the code "{code}" (another type); a {word} is coded "{expected}". Check the type or the number.',
    },
  },
  examples: {
    valid: [{ code: 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;' }],
    invalid: [{ code: 'Căn cứ Nghị định số 118/2025/QĐ-CP ngày 09/6/2025 của Chính phủ;', note: 'Nghị định with QĐ' }],
  },
  *check({ facts }) {
    for (const c of facts.citations) {
      const word = typeWordOf(c);
      const code = c.number?.typeCode;
      if (!word || !code || !c.number || c.number.form === 'law' || c.number.form === 'official-letter') continue;
      const entry = BY_WORD.get(word);
      if (!entry || entry.confidence === 'unsure') continue;
      const ok = entry.codes.some((e) => foldCode(e) === foldCode(code)) || (word === 'thông tư' && foldCode(code) === 'TTLT');
      if (ok) continue;
      yield { messageId: 'mismatch', span: c.span, data: { word: entry.word, raw: c.number.raw.trim(), code, expected: entry.codes.join('/') } };
    }
  },
});
