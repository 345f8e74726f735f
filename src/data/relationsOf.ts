import type { RelationType } from './vocabulary.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** What each link type says, read from the event that holds it, and the type of its reverse. */
const RELATIONS: Record<RelationType, { label: string; inverse: RelationType }> = {
  'attributed-by': { label: 'Attributed in', inverse: 'attribution-of' },
  'attribution-of': { label: 'Attribution of', inverse: 'attributed-by' },
  'charged-in': { label: 'Charged in', inverse: 'charges-for' },
  'charges-for': { label: 'Charges for', inverse: 'charged-in' },
  'sanctioned-in': { label: 'Sanctioned in', inverse: 'sanction-for' },
  'sanction-for': { label: 'Sanction for', inverse: 'sanctioned-in' },
  'response-to': { label: 'Response to', inverse: 'prompted' },
  prompted: { label: 'Prompted', inverse: 'response-to' },
  follows: { label: 'Follows', inverse: 'followed-by' },
  'followed-by': { label: 'Followed by', inverse: 'follows' },
  'part-of': { label: 'Part of', inverse: 'includes' },
  includes: { label: 'Includes', inverse: 'part-of' },
  'see-also': { label: 'See also', inverse: 'see-also' },
};

/** The type a link has when read from the other event: charged-in <-> charges-for, and so on. */
export function inverseOf(type: RelationType): RelationType {
  return RELATIONS[type].inverse;
}

export interface Relation {
  type: RelationType;
  label: string;
  event: TimelineEvent;
}

/**
 * Builds an index of every event's links in both directions, from links stated on either side.
 * Events without links have no entry, so a large file without links costs one pass.
 */
export function indexRelations(events: readonly TimelineEvent[]): Map<string, Relation[]> {
  const index = new Map<string, Relation[]>();
  if (!events.some((e) => e.related?.length)) return index;
  const byId = new Map(events.map((e) => [e.id, e]));
  const add = (from: string, type: RelationType, to: string) => {
    const event = byId.get(to);
    if (!byId.has(from) || !event) return;
    let list = index.get(from);
    if (!list) index.set(from, (list = []));
    if (!list.some((r) => r.event.id === to && r.type === type))
      list.push({ type, label: RELATIONS[type].label, event });
  };
  for (const e of events) {
    for (const r of e.related ?? []) {
      add(e.id, r.type, r.id);
      add(r.id, inverseOf(r.type), e.id);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.event.t0 - b.event.t0);
  return index;
}
