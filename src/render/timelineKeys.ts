import { tick } from 'svelte';
import type { ViewState } from '../state/ViewState.svelte.ts';
import { focusMark } from './focusMark.ts';
import { DAY } from '../data/day.ts';
import type { Cluster } from '../layout/clusterLane.ts';

/**
 * The timeline's keyboard model (one tab stop, roving focus): arrows move between the events
 * found, in time order, panning to reach them; Home/End go to the ends; Enter/Space open; +/- zoom
 * around the focused event.
 */
export function timelineKeys(view: ViewState, tabStopId: () => string | null) {
  async function moveTo(index: number) {
    const list = view.found;
    const target = list[Math.max(0, Math.min(list.length - 1, index))];
    if (!target) return;
    view.focusedId = target.id;
    view.reveal(target.id);
    await tick();
    focusMark(target.id);
  }

  return (event: KeyboardEvent) => {
    const list = view.found;
    const known = list.findIndex((e) => e.id === (view.focusedId ?? tabStopId()));
    // No current event (only clusters drawn, or the focused one filtered out): start from the window.
    const firstInView = list.findIndex((e) => e.t1 > view.range.from);
    const current =
      known >= 0
        ? known
        : event.key.startsWith('ArrowL') || event.key === 'ArrowUp'
          ? firstInView
          : firstInView - 1;
    const focused = known >= 0 ? list[known] : undefined;
    const anchor = focused ? (focused.t0 + focused.t1) / 2 : undefined;
    const open = () => focused && view.select(focused.id);
    const actions: Record<string, () => void> = {
      ArrowRight: () => moveTo(current + 1),
      ArrowDown: () => moveTo(current + 1),
      ArrowLeft: () => moveTo(current - 1),
      ArrowUp: () => moveTo(current - 1),
      Home: () => moveTo(0),
      End: () => moveTo(list.length - 1),
      Enter: open,
      ' ': open,
      '+': () => view.zoomBy(2, anchor),
      '=': () => view.zoomBy(2, anchor),
      '-': () => view.zoomBy(0.5, anchor),
      _: () => view.zoomBy(0.5, anchor),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };
}

/** Zooms into a cluster, handing the keyboard focus to its first event. */
export async function openCluster(view: ViewState, c: Pick<Cluster, 't0' | 't1' | 'first'>) {
  const pad = Math.max((c.t1 - c.t0) * 0.15, 3 * DAY);
  // The cluster's element goes as it splits; focus moves to its first event, which is drawn as a
  // mark from now on (the focused event always is), so the keyboard carries on from there.
  view.focusedId = c.first.id;
  view.goTo({ from: c.t0 - pad, to: c.t1 + pad });
  await tick();
  focusMark(c.first.id);
}
