import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escapeMarkup.ts';

describe('escapeMarkup', () => {
  it('turns every character that could open a tag, an entity or an attribute into an entity', () => {
    expect(escapeMarkup(`<img src="x" onerror='a'> & b`)).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;a&#39;&gt; &amp; b',
    );
  });
  it('leaves other text as it is', () => {
    expect(escapeMarkup('Bangladesh Bank — $81M')).toBe('Bangladesh Bank — $81M');
  });
});
