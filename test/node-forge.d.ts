// node-forge ships no types; the tests use it only to make a self-signed certificate (test/load/_signed-pdf.ts).
declare module 'node-forge';
