// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { smallLayout } from '../testing/timelineLayout.ts';
import Tooltip from './Tooltip.svelte';

describe('Tooltip', () => {
  const { layout } = smallLayout();
  const [heist, hack] = layout.marks.filter((m) => m.lane === 'theft');

  it("shows the mark's title and date, above the mark", () => {
    const { container } = render(Tooltip, { mark: heist!, width: 600 });
    expect(screen.getByText('Event heist')).toBeTruthy();
    expect(screen.getByText('4 Feb 2016')).toBeTruthy();
    const tip = container.querySelector<HTMLElement>('.tip')!;
    expect(tip.style.top).toBe(`${heist!.y - 16}px`);
    expect(tip.classList.contains('flip')).toBe(false);
  });

  it('opens leftwards for a mark in the right part of the chart', () => {
    const { container } = render(Tooltip, { mark: hack!, width: 600 });
    expect(container.querySelector('.tip')!.classList.contains('flip')).toBe(true);
  });
});
