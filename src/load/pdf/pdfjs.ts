// The pdfjs objects reached through pdf-parse (only the members read here are typed) and pdfjs operator codes.

export interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}
export interface PdfViewport {
  convertToViewportPoint(x: number, y: number): number[];
  width: number;
  height: number;
}
export interface PdfPage {
  getViewport(p: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  getAnnotations(): Promise<{ subtype?: unknown }[]>;
  cleanup(): void;
}
export interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
export interface PdfParser {
  load(): Promise<PdfDoc>;
  destroy(): Promise<void>;
}

// pdfjs operator codes (OPS in pdfjs-dist src/shared/util.js; stable across 2.x–5.x).
export const OPS = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, constructPath: 91 } as const;
export const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
export const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
/** paintImageMaskXObject … paintImageMaskXObjectRepeat: operators that paint an image into the unit square of the CTM. */
export const IMAGES = new Set<number>([83, 84, 85, 86, 87, 88, 89]);
