import { parsePresentMessage, presentMessage, PRESENT_CHANNEL } from './presentMessage.ts';
import type { PresentationState } from './PresentationState.svelte.ts';

/**
 * Keeps two windows of one presentation on the same step and blank screen: the presenter view and
 * the audience window. Each sends its position whenever it changes there (a key, a click, a
 * clicker) and follows the other's. Over a BroadcastChannel, and by postMessage to the other
 * window as well, since a page opened from a file (the single-file build) may have no channel
 * shared with its peer. Call inside a component's script; it ends with the component.
 */
export function linkPresentation(pres: PresentationState, peer: () => Window | null): void {
  let shared = { step: pres.view.step, blank: pres.blank };
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(PRESENT_CHANNEL) : null;
  // A page opened from a file has the origin "null", and only '*' reaches its peer.
  const target = window.location.origin === 'null' ? '*' : window.location.origin;

  const receive = (data: unknown) => {
    const m = parsePresentMessage(data);
    if (!m) return;
    shared = { step: m.step, blank: m.blank };
    pres.view.step = m.step;
    pres.blank = m.blank;
  };
  $effect(() => {
    const now = { step: pres.view.step, blank: pres.blank };
    // What came from the other window is not sent back to it.
    if (now.step === shared.step && now.blank === shared.blank) return;
    shared = now;
    const m = presentMessage(now.step, now.blank);
    channel?.postMessage(m);
    peer()?.postMessage(m, target);
  });
  $effect(() => {
    const onChannel = (e: MessageEvent) => receive(e.data);
    // Only from the peer window: any page can post a message to this one.
    const onWindow = (e: MessageEvent) => {
      if (e.source === peer() && (e.origin === window.location.origin || target === '*'))
        receive(e.data);
    };
    channel?.addEventListener('message', onChannel);
    window.addEventListener('message', onWindow);
    return () => {
      channel?.close();
      window.removeEventListener('message', onWindow);
    };
  });
}
