import { serve, launch, open } from './harness.mjs';
const [dist, query, out, width] = process.argv.slice(2);
const s = await serve(dist); const { browser } = await launch();
try {
  const { page, errors } = await open(browser, s.url + (query || ''), { width: +(width || 1280), height: 900 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  console.log('errors', errors);
} finally { await browser.close(); await s.close(); }
