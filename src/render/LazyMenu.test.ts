// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import LazyMenu from './LazyMenu.svelte';
import OpenLinkPanel from './OpenLinkPanel.svelte';

describe('LazyMenu', () => {
  it("shows its button at once, and its panel (after a moment's Loading…) when opened before the panel's code has come", async () => {
    let arrive!: (m: { default: typeof OpenLinkPanel }) => void;
    const load = vi.fn(() => new Promise<{ default: typeof OpenLinkPanel }>((r) => (arrive = r)));
    const { container } = render(LazyMenu, {
      props: { label: 'Open link', load, props: {} },
    });
    expect(screen.getByText('Open link').tagName).toBe('SUMMARY');
    // The first render has not happened here, so nothing loads until the menu opens.
    expect(load).not.toHaveBeenCalled();
    const menu = container.querySelector('details')!;
    menu.open = true;
    menu.dispatchEvent(new Event('toggle'));
    expect(load).toHaveBeenCalledTimes(1);
    await tick();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    arrive({ default: OpenLinkPanel });
    await vi.waitFor(() => expect(screen.getByRole('textbox')).toBeTruthy());
    expect(screen.queryByText('Loading…')).toBeNull();
    // Opened again, it does not load the code again.
    menu.open = false;
    menu.dispatchEvent(new Event('toggle'));
    menu.open = true;
    menu.dispatchEvent(new Event('toggle'));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
