// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DetailsPanel from './DetailsPanel.svelte';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { indexRelations } from '../data/relationsOf.ts';
import { ACTORS, CATEGORIES, eventRecord } from '../testing/fixtures.ts';

const heist = toTimelineEvent(
  eventRecord({
    id: 'heist',
    title: 'Bangladesh Bank heist',
    start: '2016-02',
    actors: ['lazarus-group'],
    amountUsd: 81_000_000,
    related: [{ id: 'charges', type: 'charged-in' }],
    sources: [
      {
        title: 'Good source',
        publisher: 'Reuters',
        url: 'https://example.org/good',
        date: '2016-03-01',
      },
      { title: 'Smuggled link', publisher: 'Nobody', url: 'javascript:alert(1)', date: '2016' },
    ],
    quote: {
      text: 'The bank robbers of the world',
      by: 'Jane Official',
      role: 'Assistant Attorney General',
      source: {
        title: 'Charges announced',
        publisher: 'DOJ',
        url: 'https://example.org/charges',
        date: '2018-09-06',
      },
    },
  }),
);
const charges = toTimelineEvent(
  eventRecord({
    id: 'charges',
    title: 'Park Jin Hyok charged',
    start: '2018-09-06',
    category: 'legal',
  }),
);

function show(onclose = vi.fn(), onnavigate = vi.fn(), onactor = vi.fn()) {
  render(DetailsPanel, {
    event: heist,
    category: CATEGORIES[0],
    actorById: new Map(ACTORS.map((a) => [a.id, a])),
    relations: indexRelations([heist, charges]).get('heist')!,
    onclose,
    onnavigate,
    onactor,
  });
  return {
    onclose,
    onnavigate,
    onactor,
    panel: screen.getByRole('complementary', { name: 'Bangladesh Bank heist' }),
  };
}

describe('DetailsPanel', () => {
  it('shows the title as a focused heading and the date at its precision', () => {
    const { panel } = show();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Bangladesh Bank heist' })).toBe(
      document.activeElement,
    );
    expect(within(panel).getByText('Feb 2016')).toBeTruthy();
  });

  it('names the actors as buttons that open the actor page, and formats the amount in dollars', async () => {
    const { panel, onactor } = show();
    await userEvent.click(within(panel).getByRole('button', { name: 'Lazarus Group' }));
    expect(onactor).toHaveBeenCalledWith('lazarus-group');
    expect(within(panel).getByText('$81,000,000')).toBeTruthy();
  });

  it('links sources only when they are http(s), and shows other URLs as plain text', () => {
    const { panel } = show();
    expect(within(panel).getByRole('link', { name: 'Good source' }).getAttribute('href')).toBe(
      'https://example.org/good',
    );
    expect(within(panel).queryByRole('link', { name: 'Smuggled link' })).toBeNull();
    expect(within(panel).getByText('Smuggled link')).toBeTruthy();
  });

  it('shows the quote as a pull quote with its speaker, role and source link', () => {
    const { panel } = show();
    const figure = within(panel).getByRole('figure', { name: 'Quote from Jane Official' });
    expect(
      within(figure).getByText('The bank robbers of the world').closest('blockquote'),
    ).toBeTruthy();
    expect(figure.textContent).toContain('Jane Official, Assistant Attorney General');
    expect(
      within(figure).getByRole('link', { name: 'Charges announced' }).getAttribute('href'),
    ).toBe('https://example.org/charges');
    expect(figure.textContent).toContain('Charges announced (DOJ, 6 Sep 2018)');
  });

  it('moves to a related event when its link is followed', async () => {
    const { panel, onnavigate } = show();
    await userEvent.click(within(panel).getByRole('link', { name: 'Park Jin Hyok charged' }));
    expect(onnavigate).toHaveBeenCalledWith('charges');
  });

  it('closes with Escape and with the close button', async () => {
    const { panel, onclose } = show();
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(onclose).toHaveBeenCalledTimes(2);
  });
});
