// Whether the OCR programs (poppler's pdftoppm, Tesseract with its Vietnamese model) are installed: the OCR tests
// run them end to end and are skipped, saying why, only where they are missing (.ci/run installs them).
import { execFileSync } from 'node:child_process';

export function hasTesseract(): boolean {
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return /^vie$/mu.test(langs);
  } catch {
    return false;
  }
}
