import type { Story } from './storySchema.ts';
import { SLUG } from './vocabulary.ts';

type Fetch = (path: string) => Promise<Pick<Response, 'ok' | 'text'>>;

/** A story as listed in the picker. */
export interface StorySummary {
  id: string;
  title: string;
  description: string;
  steps: number;
}

/** The list of curated stories (data/stories/index.json, written by the build); empty if unavailable. */
export async function loadStoryIndex(fetchFn: Fetch): Promise<StorySummary[]> {
  try {
    const response = await fetchFn('data/stories/index.json');
    if (!response.ok) return [];
    const parsed = JSON.parse(await response.text()) as { stories?: StorySummary[] };
    return Array.isArray(parsed.stories) ? parsed.stories : [];
  } catch {
    return [];
  }
}

/**
 * One curated story, or null if there is none with that id. The stories were validated when the
 * site was built, so the page only checks the id's form and that the file has steps.
 */
export async function loadStory(id: string, fetchFn: Fetch): Promise<Story | null> {
  if (!SLUG.test(id)) return null;
  try {
    const response = await fetchFn(`data/stories/${id}.json`);
    if (!response.ok) return null;
    const story = JSON.parse(await response.text()) as Story;
    return Array.isArray(story.steps) && story.steps.length > 0 ? story : null;
  } catch {
    return null;
  }
}
