import type { ValidationError } from '../validationError.ts';

/** One problem as the report shows it: the records that have it, named up to a few. */
export interface ProblemLine {
  /** "events: rows 2, 3, 4 and 49,996 more, field "id": duplicate id "x": ids must be unique". */
  text: string;
  /** Whether the records are still shown (a warning) rather than left out. */
  shown: boolean;
  /** How many records have this problem. */
  records: number;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Groups problems that are the same apart from the record (file, field, message and whether the
 * record is shown) into one line each, in the order first met, naming at most `named` records:
 * "rows 2, 3, 4 and 49,996 more". One pass over the problems, so 50,000 rows that share a mistake
 * cost no more to report than to read.
 */
export function summarizeProblems(problems: readonly ValidationError[], named = 3): ProblemLine[] {
  const groups = new Map<string, { first: ValidationError; names: string[]; records: number }>();
  for (const p of problems) {
    const key = `${p.file}\u0000${p.field}\u0000${p.message}\u0000${p.shown ? 1 : 0}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { first: p, names: [p.record], records: 1 });
    else {
      group.records++;
      if (group.names.length < named) group.names.push(p.record);
    }
  }
  return [...groups.values()].map(({ first, names, records }) => {
    const where = recordList(names, records - names.length);
    const field = first.field ? `, field "${first.field}"` : '';
    return {
      text: `${first.file}: ${where}${field}: ${first.message}`,
      shown: !!first.shown,
      records,
    };
  });
}

/** "row 7", "rows 2, 3 and 4", "rows 2, 3, 4 and 12 more", "a, b and c". */
function recordList(names: readonly string[], more: number): string {
  const rows = names.length > 1 && names.every((n) => /^row \d+$/.test(n));
  const shown = rows ? names.map((n) => n.slice(4)) : [...names];
  if (more > 0) shown.push(`${count(more)} more`);
  const last = shown.pop()!;
  const list = shown.length ? `${shown.join(', ')} and ${last}` : last;
  return rows ? `rows ${list}` : list;
}
