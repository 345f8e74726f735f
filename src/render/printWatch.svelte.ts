/**
 * Whether the page is being printed, for parts built only for paper. Follows print previews
 * (before/afterprint) and print media emulation (the media query's change event).
 */
export function printWatch() {
  const media = window.matchMedia('print');
  const state = $state({ printing: media.matches });
  $effect(() => {
    const update = () => (state.printing = media.matches);
    const before = () => (state.printing = true);
    media.addEventListener('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', update);
    return () => {
      media.removeEventListener('change', update);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', update);
    };
  });
  return state;
}
