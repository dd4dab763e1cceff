// The rule catalogue: every rule, sorted by id.
import type { AnyRule } from '../engine/define-rule.js';
import citationFutureDate from './citation/future-date.js';
import citationIncompleteFirst from './citation/incomplete-first.js';
import citationInconsistent from './citation/inconsistent.js';
import citationInvalidDate from './citation/invalid-date.js';
import citationIssuerMismatch from './citation/issuer-mismatch.js';
import citationMalformed from './citation/malformed.js';
import citationSuperseded from './citation/superseded.js';
import citationTypeMismatch from './citation/type-mismatch.js';
import citationYearMismatch from './citation/year-mismatch.js';
import deadlineInvalidDate from './deadline/invalid-date.js';
import deadlineMissing from './deadline/missing.js';
import deadlineOutsidePeriod from './deadline/outside-period.js';
import deadlineVague from './deadline/vague.js';
import formatBodyText from './format/body-text.js';
import formatFinalVersion from './format/final-version.js';
import formatFont from './format/font.js';
import formatHeaderElements from './format/header-elements.js';
import formatMargins from './format/margins.js';
import formatMottoRule from './format/motto-rule.js';
import formatPageNumber from './format/page-number.js';
import formatPageSetup from './format/page-setup.js';
import formatPdfCoverage from './format/pdf-coverage.js';
import formatSignatureBlock from './format/signature-block.js';
import headerAgency from './header/agency.js';
import headerDate from './header/date.js';
import headerMotto from './header/motto.js';
import headerNumber from './header/number.js';
import headerPlace from './header/place.js';
import headerTitle from './header/title.js';
import loadLegacyFontConverted from './load/legacy-font-converted.js';
import loadLegacyFontUnconverted from './load/legacy-font-unconverted.js';
import loadNotAPlan from './load/not-a-plan.js';
import loadOcrUnavailable from './load/ocr-unavailable.js';
import loadPdfOcr from './load/pdf-ocr.js';
import loadPdfFontRecovered from './load/pdf-font-recovered.js';
import loadPdfOcrLowConfidence from './load/pdf-ocr-low-confidence.js';
import loadPdfOverlaidGlyphs from './load/pdf-overlaid-glyphs.js';
import loadPdfPagesWithoutText from './load/pdf-pages-without-text.js';
import loadPdfSignatureAppended from './load/pdf-signature-appended.js';
import loadPdfSignatureBroken from './load/pdf-signature-broken.js';
import loadTextGarbled from './load/text-garbled.js';
import loadUnreadable from './load/unreadable.js';
import recipientsMissing from './recipients/missing.js';
import signatureAuthority from './signature/authority.js';
import signatureMissing from './signature/missing.js';
import structureMissingAppendix from './structure/missing-appendix.js';
import structureNumbering from './structure/numbering.js';
import structureReformAreas from './structure/reform-areas.js';
import structureRequiredSection from './structure/required-section.js';
import structureTruncated from './structure/truncated.js';
import targetConflict from './target/conflict.js';
import targetDuplicate from './target/duplicate.js';
import targetOver100 from './target/over-100.js';
import taskMissingLead from './task/missing-lead.js';
import taskMissingOutput from './task/missing-output.js';
import taskUnknownLead from './task/unknown-lead.js';
import textAbbreviationUndefined from './text/abbreviation-undefined.js';
import textMisspelling from './text/misspelling.js';
import textObsoleteAdminUnit from './text/obsolete-admin-unit.js';
import textPlaceNameSpelling from './text/place-name-spelling.js';
import textPlaceholder from './text/placeholder.js';

const ALL: AnyRule[] = [
  citationFutureDate,
  citationIncompleteFirst,
  citationInconsistent,
  citationInvalidDate,
  citationIssuerMismatch,
  citationMalformed,
  citationSuperseded,
  citationTypeMismatch,
  citationYearMismatch,
  deadlineInvalidDate,
  deadlineMissing,
  deadlineOutsidePeriod,
  deadlineVague,
  formatBodyText,
  formatFinalVersion,
  formatFont,
  formatHeaderElements,
  formatMargins,
  formatMottoRule,
  formatPageNumber,
  formatPageSetup,
  formatPdfCoverage,
  formatSignatureBlock,
  headerAgency,
  headerDate,
  headerMotto,
  headerNumber,
  headerPlace,
  headerTitle,
  loadLegacyFontConverted,
  loadLegacyFontUnconverted,
  loadNotAPlan,
  loadOcrUnavailable,
  loadPdfOcr,
  loadPdfFontRecovered,
  loadPdfOcrLowConfidence,
  loadPdfOverlaidGlyphs,
  loadPdfPagesWithoutText,
  loadPdfSignatureAppended,
  loadPdfSignatureBroken,
  loadTextGarbled,
  loadUnreadable,
  recipientsMissing,
  signatureAuthority,
  signatureMissing,
  structureMissingAppendix,
  structureNumbering,
  structureReformAreas,
  structureRequiredSection,
  structureTruncated,
  targetConflict,
  targetDuplicate,
  targetOver100,
  taskMissingLead,
  taskMissingOutput,
  taskUnknownLead,
  textAbbreviationUndefined,
  textMisspelling,
  textObsoleteAdminUnit,
  textPlaceNameSpelling,
  textPlaceholder,
];

/** Every rule of the catalogue, sorted by id. */
export const RULES: readonly AnyRule[] = Object.freeze([...ALL].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

/** The rules over the loader's notes (`meta.fileLevel`): they run on every file, also when its text is unreadable. */
export const FILE_LEVEL_RULES: readonly AnyRule[] = Object.freeze(RULES.filter((r) => r.meta.fileLevel));

/** The rules over the document's text. */
export const DOCUMENT_RULES: readonly AnyRule[] = Object.freeze(RULES.filter((r) => !r.meta.fileLevel));
