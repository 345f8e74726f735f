const two = (n: number) => String(n).padStart(2, '0');

/** A presenter's timer: "mm:ss", with hours in front ("h:mm:ss") from the first hour on. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(s / 3600);
  return `${hours ? `${hours}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}
