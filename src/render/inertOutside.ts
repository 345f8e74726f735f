/**
 * An attachment that makes a layer modal: everything on the page outside it becomes `inert`, so
 * Tab, clicks and screen readers stay inside it. What was inert already stays so afterwards.
 */
export function inertOutside(layer: HTMLElement): () => void {
  const made: HTMLElement[] = [];
  for (let node: HTMLElement | null = layer; node && node !== document.body;) {
    const parent: HTMLElement | null = node.parentElement;
    for (const sibling of parent?.children ?? [])
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        made.push(sibling);
      }
    node = parent;
  }
  return () => {
    for (const el of made) el.inert = false;
  };
}
