// The Tiêu ngữ as the loaders recognise it, to say whether a rule is drawn under it (model/presentation.ts MottoRule).

/** "Độc lập - Tự do - Hạnh phúc", with any dash between its three parts (how it is hyphenated is another rule's business). */
export const MOTTO_RE = /Độc\s*lập\s*[-–—−‐]\s*Tự\s*do\s*[-–—−‐]\s*Hạnh\s*phúc/iu;

/** How far below the motto's text a line still counts as its rule: one line of text, at least this many points. */
export const BELOW_PT = 14;

/** A line of text that is only a rule typed with characters ("__________", "—————"). */
export const TYPED_RULE_RE = /^\s*[_\-–—‾─━]{5,}\s*$/u;
