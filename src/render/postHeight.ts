/**
 * Tells the host page the embed's height whenever it changes, in the two formats newsroom CMSes
 * already understand: Datawrapper's `{"datawrapper-height": {id: px}}` and pym.js's
 * `pymxPYMx<id>xPYMxheightxPYMx<px>`. Returns the attachment's cleanup.
 */
export function postHeight(frameId: string, target: Window = window.parent) {
  return (element: HTMLElement) => {
    if (target === window) return;
    let last = -1;
    const send = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      target.postMessage({ 'datawrapper-height': { [frameId]: height } }, '*');
      target.postMessage(`pymxPYMx${frameId}xPYMxheightxPYMx${height}`, '*');
    };
    const observer = new ResizeObserver(send);
    observer.observe(element);
    send();
    return () => observer.disconnect();
  };
}
