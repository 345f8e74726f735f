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

  it('says so when its panel could not be loaded, and tries again when opened again', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof OpenLinkPanel }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: OpenLinkPanel });
    const { container } = render(LazyMenu, {
      props: { label: 'Open link', load, props: {} },
    });
    const menu = container.querySelector('details')!;
    // jsdom fires the toggle event itself, a moment after `open` changes.
    const toggle = (open: boolean) =>
      new Promise((toggled) => {
        menu.addEventListener('toggle', toggled, { once: true });
        menu.open = open;
      });
    await toggle(true);
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/could not be loaded/),
    );
    await toggle(false);
    await toggle(true);
    await vi.waitFor(() => expect(screen.getByRole('textbox')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('closes on Escape even when Tab has taken focus out of it, and gives focus back to its button', async () => {
    const { container } = render(LazyMenu, {
      props: { label: 'Open link', load: () => new Promise(() => {}), props: {} },
    });
    const outside = document.createElement('button');
    document.body.append(outside);
    const menu = container.querySelector('details')!;
    menu.open = true;
    outside.focus();
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.open).toBe(false);
    expect(document.activeElement?.textContent).toBe('Open link');
    outside.remove();
  });
});
