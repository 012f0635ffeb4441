#!/usr/bin/env node
// npm run pictures (second half): the offline page, step by step, in Debian's chromium
// (apt-get install chromium), into docs/pictures/page-*.png. Needs dist/scoring.html (npm run build).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'pictures');
const fixtures = join(root, 'fixtures', '2023');
const grids = readdirSync(fixtures)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join(fixtures, f));
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!executablePath) {
  console.error('chromium is missing: apt-get install chromium');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 }, acceptDownloads: true });
  await page.goto(`file://${join(root, 'dist', 'scoring.html')}`);
  await page.waitForSelector('body[data-ready="true"]');
  const shot = async (name, selector) => {
    const target = selector ? await page.$(selector) : page;
    await target.screenshot({ path: join(out, `page-${name}.png`) });
    console.log(`docs/pictures/page-${name}.png`);
  };
  await shot('1-open');
  await page.setInputFiles('#roster', join(root, 'fixtures', 'roster.csv'));
  await page.fill('#month', '2026-12');
  await page.click('#make-grid');
  await page.waitForSelector('section:nth-of-type(2) a.download');
  await shot('2-new-grid', 'section:nth-of-type(2)');
  await page.setInputFiles('#grids', grids);
  await page.waitForSelector('#check-out .summary');
  await shot('3-check', 'section:nth-of-type(3)');
  await page.click('#make-report');
  await page.waitForSelector('#report-out a.download');
  await page.setInputFiles('#classify-staff', join(root, 'fixtures', 'roster-cuoi-nam.csv'));
  await page.click('#classify');
  await page.waitForSelector('#year-out a.download');
  await shot('4-5-report-classify', 'main');
  // Step 6: the year's twelve months closed, the ledger and the notices to download.
  await page.fill('#close-date', '2024-01-03');
  await page.click('#close');
  await page.waitForSelector('#closing-out a.download');
  await shot('6-close', 'section:nth-of-type(6)');
} finally {
  await browser.close();
}
