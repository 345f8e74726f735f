// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlacedCluster } from '../layout/lanes.ts';
import { smallLayout } from '../testing/timelineLayout.ts';
import Marks from './Marks.svelte';

const { layout, events, categoryById } = smallLayout();
const cluster: PlacedCluster = {
  key: 'theft:x',
  lane: 'theft',
  count: 12,
  t0: events[0]!.t0,
  t1: events[1]!.t1,
  x: 200,
  x0: 190,
  x1: 210,
  y: 60,
  first: events[0]!,
  last: events[1]!,
};

function renderMarks(overrides: Record<string, unknown> = {}) {
  const props = {
    marks: layout.marks,
    clusters: [cluster],
    categoryById,
    tabStop: { eventId: 'hack', clusterKey: null },
    selectedId: null,
    foundIds: null,
    onselect: vi.fn(),
    onopencluster: vi.fn(),
    onfocusin: vi.fn(),
    onfocusout: vi.fn(),
    onhover: vi.fn(),
    onkeydown: vi.fn(),
    ...overrides,
  };
  render(Marks, props);
  return props;
}
const named = (text: string) => screen.getByRole('button', { name: new RegExp(`^${text}`) });

describe('Marks', () => {
  it('draws a named button per event and per cluster, only one of them a tab stop', () => {
    renderMarks();
    expect(screen.getAllByRole('button')).toHaveLength(4);
    expect(named('Event hack').getAttribute('tabindex')).toBe('0');
    expect(
      screen.getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0'),
    ).toHaveLength(1);
  });

  it('puts the tab stop on a cluster when it is given one', () => {
    renderMarks({ tabStop: { eventId: null, clusterKey: 'theft:x' } });
    expect(named('12 thefts').getAttribute('tabindex')).toBe('0');
  });

  it('marks the open event and names the events a search did not find', () => {
    renderMarks({ selectedId: 'heist', foundIds: new Set(['heist']) });
    expect(named('Event heist').getAttribute('aria-current')).toBe('true');
    expect(named('Event hack').getAttribute('aria-label')).toContain('does not match the search');
  });

  it('hands clicks, keys, focus and hover to its callbacks by event id', async () => {
    const props = renderMarks();
    await userEvent.click(named('Event charges'));
    expect(props.onselect).toHaveBeenCalledWith('charges');
    expect(props.onfocusin).toHaveBeenCalledWith('charges');
    await fireEvent.keyDown(named('Event charges'), { key: 'ArrowRight' });
    expect(props.onkeydown).toHaveBeenCalled();
    await fireEvent.pointerOver(named('Event heist'));
    expect(props.onhover).toHaveBeenLastCalledWith('heist');
    await userEvent.click(named('12 thefts'));
    expect(props.onopencluster).toHaveBeenCalledWith(cluster);
    expect(props.onfocusin).toHaveBeenLastCalledWith(null);
  });
});
