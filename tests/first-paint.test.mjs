// The first view paints before the wasm runs: every page's HTML already holds its first
// screen in the reader's language, for any GET (a messenger's preview sends `Accept: */*`),
// with its own title and preview tags; the wasm then keeps that content instead of replacing
// it, and without JavaScript the pages still read and link.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, request, PHONE, BASE_URL } from './support.mjs';

const SLUG = 'refugium-fluechtlingshilfe';
const PREVIEW = { Accept: '*/*' };
const browser = await launch();
after(() => browser.close());

const attribute = (html, pattern) => html.match(pattern)?.[1];
const ogTitle = (html) => attribute(html, /<meta property="og:title" content="([^"]*)"/);

test('any GET of a page gets its first screen in the language of ?lang=, the kept choice or the browser', async () => {
  for (const path of ['/', '/bezirk/130', `/netzwerk/${SLUG}`, '/ueber', '/kontakt', '/mitmachen']) {
    const german = await request(path, { headers: PREVIEW });
    assert.equal(german.status, 200, path);
    assert.match(german.headers['content-type'], /^text\/html/, path);
    assert.match(german.text, /<html lang="de" dir="ltr"/, path);
    assert.match(german.text, /<main id="inhalt"[^>]*data-gesendet="[^"]*"><[^!]/, `${path}: content in <main>`);
    assert.match(german.text, /<h1[^>]*>[^<]+/, `${path}: a heading`);
    assert.match(german.text, /href="?tel:\+495314705091/, `${path}: the city's phone`);

    const arabic = await request(path, { headers: { ...PREVIEW, 'Accept-Language': 'ar-SY,ar;q=0.9,de;q=0.5' } });
    assert.match(arabic.text, /<html lang="ar" dir="rtl"/, `${path} for an Arabic browser`);
    assert.equal(arabic.headers['content-language'], 'ar');
    assert.equal(arabic.headers['set-cookie'], undefined, 'no cookie without a choice');

    const persian = await request(`${path}?lang=fa`, { headers: PREVIEW });
    assert.match(persian.text, /<html lang="fa" dir="rtl"/, `${path}?lang=fa`);
    assert.equal(persian.headers['set-cookie'], undefined, `${path}?lang=fa: a link picks no cookie`);
    // The switcher's link clicked on our page (without the app): the pick is kept, and the
    // address says ?lang=. The same link from elsewhere picks nothing.
    const picked = await request(`${path}?sprachwahl=fa`, { headers: { ...PREVIEW, 'Sec-Fetch-Site': 'same-origin' } });
    assert.equal(picked.status, 303, `${path}?sprachwahl=fa`);
    assert.equal(picked.headers.location, `${path}?lang=fa`);
    assert.match(picked.headers['set-cookie']?.[0] ?? '', /^sprache=fa; Path=\/; Max-Age=31536000; SameSite=Lax/);
    for (const site of ['cross-site', 'none', undefined]) {
      const sent = await request(`${path}?sprachwahl=fa`, { headers: site ? { 'Sec-Fetch-Site': site } : {} });
      assert.deepEqual([sent.status, sent.headers.location, sent.headers['set-cookie']], [303, `${path}?lang=fa`, undefined], `${site}`);
    }
    const kept = await request(path, { headers: { ...PREVIEW, Cookie: 'sprache=uk', 'Accept-Language': 'ar' } });
    assert.match(kept.text, /<html lang="uk" dir="ltr"/, `${path}: the kept choice before the browser's`);
  }
});

test('the map is in the HTML: 12 districts as real links inside the SVG, the list and the intro', async () => {
  const { text } = await request('/', { headers: PREVIEW });
  const svg = text.slice(text.indexOf('<svg'), text.indexOf('</svg>'));
  const links = [...svg.matchAll(/<a href="\/bezirk\/(\d{3})"/g)].map((m) => m[1]);
  assert.equal(new Set(links).size, 12, links.join(' '));
  assert.match(text, /<nav class="district-list"/);
  assert.match(text, /<div class="intro"><h1>/);
  const district = (await request('/bezirk/130', { headers: PREVIEW })).text;
  assert.match(district, /<a href="\/bezirk\/130" class="district selected"[^>]*aria-current="page"/);
  assert.match(district, /<article class="network-card( card-stale)?"/);
  const filtered = (await request('/bezirk/130?suche=zzzzzz', { headers: PREVIEW })).text;
  assert.doesNotMatch(filtered, /<article class="network-card/, 'the GET form filters without JavaScript');
});

test('each page has its own title, description and preview tags; a shared link names its district or network', async () => {
  const network = (await request(`/api/networks/${SLUG}`)).json();
  const titles = new Set();
  for (const [path, name] of [['/', null], ['/bezirk/130', 'Mitte'], [`/netzwerk/${SLUG}`, network.name], ['/ueber', null], ['/kontakt', null], ['/mitmachen', null]]) {
    const { text } = await request(path, { headers: PREVIEW });
    const title = attribute(text, /<title>([^<]+)<\/title>/);
    titles.add(title);
    if (name) {
      assert.ok(title.startsWith(name), `${path}: ${title}`);
      assert.ok(ogTitle(text).startsWith(name.replace(/&/g, '&amp;')), `${path}: og:title ${ogTitle(text)}`);
    }
    assert.ok(attribute(text, /<meta name="description" content="([^"]+)"/), `${path}: description`);
    assert.equal(attribute(text, /<meta property="og:url" content="([^"]+)"/), `${BASE_URL}${path}?lang=de`);
    const image = attribute(text, /<meta property="og:image" content="([^"]+)"/);
    assert.equal(image, `${BASE_URL}/og-karte.png`);
  }
  assert.equal(titles.size, 6, [...titles].join(' | '));
  const picture = await fetch(`${BASE_URL}/og-karte.png`);
  assert.equal(picture.status, 200);
  assert.equal(picture.headers.get('content-type'), 'image/png');
});

test('an unknown district, network or page is a 404 with a page; other unknown paths a plain 404', async () => {
  for (const path of ['/bezirk/999', '/bezirk/abc', '/netzwerk/gibt-es-nicht', '/gibt-es-nicht']) {
    const response = await request(path, { headers: PREVIEW });
    assert.equal(response.status, 404, path);
    assert.match(response.headers['content-type'], /^text\/html/, path);
    assert.match(response.text, /<h1>[^<]+<\/h1>/, path);
    assert.match(response.text, /<a href="\/">/, `${path}: the way back`);
  }
  for (const path of ['/irgendwas.js', '/a/b/c', '/bezirk/130/mehr']) {
    const response = await request(path, { headers: { Accept: 'text/html', 'Sec-Fetch-Mode': 'navigate' } });
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.headers['content-type'] ?? '', /html/, path);
  }
});

