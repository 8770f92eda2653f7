// The explorer an analyst uses: provenance, sorting, chart, facets, export,
// keyboard and small screens — release build, headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, open, rows, articleIds, marks, markCentres } from './harness.mjs';

const DIST = path.resolve(process.env.DIST || 'dist-test');
const SHOTS = path.resolve(process.env.SHOTS || 'target/screenshots');
let server, browser, close;

before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  ({ server, browser, close } = await setup(DIST));
});
after(() => close?.());

async function withPage(query, fn, size) {
  const ctx = await open(browser, server.url + query, size);
  try {
    await fn(ctx);
    assert.deepEqual(ctx.errors, [], 'no page errors');
    const outside = ctx.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'no request leaves the page');
  } finally {
    await ctx.page.close();
  }
}

const query = (page) => page.evaluate(() => new URLSearchParams(location.search));
const param = (page, k) => page.evaluate((k) => new URLSearchParams(location.search).get(k), k);

test('a table row opens its article with the sentence highlighted and in view', async () => {
  await withPage('', async ({ page }) => {
    const link = page.locator('[data-testid="figures"] tbody tr', { hasText: '2,092' }).locator('a.quote');
    await link.click();
    await page.waitForSelector('[data-testid="reader"]');
    assert.equal(await param(page, 'article'), '004_48ce287e52dc779f');
    const fig = await param(page, 'figure');
    assert.ok(fig !== null);
    const sel = page.locator('[data-testid="reader"] mark.sentence.selected');
    // (the text comes from its body shard: wait for it, then there is exactly one)
    await sel.first().waitFor();
    assert.equal(await sel.count(), 1);
    assert.match(await sel.innerText(), /currently comprise 2,092 people/);
    assert.match(await sel.locator('.figure-words').innerText(), /2,092 people/);
    await page.waitForFunction(() => {
      const r = document.querySelector('.reader mark.selected').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.match(await page.textContent('[data-testid="reader"] .reader-meta'), /2023-08-02/);
    assert.match(await page.textContent('[data-testid="reader"] .reader-meta'), /UrduPoint News \/ Sputnik/);
    await page.screenshot({ path: path.join(SHOTS, 'reader.png') });
    // a filter changed while reading keeps the focus where the reader put it, and the
    // article's text where it is
    await page.evaluate(() => { document.querySelector('[data-testid="reader-text"]').dataset.kept = 'yes'; });
    await page.focus('[data-testid="category-facet"] input[value="units"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('category=units'));
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => document.activeElement.value), 'units');
    assert.equal(await page.getAttribute('[data-testid="reader-text"]', 'data-kept'), 'yes');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !location.search.includes('category=units'));
    // reload keeps the reader open on the same sentence
    await page.reload();
    await page.waitForSelector('[data-testid="reader"] mark.sentence.selected');
    // Escape closes it and the URL forgets it
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('article='));
    assert.equal(await page.locator('[data-testid="reader"]').count(), 0);
  });
});

