import { chromium } from '@playwright/test';
const base = 'http://localhost:4452/';
const which = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shot(name, opts, url, fn) {
  if (which.length && !which.some((w) => name.includes(w))) return;
  const page = await browser.newPage({ viewport: { width: opts.width, height: opts.height }, colorScheme: opts.dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  if (opts.embed) {
    await page.setContent(`<body style="margin:0;background:#ccc"><iframe src="${base}${url}" width="800" height="${opts.embedH}" style="border:0" title="Timeline"></iframe></body>`);
    const frame = page.frames()[1];
    await frame.waitForLoadState();
    await frame.getByRole('region', { name: 'Timeline' }).getByRole('button').first().waitFor();
  } else {
    await page.goto(base + url);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button').first().waitFor();
  }
  await page.waitForTimeout(500);
  if (fn) await fn(page);
  await page.screenshot({ path: `/tmp/glance/${name}.png`, fullPage: !!opts.full });
  await page.close();
}
for (const h of [400, 500, 600]) await shot(`embed${h}`, { width: 820, height: h + 20, embed: true, embedH: h }, '?embed=1');
for (const h of [400, 500, 600]) await shot(`embed${h}dark`, { width: 820, height: h + 20, embed: true, embedH: h, dark: true }, '?embed=1');
await shot('w390', { width: 390, height: 844 }, '?show=timeline', async (p) => console.log('top', await p.getByRole('region', { name: 'Timeline' }).evaluate((t) => t.getBoundingClientRect().top)));
await shot('w1366', { width: 1366, height: 768 }, '', async (p) => p.getByRole('region', { name: 'Timeline' }).evaluate((t) => scrollTo(0, t.getBoundingClientRect().top + scrollY)));
await shot('w1366full', { width: 1366, height: 768, full: true }, '');
await shot('w1920', { width: 1920, height: 1080 }, '');
await shot('w1920dark', { width: 1920, height: 1080, dark: true }, '');
await shot('w1366_1718', { width: 1366, height: 768 }, '?from=2017-01-01&to=2019-01-01', async (p) => p.getByRole('region', { name: 'Timeline' }).evaluate((t) => scrollTo(0, t.getBoundingClientRect().top + scrollY)));
await shot('w1920_1718', { width: 1920, height: 1080 }, '?from=2017-01-01&to=2019-01-01');
await browser.close();
