/**
 * The next lane of a compact chart to give a label row, or null when none would help. A lane's
 * label row, above its marks, serves its own labels and those of the lane above it (whose labels
 * may use the row just below them), so the lane whose row would serve the most unlabelled
 * landmarks wins; on a tie, the upper lane. `unlabelled` holds one lane per landmark left without
 * a label; lanes in `taken` have a row already. A full-size lane's label row (a row more, below
 * its marks) serves its own landmarks only: `servesAbove` false.
 */
export function nextLabelRow(
  lanes: readonly string[],
  unlabelled: readonly string[],
  taken: ReadonlySet<string>,
  servesAbove = true,
): string | null {
  const count = (lane: string | undefined) => unlabelled.filter((l) => l === lane).length;
  let best: string | null = null;
  let most = 0;
  lanes.forEach((lane, i) => {
    const served = count(lane) + (servesAbove ? count(lanes[i - 1]) : 0);
    if (!taken.has(lane) && served > most) [best, most] = [lane, served];
  });
  return best;
}