test('an unchanged page revalidates without its body', async () => {
  const first = await request('/bezirk/130', { headers: PREVIEW });
  assert.ok(first.headers.etag);
  const again = await request('/bezirk/130', { headers: { ...PREVIEW, 'If-None-Match': first.headers.etag } });
  assert.equal(again.status, 304);
  const other = await request('/bezirk/130?lang=ar', { headers: { ...PREVIEW, 'If-None-Match': first.headers.etag } });
  assert.equal(other.status, 200, 'another language is another page');
});

// Marks what the server sent, then counts layout shifts: the wasm must keep the marked nodes.
async function watchFirstPaint(page) {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      for (const element of document.querySelectorAll('main > *')) element.sentByServer = true;
    });
  });
}

for (const lang of ['de', 'ar']) {
  test(`the wasm takes over without replacing what was painted (${lang}, first visit)`, async () => {
    for (const path of ['/', '/bezirk/130', `/netzwerk/${SLUG}`, '/ueber']) {
      const { context, page, problems } = await openPage(browser, PHONE, { locale: lang === 'ar' ? 'ar-SY' : 'de-DE' });
      await watchFirstPaint(page);
      await visit(page, path);
      await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
      // Two frames after the takeover: a shift it caused has been laid out and observed.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        kept: [...document.querySelectorAll('main > *')].filter((e) => e.sentByServer).length,
        layoutShift: window.layoutShift,
      }));
      assert.equal(state.lang, lang, path);
      assert.equal(state.dir, lang === 'ar' ? 'rtl' : 'ltr', path);
      assert.ok(state.kept >= 1, `${path}: the painted content is still there`);
      assert.equal(state.layoutShift, 0, `${path}: CLS`);
      assert.deepEqual(problems.consoleErrors, [], path);
      await context.close();
    }
  });
}

