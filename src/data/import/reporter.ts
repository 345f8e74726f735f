import type { ValidationError } from '../validationError.ts';

/** Reports a problem with one field of the record at hand. */
export type Report = (field: string, message: string) => void;

/** A Report that adds ValidationErrors about one record to `errors`; `shown` marks them as warnings about a record still shown. */
export function reporter(
  file: string,
  record: string,
  errors: ValidationError[],
  shown = false,
): Report {
  return shown
    ? (field, message) => errors.push({ file, record, field, message, shown })
    : (field, message) => errors.push({ file, record, field, message });
}
