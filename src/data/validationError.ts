import type * as v from 'valibot';

/** One problem found in a dataset: where it is, which event or record, which field, and what is wrong. */
export interface ValidationError {
  /** The file or part of the dataset, e.g. "events", "categories". */
  file: string;
  /** The id of the record (event, category, actor) when it has one, else its position ("#12"). */
  record: string;
  /** The field inside the record, as a path: "sources[0].url". Empty for the record as a whole. */
  field: string;
  message: string;
  /** True when the record is still shown: only the part named was left out or changed (a reader's own data). */
  shown?: true;
  /** Where the record is in the list checked (from 0), so records named alike are still counted apart. */
  position?: number;
}

/** Formats an error as one line a person can act on. */
export function formatValidationError(e: ValidationError): string {
  const where = e.field ? `${e.record}, field "${e.field}"` : e.record;
  return `${e.file}: ${where}: ${e.message}`;
}

/** Turns valibot issues into ValidationErrors, naming each record by its id where it has one. */
export function issuesToErrors(
  file: string,
  listKey: string,
  input: unknown,
  issues: readonly v.BaseIssue<unknown>[],
): ValidationError[] {
  const list =
    isRecord(input) && Array.isArray(input[listKey]) ? (input[listKey] as unknown[]) : [];
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    const message = plainMessage(issue);
    if (keys[0] !== listKey || typeof keys[1] !== 'number') {
      return { file, record: 'file', field: keys.join('.'), message };
    }
    const item = list[keys[1]];
    const id =
      isRecord(item) && typeof item.id === 'string' && item.id ? item.id : `#${keys[1] + 1}`;
    return { file, record: id, field: fieldPath(keys.slice(2)), message };
  });
}

/** Rewords valibot's generic messages for a missing or unknown field in plain words. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined && issue.expected !== 'never')
    return 'is required but missing';
  if (issue.expected === 'never') return 'is not a field of this format (check its spelling)';
  return issue.message;
}

function fieldPath(keys: (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