test('the reader hides page furniture, shows the original on request, and lists copies', async () => {
  await withPage('?article=001_303e15881d5dfe05', async ({ page, requests }) => {
    // the text comes from a body shard, fetched when the article is opened
    await page.waitForSelector('[data-testid="reader-text"] p:not(.loading)');
    assert.ok(requests.some((u) => /\/tally\/bodies\/b[0-9a-f]{16}\.txt$/.test(u)), 'a body shard was fetched');
    const text = () => page.textContent('[data-testid="reader-text"]');
    assert.doesNotMatch(await text(), /Related article/);
    assert.match(await text(), /several battalions/);
    assert.match(await page.textContent('[data-testid="reader-copies"]'), /000_a94bcc5404b84d4c/);
    await page.check('[data-testid="show-original"]');
    assert.match(await text(), /Related article/);
    assert.ok(await page.locator('[data-testid="reader-text"] p.furniture').count() > 0);
  });
  await withPage('?article=000_a94bcc5404b84d4c', async ({ page }) => {
    await page.waitForSelector('[data-testid="reader-text"] p:not(.loading)');
    assert.doesNotMatch(await page.textContent('[data-testid="reader-text"]'), /10,000 a month/);
    assert.match(await page.textContent('[data-testid="reader"] .reader-meta'), /Copy of\s*001_303e15881d5dfe05/);
  });
  // a body shard that cannot be had: the reader says so, the rest of the page works
  const lost = await open(browser, server.url + '?article=001_303e15881d5dfe05', {
    prepare: (page) => page.route('**/bodies/**', (r) => r.fulfill({ status: 404, body: 'gone' })),
  });
  try {
    const warn = lost.page.locator('[data-testid="reader-text"] [role="alert"]');
    await warn.waitFor();
    assert.match(await warn.innerText(), /could not be loaded.*bodies\/b[0-9a-f]{16}\.txt.*HTTP 404/);
    assert.match(await lost.page.textContent('[data-testid="reader"] .reader-meta'), /Also published as|000_a94bcc5404b84d4c/);
    assert.ok((await rows(lost.page)).length > 0, 'the table is still there');
    assert.deepEqual(lost.errors.filter((e) => !/404/.test(e)), [], 'no page errors but the refused request');
  } finally {
    await lost.page.close();
  }
  await withPage('?article=nope', async ({ page }) => {
    assert.match(await page.textContent('[data-testid="reader"]'), /No article with the id “nope”/);
  });
});

