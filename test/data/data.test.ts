// Data tables: every entry has a source and a confidence, and its examples run through the real extractors.
import { describe, expect, it } from 'vitest';
import { NO_DEFINITION_NEEDED } from '../../src/data/abbreviations.js';
import { DOC_TYPES, docTypeByCode, docTypeByWord } from '../../src/data/doc-types.js';
import { ISSUERS, ISSUER_VARIANTS, issuerByCode } from '../../src/data/issuers.js';
import { REFORM_AREAS, areaOfTitle } from '../../src/data/reform-areas.js';
import { findAbbreviations, findCitations } from '../../src/extract/index.js';

const CONF = ['certain', 'likely', 'unsure'];

describe('doc types', () => {
  it('have unique ids, codes and key prefixes, each with a source', () => {
    expect(new Set(DOC_TYPES.map((t) => t.id)).size).toBe(DOC_TYPES.length);
    expect(new Set(DOC_TYPES.map((t) => t.keyPrefix)).size).toBe(DOC_TYPES.length);
    const codes = DOC_TYPES.flatMap((t) => (t.code ? [t.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of DOC_TYPES) {
      expect(t.source).toMatch(/\[[A-Z0-9-]+\]/u);
      expect(CONF).toContain(t.confidence);
      expect(t.examples.length).toBeGreaterThan(0);
    }
  });
  for (const t of DOC_TYPES) {
    for (const ex of t.examples) {
      it(`${t.id}: "${ex}"`, () => {
        const [c] = findCitations(ex, 0, 'body');
        expect(c?.docType).toBe(t.id);
      });
    }
  }
  it('resolves codes with a lost stroke and words in any case', () => {
    expect(docTypeByCode('ND')?.id).toBe('nghi-dinh');
    expect(docTypeByCode('qđ')?.id).toBe('quyet-dinh');
    expect(docTypeByWord('quyết định')?.id).toBe('quyet-dinh');
  });
});

describe('issuers', () => {
  it('have unique ids, each with a source and a confidence', () => {
    expect(new Set(ISSUERS.map((i) => i.id)).size).toBe(ISSUERS.length);
    for (const i of ISSUERS) {
      expect(i.source).toMatch(/\[[A-Z0-9-]+\]/u);
      expect(CONF).toContain(i.confidence);
    }
  });
  for (const i of ISSUERS) {
    for (const ex of i.examples) {
      it(`${i.id}: "${ex}"`, () => {
        const ids = findCitations(ex, 0, 'body').map((c) => c.issuerId);
        expect(ids).toContain(i.id);
      });
    }
  }
  it('resolves term-numbered codes', () => {
    expect(issuerByCode('QH15')?.id).toBe('quoc-hoi');
    expect(issuerByCode('UBTVQH15')?.id).toBe('ubtvqh');
    expect(issuerByCode('TTG')?.id).toBe('thu-tuong');
  });
  for (const v of ISSUER_VARIANTS) {
    for (const ex of v.examples) {
      it(`variant ${v.wrong}→${v.right}: "${ex}"`, () => {
        expect(findCitations(ex, 0, 'body')[0]?.malformed).toContain('issuer-misspelt');
      });
    }
  }
});

describe('reform areas', () => {
  it('are the direction area plus the six NQ 76/NQ-CP areas', () => {
    expect(REFORM_AREAS.map((a) => a.id)).toEqual([
      'chi-dao-dieu-hanh', 'the-che', 'thu-tuc-hanh-chinh', 'to-chuc-bo-may', 'cong-vu', 'tai-chinh-cong', 'chinh-phu-so',
    ]);
    for (const a of REFORM_AREAS.slice(1)) expect(a.source).toContain('NQ 76/NQ-CP');
  });
  for (const a of REFORM_AREAS) {
    for (const ex of a.examples) {
      it(`${a.id}: "${ex}"`, () => expect(areaOfTitle(ex)).toBe(a.id));
    }
  }
  it.each(['I. MỤC ĐÍCH, YÊU CẦU', 'IV. TỔ CHỨC THỰC HIỆN', 'Cải cách hành chính', '2. Yêu cầu'])('no area in %s', (t) => {
    expect(areaOfTitle(t)).toBeNull();
  });
});

describe('abbreviations that need no definition', () => {
  it('each have a source and a confidence', () => {
    for (const a of NO_DEFINITION_NEEDED) {
      expect(a.source).toMatch(/\[[A-Z0-9-]+\]/u);
      expect(CONF).toContain(a.confidence);
    }
  });
  for (const a of NO_DEFINITION_NEEDED) {
    for (const ex of a.examples) {
      it(`${a.abbr}: "${ex}"`, () => {
        expect(findAbbreviations(ex, 0).uses.map((u) => u.abbr)).toContain(a.abbr);
      });
    }
  }
});
