/**
 * In an embed, the mouse wheel must not hijack the article's scrolling: it zooms only after the
 * reader clicks into the chart (until the pointer leaves it), or with Ctrl/Cmd held. The first
 * blocked wheel shows a hint saying so.
 */
export class WheelGate {
  /** Whether the gate applies at all (embeds); on the full site the wheel always zooms. */
  readonly enabled: boolean;
  active = $state(false);
  hint = $state(false);
  #hintTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  allows(event: WheelEvent): boolean {
    if (!this.enabled || this.active || event.ctrlKey || event.metaKey) return true;
    this.hint = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hint = false), 3500);
    return false;
  }

  /** Attachment for the element a click activates and leaving deactivates. */
  readonly attach = (element: HTMLElement) => {
    const on = () => ((this.active = true), (this.hint = false));
    const off = () => (this.active = false);
    element.addEventListener('pointerdown', on);
    element.addEventListener('pointerleave', off);
    return () => {
      element.removeEventListener('pointerdown', on);
      element.removeEventListener('pointerleave', off);
    };
  };
}
