// Browser timings of a release build in headless Chromium (not a test: a benchmark).
//
//   node tests/e2e/bench.mjs --dist .bench/dist-10k --label 10k [--runs 5] [--filter-runs 6] [--trace 1]
//
// Serves the build under /tally/ (harness.mjs), then
// - load: in a fresh browser context per run, navigation start → first row of the
//   figures table on screen (the animation frame after the row is in the DOM), with
//   the phases before it: wasm fetched, wasm instantiated, first paint;
// - filter: on one loaded page, select a region in [data-testid="region"] (cycling
//   through regions and "All"; or, with a region facet of checkboxes, toggling one
//   region on and off), measured in the page from dispatching the change to
//   the table and the chart changed and laid out (style and layout forced at the
//   first task turn after the change: the work a frame must hold), and, apart, to the
//   animation frame after that (which adds the wait for the display's next frame).
// Prints a table, then `BENCH<TAB>metric<TAB>value<TAB>unit` lines (median and p95;
// p95 is the nearest rank, so with few runs it is the slowest run).
import path from 'node:path';
import { serve, launch } from './harness.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const DIST = path.resolve(args.dist || 'dist-test');
const LABEL = args.label || path.basename(DIST);
const RUNS = +(args.runs || 5);
const FILTER_RUNS = +(args['filter-runs'] || 6);
const TIMEOUT = +(args.timeout || 180000);

// Runs in the page before its scripts: records when the wasm is instantiated and when
// the first figure row is in the DOM, then on screen (next animation frame).
const INIT = () => {
  const marks = (window.__bench = { longtasks: [] });
  const wrap = (name) => {
    const orig = WebAssembly[name];
    WebAssembly[name] = async (...a) => {
      marks.wasmStart ??= performance.now();
      const r = await orig.apply(WebAssembly, a);
      marks.wasmReady = performance.now();
      return r;
    };
  };
  wrap('instantiateStreaming');
  wrap('instantiate');
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => marks.longtasks.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  } catch (_) { /* no longtask support */ }
  const mo = new MutationObserver(() => {
    if (marks.tableInDom === undefined && document.querySelector('[data-testid="figures"] tbody tr')) {
      marks.tableInDom = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => {
        marks.tableOnScreen = performance.now();
        // after the frame is painted
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { marks.tablePainted = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
  });
  mo.observe(document, { childList: true, subtree: true });
};

// Runs in the loaded page: one filter change, timed.
const FILTER = (value) => new Promise((resolve) => {
  // one observer on the table's section, one on the chart, one on the rest: each only
  // notes that something changed (no work per record, so the measuring costs little)
  let table = false, chart = false, other = false, last = 0;
  const tableBox = document.querySelector('[data-testid="figures"]')?.closest('section') || document.body;
  const chartBox = document.querySelector('[data-testid="chart"]') || document.body;
  const watch = (el, mark) => {
    const mo = new MutationObserver(() => { last = performance.now(); mark(); });
    mo.observe(el, { childList: true, subtree: true, attributes: true, characterData: true });
    return mo;
  };
  const observers = [
    watch(tableBox, () => { table = true; }),
    watch(chartBox, () => { chart = true; }),
    watch(document.body, () => { other = true; }),
  ];
  const mo = { disconnect: () => observers.forEach((o) => o.disconnect()) };
  const t0 = performance.now();
  const sel = document.querySelector('select[data-testid="region"]');
  if (sel) {
    sel.value = value;
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    // the region facet (checkboxes): toggle one
    const box = document.querySelector(`[data-testid="region-facet"] input[value="${CSS.escape(value)}"]`);
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }
  const tDispatch = performance.now() - t0;
  // the work: once a task turn finds table and chart changed (Leptos updates the DOM
  // in microtasks), force style and layout; no waiting for the display's next frame
  let work;
  const turns = new MessageChannel();
  turns.port1.onmessage = () => {
    if (table && chart) {
      void document.body.offsetHeight;
      work = performance.now() - t0;
    } else if (performance.now() - t0 < 60000) turns.port2.postMessage(0);
  };
  turns.port2.postMessage(0);
  let quiet = 0;
  const frame = () => {
    const now = performance.now();
    if ((table && chart && work !== undefined) || (last && now - last > 0 && ++quiet >= 2) || now - t0 > 60000) {
      mo.disconnect();
      turns.port1.close();
      const rows = document.querySelectorAll('[data-testid="figures"] tbody tr').length;
      const points = +(document.querySelector('[data-testid="chart"]')?.dataset.marks || 0);
      resolve({ ms: now - t0, work, dom: last - t0, dispatch: tDispatch, table, chart, other, rows, points });
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)]; };
const fmt = (x) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1));

// One more load with a Chromium trace: main-thread time by kind of work, from
// navigation to the table on screen: style, layout, paint and GC from their trace
// events, and script (wasm + JS, including JSON parsing) as the rest of the busy time.
async function traceLoad() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink'] });
  await page.goto(server.url, { timeout: TIMEOUT });
  await page.waitForFunction(() => window.__bench?.tablePainted !== undefined, null, { timeout: TIMEOUT, polling: 100 });
  const buf = await browser.stopTracing();
  await context.close();
  const events = JSON.parse(buf.toString()).traceEvents || [];
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const total = (names) => events.filter((e) => e.ph === 'X' && e.dur && names.includes(e.name)
    && (!main || (e.pid === main.pid && e.tid === main.tid))).reduce((a, e) => a + e.dur / 1000, 0);
  const busy = total(['RunTask']);
  const parts = {
    'style recalculation': total(['UpdateLayoutTree']),
    layout: total(['Layout']),
    'paint (pre-paint, paint, layerize)': total(['PrePaint', 'Paint', 'Layerize']),
    'garbage collection': total(['MinorGC', 'MajorGC']),
  };
  const script = busy - Object.values(parts).reduce((a, b) => a + b, 0);
  console.log(`\nmain thread, one traced load to the table on screen (ms): busy ${busy.toFixed(0)}`);
  for (const [k, v] of [['script (wasm + JS) and other', script], ...Object.entries(parts)]) {
    console.log(`  ${k.padEnd(36)} ${v.toFixed(1).padStart(9)}`);
  }
  metric('trace_busy', busy, 'ms');
  metric('trace_script', script, 'ms');
  metric('trace_style', parts['style recalculation'], 'ms');
  metric('trace_layout', parts.layout, 'ms');
  metric('trace_gc', parts['garbage collection'], 'ms');
}

