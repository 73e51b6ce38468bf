// The first view's size: what a first visit to / at 390×844 downloads, the service worker's
// install included. Every response the page or the service worker fetched over the network
// (not those the HTTP cache or the service worker answered) counts, each gzip -9, summed.
// xtask checks the budget and prints the number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, openPage, visit, outputPath, serviceWorkerActivated, PHONE } from './support.mjs';

// Counts the requests of a browser context (page and service worker) and tells when none is
// open: the service worker's requests are not part of the page's network idle.
function openRequests(context) {
  let open = 0;
  let waiting = [];
  const done = () => {
    open -= 1;
    if (open === 0) { waiting.forEach((resolve) => resolve()); waiting = []; }
  };
  context.on('request', () => { open += 1; });
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return { none: () => (open === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))) };
}

// A body fetched again here, for the service worker's downloads (Playwright hands out the
// bodies of the page's responses and of the worker's script, not of the worker's fetches).
async function fetchAgain(url) {
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

// What one finished request downloaded: { url, by, bytes, gzip_bytes }, or null if nothing
// came over the network for it.
async function downloaded(request) {
  const response = await request.response();
  // Answered by the service worker: its own fetch, if any, is a request of its own.
  if (!response || response.fromServiceWorker()) return null;
  if (response.status() >= 300 && response.status() < 400) return null;
  const worker = request.serviceWorker();
  // Chromium reports the worker's own script with a body size of 0, though it is downloaded.
  const script = worker !== null && request.url() === worker.url();
  // A body size of 0 or less: the HTTP cache answered, or a revalidation (304) did.
  const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: 1 }));
  if (responseBodySize <= 0 && !script) return null;
  const body = worker !== null && !script ? await fetchAgain(request.url()) : await response.body();
  return {
    url: request.url(),
    by: worker === null ? 'page' : 'service worker',
    bytes: body.length,
    gzip_bytes: gzipSync(body, { level: 9 }).length,
  };
}

test('first view is measured response by response, the service worker\'s install included', async () => {
  const browser = await launch();
  try {
    const { context, page } = await openPage(browser, PHONE, { serviceWorkers: 'allow' });
    const finished = [];
    context.on('requestfinished', (request) => finished.push(request));
    const requests = openRequests(context);
    await visit(page, '/');
    // Activated means installed: every file it keeps has been fetched.
    await serviceWorkerActivated(page);
    // Activated means installed, so its fetches have started; wait until they have ended.
    await requests.none();
    const sizes = (await Promise.all(finished.map(downloaded))).filter((s) => s !== null);
    const sum = (list) => list.reduce((total, s) => total + s.gzip_bytes, 0);
    const gzipBytes = sum(sizes);
    const byWorker = sum(sizes.filter((s) => s.by === 'service worker'));
    for (const s of sizes) console.log(`${String(s.gzip_bytes).padStart(8)} B gzip  ${s.url}  (${s.by})`);
    console.log(`first view: ${gzipBytes} B gzip -9 in ${sizes.length} responses, ${byWorker} B of them by the service worker`);
    assert.ok(sizes.some((s) => s.url.endsWith('.wasm')), 'the app wasm is part of the first view');
    assert.ok(sizes.some((s) => s.url.endsWith('/sw.js')), 'the service worker is part of the first view');
    assert.ok(sizes.some((s) => s.by === 'service worker' && s.url.endsWith('/api/networks')), 'so is what it keeps');
    assert.ok(!sizes.some((s) => /\/assets\/i18n-/.test(s.url)), 'a German first visit downloads no other language');
    // The first paint needs the page and its stylesheet: everything else comes after.
    const firstPaint = sum(sizes.filter((s) => s.by === 'page' && (new URL(s.url).pathname === '/' || s.url.endsWith('.css'))));
    console.log(`first paint: ${firstPaint} B gzip -9 (the page and its stylesheet)`);
    writeFileSync(outputPath('first-view.json'), JSON.stringify({ gzip_bytes: gzipBytes, first_paint_gzip_bytes: firstPaint, service_worker_gzip_bytes: byWorker, responses: sizes }, null, 2));
  } finally {
    await browser.close();
  }
});
