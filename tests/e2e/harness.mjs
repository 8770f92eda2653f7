// Test harness: a plain static file server on 127.0.0.1 serving the release build
// under a sub-path, and headless Chromium (Debian's) driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';

export const BASE = '/tally/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
};

/** Serves `dir` at `BASE` on a free port of 127.0.0.1; nothing else. */
export async function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(BASE)) { res.writeHead(404); res.end('not under ' + BASE); return; }
    let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + BASE, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  });
  return { browser, userDataDir };
}

/** Opens `url`, recording every request and every error the page reports. */
export async function open(browser, url, { width = 1280, height = 900, prepare } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  if (prepare) await prepare(page); // e.g. page.route(...) before the first request
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('[data-testid="summary"]');
  return { page, requests, errors };
}

/** The figure rows of the table as objects. */
export async function rows(page) {
  // read from the cells a reader sees: value, unit and quote, category, region, date, article
  return page.$$eval('[data-testid="figures"] tbody tr', (trs) => trs.map((tr) => {
    const cell = (i) => tr.cells[i].textContent.trim();
    return {
      region: cell(3) === '—' ? '' : cell(3), category: cell(2),
      date: cell(4) === 'undated' ? '' : cell(4), text: tr.innerText,
    };
  }));
}

/** Resolves once what follows a change a painted frame later (the article list, facet
 * counts, summary line and address bar: the page's `after_next_paint`) has followed it:
 * two rounds of an animation frame and then a task. */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => {
    const round = (k) => requestAnimationFrame(() => setTimeout(() => (k ? round(k - 1) : done()), 0));
    round(1);
  }));
}

/** The ids of the articles listed, once the list has followed the last change. */
export async function articleIds(page) {
  await settled(page);
  return page.$$eval('[data-testid="articles"] li', (lis) => lis.map((li) => li.dataset.id));
}

/** The server and browser every test file shares: call in `before`, close in `after`. */
export async function setup(dist) {
  const server = await serve(dist);
  const { browser } = await launch();
  return { server, browser, close: async () => { await browser?.close(); await server?.close(); } };
}

// How many marks the chart draws (its data-marks), and where they are on screen:
// the centres of the circles in its `path.dots` (each `M x-r,y a r,...`).
export const marks = (page) => page.getAttribute('[data-testid="chart"]', 'data-marks').then(Number);
export async function markCentres(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid="chart"]');
    const out = [];
    for (const p of svg.querySelectorAll('path.dots')) {
      for (const m of p.getAttribute('d').matchAll(/M(-?[\d.]+),(-?[\d.]+)a(-?[\d.]+)/g)) {
        const pt = svg.createSVGPoint();
        pt.x = +m[1] + +m[3];
        pt.y = +m[2];
        const s = pt.matrixTransform(svg.getScreenCTM());
        out.push({ x: s.x, y: s.y });
      }
    }
    return out;
  });
}
