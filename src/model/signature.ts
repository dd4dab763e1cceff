// Digital signatures a PDF carries (read, not trusted: no certificate is checked against a trust list), and the
// pages whose text came from optical character recognition.
import { z } from 'zod';

/**
 * How much of the file a signature covers (its /ByteRange):
 * - `whole-file`: everything but its own /Contents, up to the end of the file (trailing blank bytes allowed);
 * - `appended`: bytes were added after signing — an incremental update (a later revision, which may be another
 *   signature, an annotation or changed content);
 * - `invalid`: the byte range does not fit the file (it points past the end, or the gap is not the signature's
 *   /Contents): the file was altered after signing.
 */
export const SignatureCoverageSchema = z.enum(['whole-file', 'appended', 'invalid']);

/**
 * Whether the signed bytes still match the signature: `valid` when the digest of the covered bytes equals the
 * signed message digest and the signature verifies with the embedded certificate's key; `invalid` when either
 * does not; `unknown` when the signature could not be read (unsupported format or algorithm).
 */
export const SignatureIntegritySchema = z.enum(['valid', 'invalid', 'unknown']);

export const DigitalSignatureSchema = z
  .object({
    /** The signature field's name (/T), when the field is readable. */
    field: z.string().nullable(),
    /** /Name of the signature dictionary: the signer as the signing software wrote it. */
    name: z.string().nullable(),
    /** Subject common name (CN) of the signer's certificate, from the PKCS#7 /Contents. */
    certificateSubject: z.string().nullable(),
    /** Issuer common name (CN) of the signer's certificate. */
    certificateIssuer: z.string().nullable(),
    /** Signing time, ISO 8601 with the offset written (/M, else the signed signingTime attribute). */
    signingTime: z.string().nullable(),
    reason: z.string().nullable(),
    location: z.string().nullable(),
    /** /SubFilter: adbe.pkcs7.detached, ETSI.CAdES.detached, ETSI.RFC3161 (a document time stamp) … */
    subFilter: z.string().nullable(),
    byteRange: z.array(z.number().int().min(0)).length(4).nullable(),
    coverage: SignatureCoverageSchema,
    /** Bytes of the file after the signed range (0 when it covers the whole file). */
    bytesAfter: z.number().int().min(0),
    integrity: SignatureIntegritySchema,
  })
  .strict();

export type SignatureCoverage = z.infer<typeof SignatureCoverageSchema>;
export type SignatureIntegrity = z.infer<typeof SignatureIntegritySchema>;
export type DigitalSignature = z.infer<typeof DigitalSignatureSchema>;
