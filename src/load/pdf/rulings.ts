// Ruling lines read from the operator list, and ruled tables cut from them into merged-cell rectangles.
import type { Box, PageTable, Rect, Seg } from './geometry.js';
import { FILLS, IMAGES, OPS, STROKES, type PdfViewport } from './pdfjs.js';

/**
 * Horizontal and vertical ruling segments (stroked lines, or thin filled rectangles) in viewport space, and the
 * boxes of the images painted on the page.
 */
export function rulings(ops: { fnArray: number[]; argsArray: unknown[][] }, viewport: PdfViewport): { h: Seg[]; v: Seg[]; images: Box[] } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  const images: Box[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const apply = (x: number, y: number): [number, number] => {
    const px = (ctm[0] ?? 1) * x + (ctm[2] ?? 0) * y + (ctm[4] ?? 0);
    const py = (ctm[1] ?? 0) * x + (ctm[3] ?? 1) * y + (ctm[5] ?? 0);
    const [vx, vy] = viewport.convertToViewportPoint(px, py);
    return [vx ?? 0, vy ?? 0];
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    if (fn !== undefined && IMAGES.has(fn)) {
      const corners = [apply(0, 0), apply(1, 0), apply(0, 1), apply(1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      images.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    } else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const m = args as number[];
      const [a, b, c, d, e, f] = [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
      const [A, B, C, D, E, F] = [ctm[0] ?? 1, ctm[1] ?? 0, ctm[2] ?? 0, ctm[3] ?? 1, ctm[4] ?? 0, ctm[5] ?? 0];
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const stroke = STROKES.has(op);
      const fill = FILLS.has(op);
      if (!stroke && !fill) continue;
      const raw = args[1];
      const path = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | undefined;
      if (!path || typeof path.length !== 'number') continue;
      const segs: [number, number, number, number][] = [];
      let k = 0;
      let cur: [number, number] | undefined;
      let start: [number, number] | undefined;
      while (k < path.length) {
        const code = path[k] ?? -1;
        if (code === 0 || code === 1) {
          const p = apply(path[k + 1] ?? 0, path[k + 2] ?? 0);
          if (code === 1 && cur) segs.push([cur[0], cur[1], p[0], p[1]]);
          if (code === 0) start = p;
          cur = p;
          k += 3;
        } else if (code === 2) {
          cur = apply(path[k + 5] ?? 0, path[k + 6] ?? 0);
          k += 7;
        } else if (code === 3) {
          if (cur && start) segs.push([cur[0], cur[1], start[0], start[1]]);
          cur = start;
          k += 1;
        } else break;
      }
      if (stroke) {
        for (const [x1, y1, x2, y2] of segs) {
          if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) > 1) h.push({ a: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
          else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) > 1) v.push({ a: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
        }
      } else if (segs.length >= 3) {
        // A filled thin rectangle drawn as a rule.
        const xsF = segs.flatMap((s) => [s[0], s[2]]);
        const ysF = segs.flatMap((s) => [s[1], s[3]]);
        const [x0, x1] = [Math.min(...xsF), Math.max(...xsF)];
        const [y0, y1] = [Math.min(...ysF), Math.max(...ysF)];
        if (y1 - y0 <= 2 && x1 - x0 > 4) h.push({ a: (y0 + y1) / 2, from: x0, to: x1 });
        else if (x1 - x0 <= 2 && y1 - y0 > 4) v.push({ a: (x0 + x1) / 2, from: y0, to: y1 });
      }
    }
  }
  return { h, v, images };
}

const TOL = 2;

/** Clusters nearly equal values; returns the cluster means, sorted. */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - (last[last.length - 1] ?? x) <= tol) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((s, x) => s + x, 0) / c.length);
}

/** Ruled tables on a page: connected groups of horizontal and vertical segments, cut into merged-cell rectangles. */
export function findTables(h: Seg[], v: Seg[]): PageTable[] {
  const all = [...h.map((s) => ({ s, horiz: true })), ...v.map((s) => ({ s, horiz: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const A = all[i];
      const B = all[j];
      if (!A || !B || A.horiz === B.horiz) continue;
      const [hs, vs] = A.horiz ? [A.s, B.s] : [B.s, A.s];
      if (vs.a >= hs.from - TOL && vs.a <= hs.to + TOL && hs.a >= vs.from - TOL && hs.a <= vs.to + TOL) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  all.forEach((e, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (e.horiz ? g.h : g.v).push(e.s);
    groups.set(find(i), g);
  });
  const tables: PageTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = cluster(g.v.map((s) => s.a), TOL);
    const ys = cluster(g.h.map((s) => s.a), TOL);
    if (xs.length < 2 || ys.length < 2) continue;
    const nR = ys.length - 1;
    const nC = xs.length - 1;
    const vBorder = (r: number, k: number): boolean => {
      const mid = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      const x = xs[k] ?? 0;
      return g.v.some((s) => Math.abs(s.a - x) <= TOL && s.from - TOL <= mid && s.to + TOL >= mid);
    };
    const hBorder = (k: number, c: number): boolean => {
      const mid = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      const y = ys[k] ?? 0;
      return g.h.some((s) => Math.abs(s.a - y) <= TOL && s.from - TOL <= mid && s.to + TOL >= mid);
    };
    const seen: boolean[][] = Array.from({ length: nR }, () => new Array<boolean>(nC).fill(false));
    const rects: Rect[] = [];
    for (let r = 0; r < nR; r++) {
      for (let c = 0; c < nC; c++) {
        if (seen[r]?.[c]) continue;
        let c1 = c;
        while (c1 + 1 < nC && !vBorder(r, c1 + 1) && !seen[r]?.[c1 + 1]) c1++;
        let r1 = r;
        const open = (rr: number): boolean => {
          for (let cc = c; cc <= c1; cc++) if (hBorder(rr, cc) || seen[rr]?.[cc]) return false;
          return true;
        };
        while (r1 + 1 < nR && open(r1 + 1)) r1++;
        for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) (seen[rr] as boolean[])[cc] = true;
        rects.push({ r0: r, r1, c0: c, c1, lines: [], paragraphs: [], page: 0 });
      }
    }
    tables.push({ top: ys[0] ?? 0, bottom: ys[nR] ?? 0, left: xs[0] ?? 0, right: xs[nC] ?? 0, xs, ys, rects, rowCount: nR });
  }
  return tables.sort((a, b) => a.top - b.top);
}
