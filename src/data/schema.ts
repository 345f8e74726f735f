import * as v from 'valibot';
import { parsePartialDate } from './partialDate.ts';
import { CONFIDENCE, RELATION_TYPES, SHAPES, SLUG } from './vocabulary.ts';

/*
 * The one description of the data format. The validator, the TypeScript types and the published
 * JSON Schema (events.schema.json) all come from these definitions.
 */

// The pattern says the shape for JSON Schema users; the check below also rejects 2023-02-30.
// A year is four digits, or any whole year in extended ISO 8601 form with a sign (-0044, +12000)
// and in the written convention of formatYear.ts: a negative year is that many years BC.
const DATE_SHAPE = /^[+-]?\d{1,11}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

export const Slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be kebab-case: lowercase letters, digits and single hyphens'),
);

export const IsoDate = v.pipe(
  v.string(),
  v.regex(
    DATE_SHAPE,
    'must be a date written YYYY, YYYY-MM or YYYY-MM-DD; the year may be negative for BC (-0044-03-15) or longer (+12000)',
  ),
  // Only for text of the right shape, so that "soon" gets one message, not two.
  v.check(
    (s) => !DATE_SHAPE.test(s) || parsePartialDate(s) !== null,
    'is not a real calendar date',
  ),
  v.description(
    'A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD (2016, 2016-02, 2016-02-04). ' +
      'Any year from 100 billion years BC to 100 billion years AD, in extended ISO 8601 form: ' +
      'years before 1000 with four digits or fewer (0650 or 650), years after 9999 with a + (+12000), ' +
      'and years BC with a minus, counted as TimelineJS and historians count them: -0044-03-15 is ' +
      '15 March 44 BC (not 45 BC as in ISO 8601’s astronomical numbering), -13800000000 is 13.8 billion years ago. ' +
      'There is no year 0; 0000 is read as 1 BC.',
  ),
);

export const HttpsUrl = v.pipe(
  v.string(),
  v.regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, 'must be an https:// URL'),
  v.url('must be a valid URL'),
);

// Publisher and date are required in the curated data (validateDataset's strict mode); a reader's
// own source needs only its URL.
export const SourceSchema = v.strictObject({
  title: text(300),
  publisher: v.optional(text(120)),
  url: HttpsUrl,
  date: v.optional(IsoDate),
});

export const QuoteSchema = v.strictObject({
  /** The words as the source prints them, without surrounding quotation marks. */
  text: text(400),
  /** Who said or wrote them. */
  by: text(120),
  /** Their role at the time ("Senior adviser for cybersecurity, NSA"). */
  role: v.optional(text(160)),
  /** Where the words are printed. */
  source: SourceSchema,
});

export const RelatedSchema = v.strictObject({
  id: Slug,
  type: v.picklist(RELATION_TYPES, `must be one of: ${RELATION_TYPES.join(', ')}`),
});

export const EventSchema = v.strictObject({
  id: Slug,
  title: text(120),
  /** The label on the chart (at most 32 characters); required in the curated data. */
  shortTitle: v.optional(text(32)),
  start: IsoDate,
  end: v.optional(IsoDate),
  category: Slug,
  // Required for the curated data (strict mode); optional in readers' own datasets.
  summary: v.optional(text(800)),
  actors: v.optional(v.array(Slug), []),
  targets: v.optional(v.array(text(160))),
  countries: v.optional(
    v.array(
      v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KP"')),
    ),
  ),
  amountUsd: v.optional(
    v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be a positive number of US dollars')),
  ),
  tags: v.optional(v.array(Slug)),
  importance: v.optional(v.picklist([1, 2, 3], 'must be 1, 2 or 3')),
  // Required for the curated data (validateDataset's strict mode); optional in readers' own datasets.
  confidence: v.optional(v.picklist(CONFIDENCE, `must be one of: ${CONFIDENCE.join(', ')}`)),
  sources: v.optional(v.array(SourceSchema), []),
  related: v.optional(v.array(RelatedSchema)),
  note: v.optional(text(800)),
  /** A key statement about the event, shown as a pull quote. */
  quote: v.optional(QuoteSchema),
});

export const EventsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  events: v.array(EventSchema),
});

export const CategorySchema = v.strictObject({
  id: Slug,
  label: text(40),
  description: v.optional(text(300)),
  /** Colour for light backgrounds, as #rrggbb. */
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')),
  /** Colour for dark backgrounds, as #rrggbb. */
  colorDark: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')),
  shape: v.picklist(SHAPES, 'must be a known shape'),
});

export const CategoriesFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1, 'needs at least one category')),
});

export const ActorSchema = v.strictObject({
  id: Slug,
  name: text(80),
  aliases: v.optional(v.array(text(80)), []),
  mitreId: v.optional(
    v.pipe(v.string(), v.regex(/^G\d{4}$/, 'must be a MITRE ATT&CK group id such as G0032')),
  ),
  kind: v.picklist(['group', 'agency', 'scheme'], 'must be group, agency or scheme'),
  description: text(1000),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
});

export const ActorsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  actors: v.array(ActorSchema),
});

/** The kinds of era: what sort of period frames the events. */
export const ERA_KINDS = ['diplomacy', 'sanctions-regime', 'monitoring', 'other'] as const;

/** A period that gives the events their context (talks, a sanctions regime, a monitoring body), drawn as a band. */
export const EraSchema = v.strictObject({
  id: Slug,
  title: text(80),
  /** The band's label (at most 24 characters); the title when absent. */
  shortTitle: v.optional(text(24)),
  start: IsoDate,
  /** Absent for a period still running. */
  end: v.optional(IsoDate),
  /** One sentence: what the period was and why it matters here. */
  description: v.optional(text(300)),
  kind: v.optional(v.picklist(ERA_KINDS, `must be one of: ${ERA_KINDS.join(', ')}`), 'other'),
  // Required for the curated data (validateEras' strict mode); optional in readers' own datasets.
  sources: v.optional(v.array(SourceSchema), []),
});

export const ErasFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  eras: v.array(EraSchema),
});

export type EventRecord = v.InferOutput<typeof EventSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Related = v.InferOutput<typeof RelatedSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Shape = Category['shape'];
export type EraRecord = v.InferOutput<typeof EraSchema>;
export type EraKind = (typeof ERA_KINDS)[number];
