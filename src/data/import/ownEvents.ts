import type { Category } from '../schema.ts';
import { SLUG } from '../vocabulary.ts';
import type { ValidationError } from '../validationError.ts';
import { generateCategory } from './generateCategories.ts';
import { ownEvent, type OwnEvent } from './ownEvent.ts';
import { rowTicker, type OnRowProgress } from './rowProgress.ts';
import { slugify, uniqueSlugs } from './slugify.ts';

export interface OwnEvents {
  /** Records in our format, ready for the validator. */
  events: Record<string, unknown>[];
  /** How the reader knows each one ("row 7", "#3"), parallel to `events`. */
  names: string[];
  /** The known categories plus one for each new category the events use. */
  categories: Category[];
}

const UNCATEGORISED = 'Events';

/**
 * Reads the events of a reader's own file leniently (see ownEvent), then settles what depends on
 * the whole file: a missing or repeated id is made from the title, unique in the file (the ids
 * written are kept first, so links to them still work); a category is matched to a known one by
 * id or label, and any other becomes a new category with its own colour and shape.
 */
export function ownEvents(
  items: readonly unknown[],
  nameOf: (i: number) => string,
  known: readonly Category[],
  errors: ValidationError[],
  /** Whether the known categories are the file's own, so that a new one deserves a warning. */
  declared = false,
  onProgress?: OnRowProgress,
): OwnEvents {
  const read: { event: OwnEvent; name: string }[] = [];
  const tick = rowTicker('read', items.length, onProgress);
  items.forEach((item, i) => {
    tick(i);
    const name = nameOf(i);
    const report = (shown: boolean) => (field: string, message: string) => {
      const error: ValidationError = { file: 'events', record: name, field, message };
      if (shown) error.shown = true;
      errors.push(error);
    };
    const event = ownEvent(item, report(false), report(true));
    if (event) read.push({ event, name });
  });

  // Ids as written first, so a later made-up id cannot take one that a link points to.
  const written = new Set<string>();
  for (const { event } of read) if (SLUG.test(event.id)) written.add(event.id);
  const nextId = uniqueSlugs('event', written);
  const claimed = new Set<string>();
  const categories = new Map<string, Category>();
  for (const c of known) {
    categories.set(c.id, c);
    categories.set(c.label.toLowerCase(), c);
  }
  const added: Category[] = [];
  const categoryOf = (written: string): string => {
    const label = written || UNCATEGORISED;
    const found = categories.get(label) ?? categories.get(label.toLowerCase());
    if (found) return found.id;
    const id = slugify(label) || `group-${added.length + 1}`;
    const clash = categories.get(id);
    if (clash) return clash.id;
    const made = generateCategory(
      id,
      SLUG.test(label) ? labelFromId(label) : label,
      known.length + added.length,
    );
    added.push(made);
    categories.set(id, made);
    categories.set(label.toLowerCase(), made);
    return id;
  };

  const events: Record<string, unknown>[] = [];
  const names: string[] = [];
  for (const { event, name } of read) {
    const before = added.length;
    const category = categoryOf(event.category);
    if (declared && added.length > before)
      errors.push({
        file: 'events',
        record: name,
        field: 'category',
        message: `"${event.category}" is not among the file's categories, so it was made a new one`,
        shown: true,
      });
    let id = event.id;
    if (!SLUG.test(id) || claimed.has(id)) {
      // A repeated id gives way to the title; one that is not kebab-case is read as kebab-case.
      id = nextId(!event.id || claimed.has(event.id) ? String(event.fields.title) : event.id);
      if (event.id)
        errors.push({
          file: 'events',
          record: name,
          field: 'id',
          message: claimed.has(event.id)
            ? `"${event.id}" is the id of an earlier event too, so a new id was made from the title`
            : `"${event.id}" is not kebab-case, so it was read as "${id}"`,
          shown: true,
        });
    }
    claimed.add(id);
    events.push({ id, ...event.fields, category });
    names.push(name);
  }
  return { events, names, categories: [...known, ...added] };
}

function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