test('chart marks show value, qualifier and sentence on hover and from the keyboard, and open the article', async () => {
  await withPage('?region=Kursk', async ({ page }) => {
    const centres = await markCentres(page);
    assert.ok(centres.length >= 2);
    await page.mouse.move(centres[0].x, centres[0].y);
    const tip = page.locator('[data-testid="tooltip"]');
    await tip.waitFor();
    assert.match(await tip.innerText(), /3,000|300/);
    assert.match(await tip.innerText(), /Kursk/);
    // away from every mark: no tooltip
    await page.mouse.move(1, 1);
    await tip.waitFor({ state: 'detached' });
    // keyboard: focusing the chart picks the first mark, arrows move, Enter opens it
    await page.focus('[data-testid="chart"]');
    await tip.waitFor();
    const first = await tip.innerText();
    assert.match(first, /Kursk Region|governor|said/, 'the sentence');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((t) => document.querySelector('[data-testid="tooltip"]').innerText !== t, first);
    await page.keyboard.press('Home');
    await page.waitForFunction((t) => document.querySelector('[data-testid="tooltip"]').innerText === t, first);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    // click a mark: its article opens on its figure
    await page.mouse.click(centres[0].x, centres[0].y);
    await page.waitForFunction(() => location.search.includes('article=') && location.search.includes('figure='));
    await page.waitForSelector('[data-testid="reader"] mark.sentence.selected');
    await page.click('[data-testid="close"]');
    await page.focus('[data-testid="chart"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('article=004_48ce287e52dc779f') || location.search.includes('article=00'));
    await page.waitForSelector('[data-testid="reader"] mark.sentence.selected');
  });
});

test('ranges and bounds are drawn as whiskers, undated apart, log scale when needed', async () => {
  await withPage('', async ({ page }) => {
    const whiskers = await page.$$eval('[data-testid="chart"] path.whiskers', (ps) => ps.map((p) => p.getAttribute('d').split('M').length - 1).reduce((a, b) => a + b, 0));
    assert.ok(whiskers >= 2, 'more than / up to whiskers');
    assert.equal(await page.locator('[data-testid="chart"] .undated-band').count(), 1);
    assert.match(await page.getAttribute('[data-testid="chart"]', 'aria-label'), /log scale/);
    await page.click('[data-testid="series-region"]');
    await page.waitForFunction(() => location.search.includes('series=region'));
    const legend = await page.textContent('[data-testid="legend"]');
    assert.match(legend, /Belgorod \(\d+\)/);
    assert.match(legend, /Kursk \(\d+\)/);
    await page.screenshot({ path: path.join(SHOTS, 'wide.png'), fullPage: true });
  });
});

test('sorting by any column, by click and by keyboard, with aria-sort', async () => {
  await withPage('', async ({ page }) => {
    const values = async () => (await rows(page)).map((r) => r.text.split('\t')[0]);
    await page.click('th button[data-sort="value"]');
    await page.waitForFunction(() => location.search.includes('sort=value'));
    assert.equal(await page.getAttribute('th:has(button[data-sort="value"])', 'aria-sort'), 'ascending');
    const asc = (await rows(page)).map((r) => r.text);
    assert.match(asc[asc.length - 1], /3,000/);
    await page.focus('th button[data-sort="value"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('sort=-value'));
    assert.equal(await page.getAttribute('th:has(button[data-sort="value"])', 'aria-sort'), 'descending');
    assert.match((await values())[0], /3,000/);
    for (const key of ['unit', 'category', 'region', 'date', 'article']) {
      await page.click(`th button[data-sort="${key}"]`);
      await page.waitForFunction((k) => new URLSearchParams(location.search).get('sort') === k, key);
      assert.equal(await page.getAttribute(`th:has(button[data-sort="${key}"])`, 'aria-sort'), 'ascending');
    }
    const regions = (await rows(page)).map((r) => r.region);
    assert.equal((await rows(page)).length, 13);
    assert.match(await page.textContent('[data-testid="page"]'), /1–13 of 13/);
    assert.ok(await page.isDisabled('[data-testid="next"]'));
    assert.ok(regions.length > 0);
  });
});

test('facets: several regions with counts, categories, search, reset', async () => {
  await withPage('', async ({ page }) => {
    const facet = await page.textContent('[data-testid="region-facet"]');
    assert.match(facet, /Belgorod\s*\d+/);
    assert.match(facet, /Kursk\s*\d+/);
    await page.check('[data-testid="region-facet"] input[value="Kursk"]');
    await page.check('[data-testid="region-facet"] input[value="Belgorod"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('region').length === 2);
    assert.ok((await rows(page)).every((r) => r.region === 'Kursk' || r.region === 'Belgorod'));
    await page.check('[data-testid="category-facet"] input[value="killed"]');
    await page.waitForFunction(() => location.search.includes('category=killed'));
    let r = await rows(page);
    assert.equal(r.length, 1);
    assert.equal(r[0].category, 'killed');
    await page.click('[data-testid="reset"]');
    await page.waitForFunction(() => location.search === '');
    // by keyboard; the other facet's items stay in place and change their counts
    const belgorod = '[data-testid="region-facet"] input[value="Belgorod"]';
    const other = '[data-testid="category-facet"] .facet-item';
    await page.evaluate((sel) => { window.__items = [...document.querySelectorAll(sel)]; }, other);
    const before = await page.textContent('[data-testid="category-facet"]');
    await page.focus(belgorod);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('region=Belgorod'));
    await page.waitForFunction((b) => document.querySelector('[data-testid="category-facet"]').textContent !== b, before);
    assert.ok(await page.evaluate((sel) => document.activeElement === document.querySelector(sel)
      && document.activeElement.checked, belgorod), 'the toggled box is checked and keeps focus');
    assert.ok(await page.evaluate((sel) => window.__items.every((el) => el.isConnected)
      && document.querySelectorAll(sel).length === window.__items.length, other),
      'the category items are the same elements, with new counts');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '');
    await page.fill('[data-testid="search"]', 'Shebekino');
    await page.press('[data-testid="search"]', 'Enter');
    await page.waitForFunction(() => location.search.includes('q=Shebekino'));
    // the search reads the full texts once their shards have come
    await page.waitForFunction(() => !document.querySelector('[data-testid="summary"]').textContent.includes('searching'));
    assert.deepEqual(await articleIds(page), ['001_303e15881d5dfe05']);
    r = await rows(page);
    assert.ok(r.length > 0 && r.every((x) => x.category === 'units'));
  });
});

test('brushing the date histogram sets the date range', async () => {
  await withPage('', async ({ page }) => {
    const bars = page.locator('[data-testid="histogram"] .bar');
    const n = await bars.count();
    assert.ok(n >= 2);
    const first = await bars.nth(0).boundingBox();
    const last = await bars.nth(0).boundingBox();
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + 5);
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes('from=2022-12-01') && location.search.includes('to=2022-12-31'));
    assert.equal(await page.inputValue('[data-testid="from"]'), '2022-12-01');
    const dated = (await rows(page)).filter((x) => x.date);
    assert.ok(dated.every((x) => x.date.startsWith('2022-12')));
  });
});