const server = await serve(DIST);
const { browser } = await launch();
const out = [];
const metric = (name, value, unit) => out.push(`BENCH\tbrowser_${LABEL}_${name}\t${value.toFixed(3)}\t${unit}`);
try {
  const loads = [];
  let info = {};
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(INIT);
    await page.goto(server.url, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench?.tablePainted !== undefined, null, { timeout: TIMEOUT, polling: 100 });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const b = window.__bench;
      return {
        ...b, longest: Math.max(0, ...b.longtasks.map((t) => t[1])), longtasks: b.longtasks.length,
        domContentLoaded: nav?.domContentLoadedEventEnd, wasmFetched: wasm?.responseEnd, wasmBytes: wasm?.encodedBodySize,
        fcp: fcp?.startTime, heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : undefined,
        rows: document.querySelectorAll('[data-testid="figures"] tbody tr').length,
        points: +(document.querySelector('[data-testid="chart"]')?.dataset.marks || 0),
        articles: document.querySelectorAll('[data-testid="articles"] li').length,
        nodes: document.getElementsByTagName('*').length,
      };
    });
    if (errors.length) console.error(`run ${i}: page errors: ${errors.join('; ')}`);
    loads.push(m);
    if (i === 0) info = m;
    await context.close();
  }
  const col = (k) => loads.map((m) => m[k]).filter((x) => x !== undefined);
  console.log(`\n${LABEL}: ${DIST}  (${info.rows} table rows, ${info.points} chart points, ${info.articles} articles, ${info.nodes} DOM elements, wasm ${(info.wasmBytes / 1e6).toFixed(2)} MB)`);
  console.log(`${'load phase (ms from navigation start)'.padEnd(44)} ${'median'.padStart(9)} ${'p95'.padStart(9)}`);
  for (const [k, name] of [['wasmFetched', 'wasm fetched'], ['wasmReady', 'wasm instantiated'], ['fcp', 'first contentful paint'],
    ['tableInDom', 'first table row in DOM'], ['tableOnScreen', 'table on screen (next frame)'], ['tablePainted', 'frame painted'],
    ['longest', 'longest task'], ['heapMB', 'JS heap after load (MB)']]) {
    const xs = col(k);
    if (xs.length) console.log(`${name.padEnd(44)} ${fmt(median(xs)).padStart(9)} ${fmt(p95(xs)).padStart(9)}`);
  }
  metric('table_on_screen_median', median(col('tableOnScreen')), 'ms');
  metric('table_on_screen_p95', p95(col('tableOnScreen')), 'ms');
  metric('table_painted_median', median(col('tablePainted')), 'ms');
  metric('table_painted_p95', p95(col('tablePainted')), 'ms');
  metric('wasm_ready_median', median(col('wasmReady')), 'ms');
  metric('longest_task_median', median(col('longest')), 'ms');
  metric('table_rows', info.rows, 'count');

  if (args.trace !== undefined) await traceLoad();

  // filter changes on one page
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url, { timeout: TIMEOUT });
  await page.waitForSelector('[data-testid="figures"] tbody tr', { timeout: TIMEOUT });
  // a region <select>, or a region facet of checkboxes (each change toggles one)
  const select = await page.$('select[data-testid="region"]');
  const regions = select
    ? await page.$$eval('select[data-testid="region"] option', (os) => os.map((o) => o.value).filter(Boolean))
    : await page.$$eval('[data-testid="region-facet"] input[type="checkbox"]', (is) => is.map((i) => i.value));
  const cycle = select ? [...regions.slice(0, 2), ''] : [regions[0], regions[0], regions[1], regions[1]];
  const changes = [];
  await page.evaluate(FILTER, cycle[0]); // warm-up, not counted
  for (let i = 1; i <= FILTER_RUNS; i++) {
    const value = cycle[i % cycle.length];
    const r = await page.evaluate(FILTER, value);
    changes.push({ value, ...r });
    await page.waitForTimeout(50);
  }
  await context.close();
  console.log(`\nfilter change (${select ? 'region select' : 'region facet toggles'}: ${cycle.map((v) => v || 'All').join(' → ')} ...), ms from dispatch`);
  for (const c of changes) {
    console.log(`  ${(c.value || 'All').padEnd(10)} updated+laid out ${fmt(c.work).padStart(7)}  next frame ${fmt(c.ms).padStart(7)}  last DOM mutation ${fmt(c.dom).padStart(8)}  handler ${fmt(c.dispatch).padStart(7)}  rows ${c.rows} points ${c.points}${c.table && c.chart ? '' : ' (table/chart unchanged: ' + c.table + '/' + c.chart + ')'}`);
  }
  const work = changes.map((c) => c.work ?? NaN);
  const ms = changes.map((c) => c.ms);
  console.log(`  updated and laid out: median ${fmt(median(work))}  p95 ${fmt(p95(work))}`);
  console.log(`  to the display's next frame (adds the wait for it, 0-16.7 ms): median ${fmt(median(ms))}  p95 ${fmt(p95(ms))}`);
  metric('filter_change_median', median(work), 'ms');
  metric('filter_change_p95', p95(work), 'ms');
  metric('filter_change_frame_median', median(ms), 'ms');
  metric('filter_change_frame_p95', p95(ms), 'ms');
} finally {
  await browser.close();
  await server.close();
}
console.log(out.join('\n'));
