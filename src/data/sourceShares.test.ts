import { describe, expect, it } from 'vitest';
import { sourceShares } from './sourceShares.ts';

const src = (url: string) => ({ title: 't', publisher: 'p', url, date: '2020' });
const ev = (id: string, category: string, ...urls: string[]) => ({
  id,
  category,
  sources: urls.map(src),
});

describe('sourceShares', () => {
  it('counts an event with an official page as both official and of record', () => {
    const shares = sourceShares([ev('a', 'sanction', 'https://home.treasury.gov/news/x')]);
    expect(shares).toMatchObject({ events: 1, official: 1, outletOfRecord: 1 });
  });

  it('counts a wire story or a victim’s statement as of record but not official', () => {
    const shares = sourceShares([
      ev('a', 'theft', 'https://www.reuters.com/x'),
      ev('b', 'theft', 'https://announcements.bybit.com/x'),
    ]);
    expect(shares).toMatchObject({ events: 2, official: 0, outletOfRecord: 2 });
  });

  it('counts a researcher’s page as of record only for that researcher’s report', () => {
    const shares = sourceShares([
      ev('report', 'report', 'https://www.chainalysis.com/blog/x'),
      ev('theft', 'theft', 'https://www.chainalysis.com/blog/x'),
    ]);
    expect(shares.outletOfRecord).toBe(1);
    expect(shares.withoutOutletOfRecord).toEqual(['theft']);
  });

  it('names the events that cite only aggregators and copies', () => {
    const shares = sourceShares([ev('copy', 'theft', 'https://www.finanznachrichten.de/x')]);
    expect(shares.withoutOutletOfRecord).toEqual(['copy']);
  });
});
