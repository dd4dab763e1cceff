// The document a citation designates: its type (from the number's code, else the type word) and its key.
import type { CitationNumber } from '../../model/facts.js';
import { docTypeByCode, docTypeByWord } from '../../data/doc-types.js';
import { numberKey } from '../../data/document-number.js';
import { lowerFold } from '../_shared.js';
import { pattern } from '../../text/pattern.js';

/** Abbreviations expanded in law names before keying ("Luật ban hành VBQPPL" = "Luật Ban hành văn bản quy phạm pháp luật"). */
const NAME_EXPAND: readonly [RegExp, string][] = [
  [/\bvbqppl\b/gu, 'văn bản quy phạm pháp luật'],
  [/\bqppl\b/gu, 'quy phạm pháp luật'],
  [/\bcqđp\b/gu, 'chính quyền địa phương'],
  [/\bnsnn\b/gu, 'ngân sách nhà nước'],
];

function prefixOf(number: CitationNumber | null, typeWord: string | null): string {
  if (number?.form === 'official-letter') return 'cv';
  const byCode = number?.typeCode ? docTypeByCode(number.typeCode) : null;
  if (byCode) return byCode.keyPrefix;
  const byWord = typeWord ? docTypeByWord(typeWord) : null;
  if (byWord) return byWord.keyPrefix;
  if (number?.form === 'law') return 'luat';
  return 'vb';
}

/**
 * The citation key (format: see citationKey): `<prefix>:<numberKey>` for a numbered citation, else
 * `<prefix>:<law name>[@<year>]`.
 */
export function keyOf(number: CitationNumber | null, typeWord: string | null, lawName: string | null, year: number | null): string {
  const prefix = prefixOf(number, typeWord);
  if (number) return `${prefix}:${numberKey(number)}`;
  let name = lowerFold(lawName ?? '');
  for (const [re, out] of NAME_EXPAND) name = name.replace(re, out);
  name = name.replace(pattern(String.raw`[^\p{L}\p{N} ]`, 'gu'), ' ').replace(/\s+/gu, ' ').trim();
  return `${prefix}:${name}${year ? `@${year}` : ''}`;
}

/** The doc-type id (src/data/doc-types) a citation designates, null when neither its number nor its word tells. */
export function docTypeIdOf(typeWord: string | null, number: CitationNumber | null): string | null {
  const byCode = number?.typeCode ? docTypeByCode(number.typeCode) : null;
  if (byCode) return byCode.id;
  if (number?.form === 'official-letter') return 'cong-van';
  const byWord = typeWord ? docTypeByWord(typeWord) : null;
  if (byWord) return byWord.id;
  if (number?.form === 'law') return 'luat';
  return null;
}
