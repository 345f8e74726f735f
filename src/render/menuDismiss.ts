/**
 * An attachment for a `<details>` menu: Escape and a click outside close it, and focus goes back
 * to its `<summary>` (the menu's button) unless the click put it somewhere else on purpose.
 */
export function menuDismiss(details: HTMLDetailsElement): () => void {
  const summary = () => details.querySelector('summary');
  const close = (refocus: boolean) => {
    details.open = false;
    if (refocus) summary()?.focus();
  };
  const onkeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !details.open) return;
    // Stopped here, so Escape closes the menu and not a panel or presentation behind it.
    e.preventDefault();
    e.stopPropagation();
    close(true);
  };
  // On click the browser has already moved focus to what was clicked, if it takes focus.
  const onclick = (e: MouseEvent) => {
    if (!details.open || details.contains(e.target as Node)) return;
    const lost =
      document.activeElement === document.body || details.contains(document.activeElement);
    close(lost);
  };
  // On the document, first: Escape closes an open menu wherever focus is (Tab may have left it).
  document.addEventListener('keydown', onkeydown, true);
  document.addEventListener('click', onclick, true);
  return () => {
    document.removeEventListener('keydown', onkeydown, true);
    document.removeEventListener('click', onclick, true);
  };
}
