import { describe, expect, it } from 'vitest';
import { nextLabelRow } from './labelRows.ts';

const LANES = ['cyberattack', 'theft', 'attribution', 'sanction'];

describe('nextLabelRow', () => {
  it('gives no lane a label row when every landmark is labelled', () => {
    expect(nextLabelRow(LANES, [], new Set())).toBeNull();
  });

  it('picks the lane whose row serves the most landmarks, its own and the lane above', () => {
    // theft's row serves a cyberattack and a theft landmark; sanction's, a sanction one.
    expect(nextLabelRow(LANES, ['cyberattack', 'theft', 'sanction'], new Set())).toBe('theft');
    expect(nextLabelRow(LANES, ['attribution', 'sanction', 'sanction'], new Set())).toBe(
      'sanction',
    );
  });

  it('skips lanes that have a row already, and prefers the upper lane on a tie', () => {
    expect(nextLabelRow(LANES, ['theft'], new Set())).toBe('theft');
    expect(nextLabelRow(LANES, ['theft'], new Set(['theft']))).toBe('attribution');
    expect(nextLabelRow(LANES, ['cyberattack'], new Set(['cyberattack', 'theft']))).toBeNull();
  });

  it("picks a full-size lane by its own landmarks only: its row is not the one above's", () => {
    expect(nextLabelRow(LANES, ['cyberattack', 'cyberattack', 'theft'], new Set(), false)).toBe(
      'cyberattack',
    );
  });
});
