import * as v from 'valibot';
import { EraSchema, ErasFileSchema } from './schema.ts';
import { toTimelineEra, type TimelineEra } from './timelineEra.ts';
import { isRecord, issuesToErrors, type ValidationError } from './validationError.ts';

export interface ErasResult {
  /** The eras that passed, in time order (none when a strict check failed). */
  eras: TimelineEra[];
  errors: ValidationError[];
}

/**
 * Validates an eras file ({ "eras": [...] }) like events: the shape of each era, then unique ids
 * and ends not before starts. Strict (the curated data): every era needs a source, and any
 * problem leaves no eras. Lenient (a reader's file): a bad era is left out and reported. Never throws.
 */
export function validateEras(raw: unknown, { lenient = false } = {}): ErasResult {
  if (!lenient) {
    const parsed = v.safeParse(ErasFileSchema, raw);
    if (!parsed.success)
      return { eras: [], errors: issuesToErrors('eras', 'eras', raw, parsed.issues) };
  } else if (!isRecord(raw) || !Array.isArray(raw.eras)) {
    return {
      eras: [],
      errors: [
        {
          file: 'eras',
          record: 'file',
          field: 'eras',
          message: 'must be a list of eras: { "eras": [ ... ] }',
        },
      ],
    };
  }
  const errors: ValidationError[] = [];
  const eras: TimelineEra[] = [];
  const seen = new Set<string>();
  (raw as { eras: unknown[] }).eras.forEach((item, i) => {
    const result = v.safeParse(EraSchema, item);
    if (!result.success) {
      const path = (issue: v.BaseIssue<unknown>) =>
        [{ key: 'eras' }, { key: i }, ...(issue.path ?? [])] as never;
      errors.push(
        ...issuesToErrors(
          'eras',
          'eras',
          raw,
          result.issues.map((issue) => ({ ...issue, path: path(issue) })),
        ),
      );
      return;
    }
    const era = toTimelineEra(result.output);
    const err = (field: string, message: string) =>
      errors.push({ file: 'eras', record: era.id, field, message });
    const before = errors.length;
    if (seen.has(era.id)) err('id', `duplicate id "${era.id}": ids must be unique`);
    if (era.endDate && era.endDate.end < era.startDate.end)
      err('end', `must not be before start (${era.start})`);
    if (!lenient && era.sources.length === 0) err('sources', 'needs at least one source');
    seen.add(era.id);
    if (errors.length === before) eras.push(era);
  });
  if (!lenient && errors.length) return { eras: [], errors };
  return { eras: eras.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1), errors };
}
