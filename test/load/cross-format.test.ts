// Acceptance: the .txt, .docx, .pdf and .html of each seed give the same plan model, apart from locations and whitespace.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { fixture, projectModel, SEEDS } from './helpers.js';

import { parsePlan } from '../../src/parse/index.js';

/** The model without locations; strings without whitespace (a wrap in a PDF cell cannot tell "2021- 2025" from "2021-2025"). */
const project = (v: unknown): unknown => projectModel(v, (s) => s.replace(/\s+/gu, ''));

/** Each rendition is loaded and parsed once for the file; its eight field comparisons share the model. */
const models = new Map<string, Promise<Record<string, unknown>>>();
function model(seed: string, dir: string, ext: string): Promise<Record<string, unknown>> {
  const key = `${dir}/${seed}.${ext}`;
  let m = models.get(key);
  if (!m) models.set(key, (m = loadModel(seed, dir, ext)));
  return m;
}

async function loadModel(seed: string, dir: string, ext: string): Promise<Record<string, unknown>> {
  const bytes = fixture(dir, `${seed}.${ext}`);
  const loaded = await loadDocument(bytes, { path: `${seed}.${ext}`, isolate: false });
  return project(parsePlan(loaded, { path: `${seed}.${ext}`, bytes: bytes.length })) as Record<string, unknown>;
}

interface SectionLike {
  marker?: string;
  kind?: string;
  level?: number;
  path?: string;
  title?: string;
  children?: SectionLike[];
}

function sectionOutline(v: unknown): unknown {
  return ((v ?? []) as SectionLike[]).map((s) => ({
    marker: s.marker,
    kind: s.kind,
    level: s.level,
    path: s.path,
    title: (s.title ?? '').slice(0, 60),
    children: sectionOutline(s.children),
  }));
}

const FIELDS = ['header', 'legalBases', 'period', 'sections', 'tasks', 'recipients', 'signature', 'footnotes'] as const;

describe('cross-format model equality', () => {
  for (const seed of SEEDS) {
    for (const [dir, ext] of [['docx', 'docx'], ['pdf', 'pdf'], ['html', 'html']] as const) {
      it.each(FIELDS)(`${seed}: .txt and .${ext} agree on %s`, async (field) => {
        const txt = await model(seed, 'plans', 'txt');
        const other = await model(seed, dir, ext);
        if (field === 'sections') {
          // The seeds README lists paragraphs the .txt splits at old page breaks (seed002, seed003) that the
          // renditions re-join: a run-in title there is longer in .docx/.pdf. Compare title starts only.
          expect(sectionOutline(other[field])).toEqual(sectionOutline(txt[field]));
        } else expect(other[field]).toEqual(txt[field]);
      });
    }
  }
});