test('after the takeover the map works as an app: a district opens without loading the page', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/');
  await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
  await page.evaluate(() => { window.samePage = true; });
  await page.locator('a.district[href="/bezirk/130"]').click();
  await page.locator('main h1', { hasText: 'Mitte' }).waitFor();
  await page.locator('.network-card').first().waitFor();
  assert.equal(await page.evaluate(() => window.samePage), true, 'no page load');
  assert.match(await page.title(), /^Mitte – /);
  await page.locator('#filter-suche').fill('zzzzzz');
  await page.locator('.result-count', { hasText: /Keine/ }).waitFor();
  await context.close();
});

test('without JavaScript the pages read, link and filter, and the form offers the phone', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, '/');
  assert.equal(await page.locator('svg.district-map a.district').count(), 12);
  await page.locator('a.district[href="/bezirk/130"]').click();
  await page.waitForURL(/\/bezirk\/130$/);
  assert.equal(await page.locator('main h1').textContent(), 'Mitte');
  assert.ok(await page.locator('.network-card').count() >= 1);
  await page.locator('#filter-suche').fill('zzzzzz');
  await page.locator('#filter-suche').press('Enter');
  await page.waitForURL(/suche=zzzzzz/);
  assert.equal(await page.locator('.network-card').count(), 0);
  for (const path of [`/netzwerk/${SLUG}`, '/ueber', '/kontakt']) {
    await visit(page, path);
    assert.ok((await page.locator('main h1').textContent()).length > 0, path);
  }
  await visit(page, '/mitmachen?bezirk=130');
  assert.ok(await page.locator('#feld-name').isVisible());
  assert.equal(await page.locator('#feld-districts-130').isChecked(), true, 'the link preselects');
  assert.equal(await page.locator('main button[type="submit"]').count(), 0, 'no button that cannot send');
  assert.ok(await page.locator('.form-no-script a[href="tel:+495314705091"]').isVisible());
  await context.close();
});

test('the form shows its fields before its wasm runs and keeps what was typed when it takes over', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/assets\/register-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/mitmachen`, { waitUntil: 'domcontentloaded' });
  await page.locator('#feld-name').fill('Amira Beispiel');
  await page.locator('#feld-languages-ar').check();
  release();
  await page.locator('main button[type="submit"]').waitFor();
  assert.equal(await page.locator('#feld-name').inputValue(), 'Amira Beispiel');
  assert.equal(await page.locator('#feld-languages-ar').isChecked(), true);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

// Each further font size or weight is another font the browser looks up before its first paint:
// in Chromium on Linux that was half of an Arabic district page's first layout.
const TYPE_SCALE = { sizes: [14, 16, 18, 24], weights: ['400', '700'], map: [18, 24] };

test('the pages keep to the type scale: four sizes, two weights, two on the map', async () => {
  for (const path of ['/', '/bezirk/130', `/netzwerk/${SLUG}`, '/ueber', '/kontakt', '/mitmachen']) {
    const { context, page } = await openPage(browser, PHONE, { locale: 'ar-SY' });
    await visit(page, path);
    await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
    const fonts = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => e.checkVisibility() && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((e) => {
        const style = getComputedStyle(e);
        return { what: `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`, onMap: !!e.closest('svg'), size: parseFloat(style.fontSize), weight: style.fontWeight };
      }));
    assert.ok(fonts.length > 10, `${path}: ${fonts.length} texts`);
    for (const { what, onMap, size, weight } of fonts) {
      assert.ok((onMap ? TYPE_SCALE.map : TYPE_SCALE.sizes).includes(size), `${path}: ${what} in ${size}px`);
      assert.ok(TYPE_SCALE.weights.includes(weight), `${path}: ${what} in weight ${weight}`);
    }
    await context.close();
  }
});
