// Helper for the load/* rules: the loader's notes of one code.
import type { LoadNote } from '../../engine/define-rule.js';

export function notesOf(notes: readonly LoadNote[], code: string): LoadNote[] {
  return notes.filter((n) => n.code === code);
}
