/**
 * A rendered component's markup for a snapshot: without Svelte's scoped class hashes and empty
 * anchors, and with numbers rounded to 3 decimals (as Observable Plot's snapshots are), so a
 * snapshot changes only when the drawing does.
 */
export function svgMarkup(container: Element): string {
  return container.innerHTML
    .replace(/\s*svelte-[a-z0-9]+(?=[\s"])/g, '')
    .replace(/\s*class=""/g, '')
    .replace(/<!---->/g, '')
    .replace(/(\d+\.\d{3})\d+/g, '$1');
}