test('export CSV and JSON of the figures shown, named after the filter; chart as SVG and PNG', async () => {
  await withPage('?region=Kursk', async ({ page }) => {
    const grab = async (testid) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      const file = await dl.path();
      return { name: dl.suggestedFilename(), body: fs.readFileSync(file) };
    };
    const csv = await grab('export-csv');
    assert.equal(csv.name, 'tally-figures_region-Kursk.csv');
    const lines = csv.body.toString('utf8').trim().split('\r\n');
    assert.match(lines[0], /^article_id,date,region,category,value,low,high,qualifier,unit,text,sentence/);
    assert.equal(lines.length - 1, (await rows(page)).length);
    assert.ok(lines.slice(1).every((l) => l.includes(',Kursk,')));
    const json = JSON.parse((await grab('export-json')).body.toString('utf8'));
    assert.equal(json.view, '?region=Kursk');
    assert.ok(json.figures.every((f) => f.region === 'Kursk' && f.sentence && f.article_id && 'qualifier' in f));
    const svg = await grab('save-svg');
    assert.equal(svg.name, 'tally-figures_region-Kursk.svg');
    assert.match(svg.body.toString('utf8'), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<path class="dots /);
    const png = await grab('save-png');
    assert.equal(png.name, 'tally-figures_region-Kursk.png');
    assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.ok(png.body.length > 2000);
  });
});

test('every control has a name, and the keyboard reaches the filters, table and chart', async () => {
  await withPage('', async ({ page }) => {
    const unnamed = await page.evaluate(() => {
      const els = [...document.querySelectorAll('button, input, select, a[href], [tabindex="0"]')];
      const name = (el) => (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('title') || '').trim();
      return els.filter((el) => !name(el)).map((el) => el.outerHTML.slice(0, 80));
    });
    assert.deepEqual(unnamed, []);
    const seen = new Set();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => {
        const el = document.activeElement;
        return el.dataset.testid || el.dataset.sort || (el.closest('[data-testid]')?.dataset.testid) || el.tagName;
      }));
    }
    for (const want of ['search', 'region-facet', 'category-facet', 'from', 'undated', 'export-csv', 'chart', 'value']) {
      assert.ok(seen.has(want), `Tab reaches ${want}: ${[...seen]}`);
    }
  });
});

test('readable from 360 px wide, no horizontal page scroll', async () => {
  await withPage('', async ({ page }) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 1, `page overflows by ${overflow}px`);
    await page.screenshot({ path: path.join(SHOTS, 'narrow.png'), fullPage: true });
    await page.locator('a.quote').first().click();
    await page.waitForSelector('[data-testid="reader"] mark.sentence.selected');
    await page.screenshot({ path: path.join(SHOTS, 'narrow-reader.png') });
  }, { width: 360, height: 740 });
});

test('dark colour scheme', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  try {
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="summary"]');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, 'rgb(21, 23, 26)');
    await page.screenshot({ path: path.join(SHOTS, 'dark.png') });
  } finally {
    await page.close();
  }
});
