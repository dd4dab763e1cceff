// The essentials of a parsed plan that the real-corpus golden files pin down: what an officer would read off
// the first and last page (header, recipients, signature), the agency it is filed under, and the counts of the
// parts the rules work on.
import type { PlanDocument } from '../../src/model/plan.js';

export interface GoldenModel {
  agency: string | null;
  header: {
    parentBody: string | null;
    issuingBody: string | null;
    nationalName: string | null;
    motto: string | null;
    documentNumber: string | null;
    place: string | null;
    issueDate: string | null;
    documentType: string | null;
    subject: string | null;
  };
  coverDecision: unknown;
  recipients: { items: number; archive: string | null } | null;
  signature: { authority: string | null; titleLines: string[]; signer: string | null } | null;
  legalBases: number;
  sections: number;
  tables: number;
  tasks: number;
}

const text = (ref: { text: string } | null | undefined): string | null => ref?.text ?? null;

export function modelSummary(doc: PlanDocument, agency: string | null): GoldenModel {
  const h = doc.header;
  const cover = (doc as { coverDecision?: unknown }).coverDecision ?? null;
  return {
    agency,
    header: {
      parentBody: text(h.parentBody),
      issuingBody: text(h.issuingBody),
      nationalName: text(h.nationalName),
      motto: text(h.motto),
      documentNumber: h.documentNumber?.raw ?? null,
      place: text(h.place),
      issueDate: h.issueDate ? (h.issueDate.iso ?? h.issueDate.raw) : null,
      documentType: text(h.documentType),
      subject: text(h.subject),
    },
    coverDecision: cover === null ? null : JSON.parse(JSON.stringify(cover, (k, v) => (k === 'span' ? undefined : v))),
    recipients: doc.recipients ? { items: doc.recipients.items.length, archive: text(doc.recipients.archive) } : null,
    signature: doc.signature
      ? { authority: doc.signature.authority, titleLines: doc.signature.titleLines.map((l) => l.text), signer: text(doc.signature.signer) }
      : null,
    legalBases: doc.legalBases.length,
    sections: doc.sections.length,
    tables: doc.tables.length,
    tasks: doc.tasks.length,
  };
}
