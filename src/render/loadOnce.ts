/**
 * A download done once and shared by every caller (a lazily loaded chunk); one that fails is
 * forgotten, so the next call tries again (a connection lost, a site updated since the page loaded).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
