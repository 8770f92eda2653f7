// The explorer as a user sees it: the release build, served by a plain static server
// under /tally/, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, open, rows, articleIds, marks, markCentres } from './harness.mjs';

const DIST = path.resolve(process.env.DIST || 'dist-test');
let server, browser, close;

before(async () => {
  ({ server, browser, close } = await setup(DIST));
});
after(() => close?.());

test('renders the seed articles, the copy once, and figure rows', async () => {
  const { page, errors } = await open(browser, server.url);
  try {
    const ids = await articleIds(page);
    assert.ok(ids.includes('001_303e15881d5dfe05'), `articles: ${ids}`);
    assert.ok(ids.includes('004_48ce287e52dc779f'));
    assert.ok(!ids.includes('000_a94bcc5404b84d4c'), '000 is a copy of 001 and is shown once');
    const copies = await page.textContent('#article-001_303e15881d5dfe05 [data-testid="copies"]');
    assert.match(copies, /also published as 000_a94bcc5404b84d4c/);
    const headline = await page.textContent('#article-004_48ce287e52dc779f h3');
    assert.match(headline, /Russia Arming Territorial Defense Units/);
    assert.match(await page.textContent('#article-004_48ce287e52dc779f .date'), /2023-08-02/);
    assert.match(await page.textContent('#article-001_303e15881d5dfe05 .date'), /2022-12-06/);
    const r = await rows(page);
    assert.ok(r.some((x) => /2,092/.test(x.text) && x.region === 'Belgorod' && x.category === 'personnel'), 'the 2,092 people row');
    assert.ok(r.some((x) => /up to 3,000/.test(x.text) && x.region === 'Kursk'), 'the as-many-as-3,000 row');
    assert.ok(!r.some((x) => /10,000/.test(x.text)), 'nothing from the donation banner');
    assert.ok(await marks(page) > 0, 'chart marks');
    assert.equal((await markCentres(page)).length, await marks(page), 'each mark drawn');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('?region=Kursk shows only Kursk figures, and the select shows it', async () => {
  const { page } = await open(browser, server.url + '?region=Kursk');
  try {
    const r = await rows(page);
    assert.ok(r.length > 0, 'some Kursk figures');
    assert.ok(r.every((x) => x.region === 'Kursk'), JSON.stringify(r));
    assert.ok(await page.isChecked('[data-testid="region-facet"] input[value="Kursk"]'));
    assert.ok(!(await page.isChecked('[data-testid="region-facet"] input[value="Belgorod"]')));
    const points = await marks(page);
    assert.equal(points, r.filter((x) => !/vague/.test(x.text)).length, 'chart follows the table');
  } finally {
    await page.close();
  }
});

test('a date range excludes what it should; undated follow the choice', async () => {
  const { page } = await open(browser, server.url + '?from=2023-01-01&to=2023-12-31');
  try {
    let r = await rows(page);
    assert.ok(r.some((x) => x.date === '2023-08-02'));
    assert.ok(r.every((x) => x.date === '' || (x.date >= '2023-01-01' && x.date <= '2023-12-31')), JSON.stringify(r));
    assert.ok(r.some((x) => x.date === ''), 'undated included by default');
    let ids = await articleIds(page);
    assert.ok(!ids.includes('001_303e15881d5dfe05'), '2022 article excluded');
    // untick "include undated"
    await page.uncheck('[data-testid="undated"]');
    await page.waitForFunction(() => location.search.includes('undated=exclude'));
    r = await rows(page);
    assert.ok(r.length > 0 && r.every((x) => x.date !== ''), JSON.stringify(r));
    ids = await articleIds(page);
    assert.deepEqual(ids, ['004_48ce287e52dc779f']);
  } finally {
    await page.close();
  }
});

test('changing a filter updates list, table, chart and URL at once; reload and back keep it', async () => {
  const { page, requests } = await open(browser, server.url);
  try {
    const allRows = (await rows(page)).length;
    const allPoints = await marks(page);
    await page.check('[data-testid="region-facet"] input[value="Kursk"]');
    await page.waitForFunction(() => location.search === '?region=Kursk');
    const kursk = await rows(page);
    assert.ok(kursk.length < allRows && kursk.every((x) => x.region === 'Kursk'));
    assert.ok(await marks(page) < allPoints);
    assert.ok(!(await articleIds(page)).includes('001_303e15881d5dfe05'), 'article list follows');
    await page.fill('[data-testid="from"]', '2023-01-01');
    await page.waitForFunction(() => location.search.includes('from=2023-01-01'));
    await page.reload();
    await page.waitForSelector('[data-testid="summary"]');
    assert.ok(await page.isChecked('[data-testid="region-facet"] input[value="Kursk"]'));
    assert.equal(await page.inputValue('[data-testid="from"]'), '2023-01-01');
    assert.deepEqual(await rows(page), (await rows(page)).filter((x) => x.region === 'Kursk'));
    await page.goBack();
    await page.waitForFunction(() => location.search === '?region=Kursk');
    assert.equal(await page.inputValue('[data-testid="from"]'), '');
    await page.click('[data-testid="reset"]');
    await page.waitForFunction(() => location.search === '');
    assert.equal((await rows(page)).length, allRows);
    const outside = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'));
    assert.deepEqual(outside, [], 'no request leaves the page');
  } finally {
    await page.close();
  }
});

test('an empty result says why and how to widen it', async () => {
  const { page } = await open(browser, server.url + '?region=Kursk&to=2000-01-01&undated=exclude');
  try {
    const msg = await page.textContent('[data-testid="empty"]');
    assert.match(msg, /No figures match region Kursk/);
    assert.match(msg, /Reset/);
  } finally {
    await page.close();
  }
});
