// Bring your own articles, in the browser: paste, drop, storage, removal, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup, open, rows, settled } from './harness.mjs';

const DIST = path.resolve(process.env.DIST || 'dist-test');
let server, browser, close;
before(async () => {
  ({ server, browser, close } = await setup(DIST));
});
after(() => close?.());

const STORY = 'SUMY, March 3 (Reuters) - Ukraine\'s Sumy region formed six new volunteer battalions with more than 1,400 fighters after Russian shelling killed 4 people in Shostka, the regional governor said on Sunday.';

test('a pasted article is extracted at once, marked yours, kept across reloads, removable, exported', async () => {
  const ctx = await open(browser, server.url);
  const { page, requests, errors } = ctx;
  try {
    await page.click('[data-testid="yours"] summary');
    await page.fill('[data-testid="paste"]', STORY);
    await page.click('[data-testid="paste-add"]');
    await page.waitForSelector('[data-testid="figures"] .yours-badge');
    let r = await rows(page);
    assert.ok(r.some((x) => /1,400/.test(x.text) && x.region === 'Sumy' && /yours/i.test(x.text)), JSON.stringify(r));
    assert.match(await page.textContent('[data-testid="yours-messages"]'), /Added “pasted text” as yours-1/);
    await settled(page); // (facet counts follow a painted frame later)
    assert.match(await page.textContent('[data-testid="region-facet"]'), /Sumy\s*\d/);
    assert.ok(await page.locator('[data-testid="chart"] path.yours-ring').count() > 0, 'yours ringed in the chart');
    assert.match(await page.textContent('[data-testid="legend"]'), /yours \(ringed\)/);
    // kept across a reload
    await page.reload();
    await page.waitForSelector('[data-testid="figures"] .yours-badge');
    // included in exports
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const csv = fs.readFileSync(await dl.path(), 'utf8');
    assert.match(csv, /yours-1,.*1,400/);
    assert.match(csv.split('\r\n').find((l) => l.startsWith('yours-1')), /,true$/);
    // removable one by one
    await page.click('[data-testid="yours-list"] button.remove');
    await page.waitForFunction(() => !document.querySelector('[data-testid="figures"] .yours-badge'));
    await page.reload();
    await page.waitForSelector('[data-testid="summary"]');
    assert.equal(await page.locator('.yours-badge').count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  } finally {
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});

test('dropped or chosen files: good ones added, bad ones named with the reason', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-files-'));
  const good = path.join(dir, 'sumy.md');
  fs.writeFileSync(good, `# Sumy Forms Battalions\n\n${STORY}\n`);
  const html = path.join(dir, 'page.html');
  fs.writeFileSync(html, '<html><head><title>Drones over Bryansk</title><script>var x=1;</script></head><body><nav>Home 2024</nav><article><p>Twelve drones were shot down over the Bryansk region on Tuesday, the governor said.</p></article></body></html>');
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const bin = path.join(dir, 'photo.txt');
  fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  const { page, errors } = await open(browser, server.url);
  try {
    await page.click('[data-testid="yours"] summary');
    await page.setInputFiles('[data-testid="files"]', [good, html, empty, bin]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="yours-list"] li').length === 2
      && document.querySelector('[data-testid="yours-messages"]').textContent.includes('photo.txt'));
    const msg = await page.textContent('[data-testid="yours-messages"]');
    assert.match(msg, /empty\.txt: empty file/);
    assert.match(msg, /photo\.txt: binary/);
    // (the article list follows a painted frame after the table)
    await page.waitForFunction(() => document.querySelector('[data-testid="articles"]').textContent.includes('Drones over Bryansk'));
    const titles = await page.textContent('[data-testid="articles"]');
    assert.match(titles, /Sumy Forms Battalions/);
    assert.match(titles, /Drones over Bryansk/);
    const r = await rows(page);
    assert.ok(r.some((x) => /Twelve drones/i.test(x.text) || /12/.test(x.text)), JSON.stringify(r.map((x) => x.text)));
    // a drop works like choosing
    await page.evaluate(async (text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('[data-testid="dropzone"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, STORY.replace('Sumy', 'Kharkiv'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="yours-list"] li').length === 3);
    // an empty paste says why
    await page.fill('[data-testid="paste"]', '   ');
    await page.click('[data-testid="paste-add"]');
    assert.match(await page.textContent('[data-testid="yours-messages"]'), /Nothing to add: the pasted text is empty/);
    assert.deepEqual(errors, []);
  } finally {
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});

test('full storage says so and loses nothing shown', async () => {
  const page = await browser.newPage();
  try {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="summary"]');
    await page.click('[data-testid="yours"] summary');
    await page.fill('[data-testid="paste"]', STORY);
    await page.click('[data-testid="paste-add"]');
    await page.waitForSelector('[data-testid="storage-note"]');
    assert.match(await page.textContent('[data-testid="storage-note"]'), /storage is full/);
    await page.waitForSelector('[data-testid="figures"] .yours-badge');
    assert.ok((await rows(page)).some((x) => /1,400/.test(x.text)), 'the article is still shown');
  } finally {
    await page.close();
  }
});
