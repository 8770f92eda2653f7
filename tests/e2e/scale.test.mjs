// The explorer on a generated corpus of 1,000 articles (scripts/test.sh builds it with
// tally-gen): the DOM holds a page of rows, not all of them; crowded charts merge marks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, open, rows, marks } from './harness.mjs';

const DIST = process.env.DIST_SCALE && path.resolve(process.env.DIST_SCALE);
let server, browser, close;
before(async () => {
  if (DIST) ({ server, browser, close } = await setup(DIST));
});
after(() => close?.());

test('thousands of figures: one page of rows in the DOM, pages, merged chart marks, fast filters', { skip: !DIST && 'DIST_SCALE not set' }, async () => {
  const { page, errors } = await open(browser, server.url);
  try {
    const summary = await page.textContent('[data-testid="summary"]');
    const total = Number(summary.match(/^(\d+) figures/)[1]);
    assert.ok(total > 2000, summary);
    assert.equal(await page.locator('[data-testid="figures"] tbody tr').count(), 50, 'one page of rows');
    assert.match(await page.textContent('[data-testid="page"]'), new RegExp(`1–50 of ${total}`));
    await page.click('[data-testid="next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="page"]').textContent.startsWith('51–100'));
    assert.equal(await page.locator('[data-testid="figures"] tbody tr').count(), 50);
    const n = await marks(page);
    assert.ok(n > 0 && n <= 1500, `${n} chart marks`);
    assert.ok(await page.locator('[data-testid="chart"] path').count() <= 40, 'a few paths, not an element per mark');
    assert.equal(await page.locator('[data-testid="articles"] li').count(), 50, 'one page of articles');
    await page.click('[data-testid="more-articles"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="articles"] li').length === 100);
    // a filter change returns to page 1 and narrows everything
    await page.check('[data-testid="region-facet"] input[value="Kursk"]');
    await page.waitForFunction(() => location.search === '?region=Kursk');
    assert.match(await page.textContent('[data-testid="page"]'), /^1–/);
    assert.ok((await rows(page)).every((r) => r.region === 'Kursk'));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
