import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ActorsFileSchema,
  CategoriesFileSchema,
  ErasFileSchema,
  EventsFileSchema,
} from './schema.ts';

/**
 * The published JSON Schema (events.schema.json), derived from the valibot schema so the two
 * cannot drift. Checks that JSON Schema cannot express (a real calendar day, unique ids, known
 * categories) are only in validateDataset; the descriptions below say so.
 */
export function buildJsonSchema(): Record<string, unknown> {
  // 'ignore' skips custom checks (real calendar days) that have no JSON Schema equivalent.
  const convert = (schema: Parameters<typeof toJsonSchema>[0]) => {
    const { $schema: _, ...rest } = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<
      string,
      unknown
    >;
    return rest;
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'North Korea cyber timeline: events file',
    description:
      'An events file ({ "events": [...] }). Dates are YYYY, YYYY-MM or YYYY-MM-DD at the precision known; a year may be ' +
      'negative for BC (-0044-03-15 is 15 March 44 BC), shorter (650) or longer (+12000, -13800000000). ' +
      'The site also checks what JSON Schema cannot: real calendar dates, unique ids, end not before start, ' +
      'known categories and actors, and related ids that exist. The curated data also needs a summary and a ' +
      "confidence for every event, and a publisher and date for every source; a reader's own file needs none of them.",
    ...convert(EventsFileSchema),
    definitions: {
      categories: convert(CategoriesFileSchema),
      actors: convert(ActorsFileSchema),
      eras: convert(ErasFileSchema),
    },
  };
}
