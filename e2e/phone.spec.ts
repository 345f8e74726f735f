import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { timeline } from './support/timeline.ts';

test('on a phone the page never scrolls sideways', async ({ page }) => {
  await page.goto('./?event=bangladesh-bank-heist');
  await expect(page.getByRole('complementary')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a phone a reader taps an event and closes its details', async ({ page }) => {
  await page.goto('./?from=2016-01-01&to=2016-06-30&show=timeline');
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^Bangladesh Bank heist/ })
    .tap();
  const details = page.getByRole('complementary');
  await expect(details.getByRole('heading', { name: 'Bangladesh Bank heist' })).toBeVisible();
  await details.getByRole('button', { name: 'Close details' }).tap();
  await expect(details).toHaveCount(0);
});

test('on a phone the list is offered first, and the timeline is one tap away', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Timeline', exact: true }).tap();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page).toHaveURL(/show=timeline/);
});

test('the phone layout has no axe violations', async ({ page }) => {
  await page.goto('./?event=wannacry-ransomware');
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on a phone a reader swipes to pan and pinches to zoom', async ({ page }) => {
  await page.goto('./?from=2016-01-01&to=2018-12-31&show=timeline');
  const chart = timeline(page);
  await expect(chart.getByRole('button').first()).toBeVisible();
  // Touch points are in viewport coordinates: bring the chart on screen first.
  await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = (await chart.boundingBox())!;
  const y = box.y + 120;
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const span = () => {
    const q = new URL(page.url()).searchParams;
    return Date.parse(q.get('to')!) - Date.parse(q.get('from')!);
  };
  const fromBefore = new URL(page.url()).searchParams.get('from')!;

  await touch('touchStart', [{ x: 250, y }]);
  for (let i = 1; i <= 6; i++) await touch('touchMove', [{ x: 250 - i * 25, y }]);
  await touch('touchEnd', []);
  await expect
    .poll(() => Date.parse(new URL(page.url()).searchParams.get('from')!))
    .toBeGreaterThan(Date.parse(fromBefore));

  const spanBefore = span();
  await touch('touchStart', [
    { x: 160, y },
    { x: 200, y },
  ]);
  for (let i = 1; i <= 6; i++)
    await touch('touchMove', [
      { x: 160 - i * 15, y },
      { x: 200 + i * 15, y },
    ]);
  await touch('touchEnd', []);
  await expect.poll(span).toBeLessThan(spanBefore);
});

test('on a phone a teacher swipes the card to move between steps', async ({ page }) => {
  await page.goto('./?story=bank-robbers-swift-heists');
  const progress = page.getByText(/^step \d+ of 14$/);
  await expect(progress).toHaveText('step 1 of 14');
  const card = (await page.getByRole('article').boundingBox())!;
  const y = card.y + Math.min(80, card.height / 2);
  await page.mouse.move(card.x + 300, y);
  await page.mouse.down();
  await page.mouse.move(card.x + 60, y, { steps: 6 });
  await page.mouse.up();
  await expect(progress).toHaveText('step 2 of 14');
});
