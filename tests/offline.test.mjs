// Offline and installable: the manifest, the service worker keeping the map and the last
// data, and a registration typed offline that is kept and sent once the phone is online.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { launch, openPage, visit, request, d1 } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const withServiceWorker = { serviceWorkers: 'allow' };

async function serviceWorkerReady(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
}

// Offline for the page and for the service worker: Chromium's offline emulation does not
// reach a service worker's own requests, so those are refused as a lost connection would.
async function goOffline(context) {
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

async function goOnline(context) {
  await context.unrouteAll();
  await context.setOffline(false);
}

test('the web app manifest names the app, its icons (one maskable), colour, start URL and language', async () => {
  const response = await request('/manifest.webmanifest');
  assert.equal(response.status, 200);
  const manifest = response.json();
  assert.equal(manifest.name, 'Netzwerkkarte Ehrenamt Braunschweig');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.lang, 'de');
  assert.equal(manifest.theme_color, '#004f8a');
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const file = await request(icon.src);
    assert.equal(file.status, 200, icon.src);
  }
  const worker = await request('/sw.js');
  assert.equal(worker.status, 200);
  assert.match(worker.headers['content-type'], /javascript/);
  assert.equal(worker.headers['cache-control'], 'no-cache');
});

test('hashed assets are cached for a year; the page and the data revalidate', async () => {
  const index = await request('/');
  assert.equal(index.headers['cache-control'], 'no-cache');
  const worker = (await request('/sw.js')).text;
  const assets = [
    index.text.match(/\/assets\/app-[0-9a-f]+_bg\.wasm/)[0],
    ...worker.match(/\/assets\/i18n-[a-z]+-ar-[0-9a-f]+\.json/g),
    ...worker.match(/\/assets\/register-[0-9a-f]+\.js/g),
  ];
  assert.ok(assets.length >= 5, assets.join(' '));
  for (const asset of assets) {
    assert.equal((await request(asset)).headers['cache-control'], 'public, max-age=31536000, immutable', asset);
  }
  assert.equal((await request('/register')).headers['cache-control'], 'no-cache');
  const page = await request('/bezirk/130', { headers: { 'Sec-Fetch-Mode': 'navigate' } });
  assert.equal(page.headers['cache-control'], 'no-cache');
  const data = await request('/api/districts');
  assert.match(data.headers['cache-control'], /no-cache/);
  assert.ok(data.headers.etag);
});

test('after one visit the map and a district\'s networks work offline, with "Offline – Stand von …"', async () => {
  const { context, page } = await openPage(browser, undefined, withServiceWorker);
  await visit(page, '/');
  await page.locator('svg.district-map a').first().waitFor();
  await serviceWorkerReady(page);
  // What the service worker fetches beyond the first view (the map's translations, the
  // manifest): its files minus what the page itself loaded.
  const worker = (await request('/sw.js')).text;
  const mapFiles = JSON.parse(worker.match(/const MAP = (\[.*?\]);/)[1]);
  const index = (await request('/')).text;
  let extra = 0;
  for (const file of mapFiles.filter((f) => f !== '/' && !index.includes(f))) {
    extra += gzipSync(Buffer.from((await request(file)).text), { level: 9 }).length;
  }
  console.log(`service worker, kept beyond the first view: ${extra} B gzip`);

  await goOffline(context);
  await visit(page, '/bezirk/130');
  await page.locator('.network-card').first().waitFor();
  assert.ok(await page.locator('svg.district-map a').count() >= 12, 'the map is there');
  assert.match(await page.locator('.offline-note').textContent(), /^Offline – Stand von \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  await visit(page, '/netzwerk/refugium-fluechtlingshilfe');
  await page.locator('.network-detail h1').waitFor();

  await goOnline(context);
  await visit(page, '/bezirk/130');
  await page.locator('.network-card').first().waitFor();
  assert.equal(await page.locator('.offline-note').count(), 0, 'online again: fresh data, no note');
  await context.close();
});

test('a registration typed offline is kept, also across reloads served by the service worker', async () => {
  const { context, page } = await openPage(browser, undefined, withServiceWorker);
  await visit(page, '/mitmachen?bezirk=130');
  await serviceWorkerReady(page);
  await goOffline(context);
  const name = `Offline SW ${randomUUID()}`;
  await page.locator('#feld-name').fill(name);
  await page.locator('#feld-email').fill('offline@example.org');
  await page.locator('#feld-languages').check();
  await page.locator('#feld-availability-by-arrangement').check();
  await page.locator('#feld-consent').check();
  await page.reload({ waitUntil: 'load' });
  await page.locator('#feld-name').waitFor();
  assert.equal(await page.locator('#feld-name').inputValue(), name, 'kept as typed, offline');
  await page.locator('button[type="submit"]').click();
  await page.getByText(/werden gesendet, sobald Sie wieder online sind/).waitFor();
  // Closed and opened again, still offline: the form is still there, as typed.
  await page.reload({ waitUntil: 'load' });
  await page.locator('#feld-name').waitFor();
  assert.equal(await page.locator('#feld-name').inputValue(), name, 'still kept');
  assert.ok(await page.locator('#feld-consent').isChecked());
  // That it then goes out by itself once online (exactly once) is proven without a service
  // worker in register.test.mjs: with one, Chromium's offline emulation does not reliably hold
  // back or let through what the page sends past it.
  await context.close();
});
