// The lexicon of a citation: the number's shape, the type words before it, and the clauses after it (date,
// issuer, subject, alias). Every repetition is bounded, so each pattern runs in linear time.
import { allTypeWords } from '../../data/doc-types.js';
import { pattern } from '../../text/pattern.js';

const CODE = String.raw`[A-ZĐÐ][A-Za-zĐđÐ0-9&]{0,24}`;
const SEP = String.raw`[-–]`;
/** A code after a hyphen with a space on one side ("TTr- SNV", "CT -TTg"): upper case (or TTg), so prose dashes stay out. */
const SPACED_CODE = String.raw`(?:TTg|[A-ZĐÐ][A-ZĐÐ0-9&]{1,24})(?![\p{L}\p{N}])`;
/** Hyphen between codes: glued, or spaced on one side only (" - " with spaces on both sides is a prose dash). */
const XSEP = String.raw`(?:${SEP}(?![ \t])|[ \t]${SEP}(?=${SPACED_CODE})|${SEP}[ \t](?=${SPACED_CODE}))`;
// serial + one of: Party "57-NQ/TW" (spaces tolerated), normative "30/2020/NĐ-CP" (glued or spaced issuer
// tolerated), administrative "184/KH-UBND" / công văn "82/SNV-CCHC". All repetitions are bounded.
export const NUMBER = pattern(
  String.raw`(?=\d)(?<![\p{L}\p{N}\/.,-])(?<serial>\d{1,5})(?:` +
    String.raw`(?<party>[ \t]{0,2}${SEP}[ \t]{0,2}${CODE}(?:\/|[ \t]\/(?![ \t])|\/[ \t])${CODE})` +
    String.raw`|(?<norm>\/(?:19|20)\d{2}\/${CODE}(?:${XSEP}${CODE}){0,4})(?<tail>[ \t]{1,3}${CODE}|[ \t]{0,3}\n[ \t]{0,3}${CODE})?` +
    String.raw`|(?<adm>\/${CODE}(?:${XSEP}${CODE}){1,4})(?<atail>[ \t]{1,3}${CODE})?` +
    String.raw`|(?<glued>\/${CODE})(?<gtail>[ \t]{1,3}${CODE})?` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);
/** The same symbol written again right after the number: "19-NQ/TW NQ/TW", "76/NQ-CP NQ-CP". */
export const DUP_SYMBOL = pattern(String.raw`^[ \t]{1,2}([A-ZĐ][A-Za-zĐđ]{0,5}[-/][A-ZĐ][A-Za-zĐđ0-9&]{0,24})(?![\p{L}\p{N}])`, 'u');

const TYPE_WORDS = allTypeWords();
const TYPE_WORD_ALT = TYPE_WORDS.map((w) => w.replace(/\s+/gu, String.raw`\s{1,3}`)).join('|');
/** Type word (+ "số") right before a number. */
export const BEFORE_NUMBER = pattern(String.raw`(?<![\p{L}])(${TYPE_WORD_ALT})(?:\s{1,3}(?:số|Số|SỐ))?\s{0,3}:?\s{0,2}$`, 'iu');
export const SO_BEFORE = pattern(String.raw`(?<![\p{L}])(?:số|Số)\s{0,3}:?\s{0,2}$`, 'u');
/** Short form "Nghị định 61", "Đề án 06": capitalised type word and a bare serial. */
export const SHORT = pattern(
  String.raw`(?<![\p{L}])(?<word>${TYPE_WORDS.map((w) => w.replace(/\s+/gu, String.raw`\s{1,3}`)).join('|')})(?:\s{1,3}số)?\s{1,3}(?<serial>\d{1,4})(?![\p{L}\p{N}\/%]|[.,]\d|\s{0,2}[-–]\s{0,2}\d)`,
  'gu',
);
export const LAW_WORD = pattern(String.raw`(?=[BLPH])(?<![\p{L}])(Bộ luật|Luật|Pháp lệnh|Hiến pháp)(?=\s)`, 'gu');

export const ALIAS = /^\s{0,3}\((?:sau đây|dưới đây)\s{1,3}(?:gọi|viết)\s{1,3}tắt\s{1,3}(?:là\s{1,3})?["“]?([^()"”\n]{1,80}?)["”]?\)/iu;
export const ALIAS_BEFORE = /\((?:sau đây|dưới đây)\s{1,3}(?:gọi|viết)\s{1,3}tắt\s{1,3}(?:là\s{1,3})?["“]?$/iu;
export const DATE_AFTER = pattern(String.raw`^\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?(ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}|(?:ngày\s{1,3})?(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}-\d{1,2}-\d{4}))(?![\p{N}/])`, 'iu');
export const OF = /^\s{0,3},?\s{0,3}của\s{1,3}/iu;
export const LOCALITY = pattern(String.raw`^\s{1,3}(?:tỉnh|thành phố|huyện|xã|phường|TP\.?)(?:\s{1,3}[\p{Lu}][\p{L}]*(?:\s{1,3}[\p{Lu}][\p{L}]*){0,3})?`, 'u');
export const SUBJECT_LEAD = /^\s{0,3},?\s{0,3}(?:(về\s{1,3}(?:việc\s{1,3})?)|(?=(?:ban hành|phê duyệt|hướng dẫn|quy định|sửa đổi|bổ sung|thực hiện|triển khai)[\s,]))/iu;
export const LIST_NEXT = pattern(String.raw`^(?:\s{0,3}[,;]|\s{1,3}và)\s{1,3}(?:${TYPE_WORD_ALT})(?:\s{1,3}số)?\s{1,3}\d`, 'iu');
/** "năm 2015" after a law's name. */
export const LAW_YEAR = /^\s{1,3}năm\s{1,3}(\d{4})(?!\d)/u;
