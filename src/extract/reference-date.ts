// The plan's reference date: its issue date, else the earliest date it can have been issued, else today.
import type { Citation, ReferenceDate } from '../model/facts.js';
import type { IssueDate } from '../model/plan.js';
import { endOfMonth, isValidDate, toIso } from '../text/calendar.js';

/**
 * The date time-dependent rules judge the plan at.
 * 1. The issue date when complete (source 'issue-date').
 * 2. For a draft ("ngày   tháng 7 năm 2025"): the earliest possible issue date. A plan is issued on or
 *    after every document it cites, and not before the first day of the month/year its date line keeps.
 *    The latest cited date wins (source 'citations', basis = that citation's text); when the partial date
 *    line is later than every citation, its first day is used (source 'issue-date', basis = the raw line).
 *    Citations dated after the end of the partial month/year are ignored (a typo cannot move the plan).
 * 3. `today` when given (source 'today'); otherwise null.
 */
export function inferReferenceDate(
  issueDate: IssueDate | null,
  citations: readonly Citation[],
  today?: string,
): ReferenceDate | null {
  if (issueDate?.iso) return { iso: issueDate.iso, source: 'issue-date', basis: null };
  let floor: string | null = null;
  let ceiling: string | null = null;
  if (issueDate && issueDate.year !== null && isValidDate(issueDate.year, issueDate.month ?? 1, 1)) {
    floor = toIso(issueDate.year, issueDate.month ?? 1, 1);
    ceiling = issueDate.month !== null ? endOfMonth(issueDate.year, issueDate.month) : toIso(issueDate.year, 12, 31);
  }
  let best: Citation | null = null;
  for (const c of citations) {
    const iso = c.date?.iso;
    if (!iso || !c.date?.valid) continue;
    if (ceiling && iso > ceiling) continue;
    if (!best || iso > (best.date?.iso ?? '')) best = c;
  }
  const bestIso = best?.date?.iso ?? null;
  if (best && bestIso && (!floor || bestIso >= floor)) {
    return { iso: bestIso, source: 'citations', basis: best.text };
  }
  if (floor && issueDate) return { iso: floor, source: 'issue-date', basis: issueDate.raw };
  if (today) return { iso: today, source: 'today', basis: null };
  return null;
}
