// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Brush from './Brush.svelte';

function renderBrush() {
  const props = {
    x0: 100,
    x1: 250,
    height: 48,
    range: { from: 1000, to: 2000 },
    extent: { from: 0, to: 10_000 },
    label: 'Spring 2016',
    onrange: vi.fn(),
    onzoom: vi.fn(),
    ongrab: vi.fn(),
  };
  const { container } = render(Brush, props);
  return { props, container, slider: screen.getByRole('slider', { name: /Visible window/ }) };
}

describe('Brush', () => {
  it('is a slider whose value is the window in words', () => {
    const { slider } = renderBrush();
    expect(slider.getAttribute('aria-valuetext')).toBe('Spring 2016');
    expect(slider.getAttribute('tabindex')).toBe('0');
  });

  it('moves the window with the arrows and zooms with up and down', async () => {
    const { props, slider } = renderBrush();
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(props.onrange).toHaveBeenCalledWith({ from: 1100, to: 2100 });
    await fireEvent.keyDown(slider, { key: 'ArrowDown' });
    expect(props.onzoom).toHaveBeenCalledWith(2);
  });

  it('says which part a pointer grabbed: the window or an edge', async () => {
    const { props, container } = renderBrush();
    const [body, from, to] = container.querySelectorAll('rect');
    for (const part of [body, from, to]) await fireEvent.pointerDown(part!);
    expect(props.ongrab.mock.calls.map(([, grip]) => grip)).toEqual(['move', 'from', 'to']);
    expect([from, to].map((r) => r!.getAttribute('x'))).toEqual(['95', '245']);
  });
});
