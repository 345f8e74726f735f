import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_FIRST } from './curatedFirst.ts';

describe('CURATED_FIRST', () => {
  it("is what boot.ts preloads, so that startLoading's requests reuse the preloads", () => {
    const boot = readFileSync(resolve(import.meta.dirname, '../boot.ts'), 'utf8');
    const listed = /const CURATED_FIRST = \[([^\]]*)\]/.exec(boot)?.[1];
    expect(listed?.split(',').map((s) => s.trim().replace(/^'|'$/g, ''))).toEqual([
      ...CURATED_FIRST,
    ]);
  });
});
