// pdf.js's worker module ships without types; src/load/pdf.ts only hands its namespace to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
