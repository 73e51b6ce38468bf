// The district map and the directory, as a resident on a phone uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, screenshotPath, PHONE, DESKTOP, BASE_URL } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NO_PROBLEMS = { consoleErrors: [], failedRequests: [], foreignRequests: [], errorResponses: [] };
const cardNames = (page) => page.locator('.network-card h2').allInnerTexts();
const districtLink = (page, name) => page.locator(`svg.district-map a[aria-label^="${name},"]`);

test('the map shows all 12 districts as labelled links, and the same as a list', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, '/');
  const links = page.locator('svg.district-map a');
  await links.first().waitFor();
  assert.equal(await links.count(), 12);
  // Open needs other tests posted may follow ("…, 2 Gesuche").
  assert.match(await districtLink(page, 'Mitte').getAttribute('aria-label'), /^Mitte, 1 Netzwerk(, \d+ Gesuche?)?$/);
  assert.match(await districtLink(page, 'Lehndorf-Watenbüttel').getAttribute('aria-label'), /^Lehndorf-Watenbüttel, 3 Netzwerke(, \d+ Gesuche?)?$/);
  assert.equal(await districtLink(page, 'Südwest').getAttribute('href'), '/bezirk/222');
  assert.equal(await page.locator('.district-list a').count(), 12);
  await page.getByText('Kartengrundlage: © OpenStreetMap-Mitwirkende, ODbL. Bezirksgrenzen vereinfacht, nicht amtlich.').waitFor();
  const box = await page.locator('svg.district-map').boundingBox();
  assert.ok(box.width >= 350 && box.x >= 0 && box.x + box.width <= PHONE.width, `the map fills the width (${box.width})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= PHONE.width, 'no sideways scrolling');
  await page.screenshot({ path: screenshotPath('map-phone') });
  assert.deepEqual(problems, NO_PROBLEMS);
  await context.close();
});

test('tap Mitte on a phone: Refugium Flüchtlingshilfe e.V. is listed', async () => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'de-DE' });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (req) => { if (!req.url().startsWith(BASE_URL)) foreign.push(req.url()); });
  await visit(page, '/');
  await districtLink(page, 'Mitte').tap();
  await page.getByRole('heading', { level: 1, name: 'Mitte' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/bezirk/130');
  await page.getByRole('link', { name: 'Refugium Flüchtlingshilfe e.V.' }).waitFor();
  const names = await cardNames(page);
  assert.equal(names[0], 'Refugium Flüchtlingshilfe e.V.', 'the district\'s own network comes first');
  assert.ok(names.includes('DRK-Kaufbar'), 'city-wide networks are listed too');
  assert.ok(await page.locator('.network-card .badge-unconfirmed').count() >= names.length, 'every seed entry says "nicht bestätigt"');
  await page.getByText('Quelle: refugium-braunschweig.de; seebruecke.org, Stand unbekannt').waitFor();
  assert.equal(await districtLink(page, 'Mitte').getAttribute('aria-current'), 'page');
  await page.screenshot({ path: screenshotPath('district-phone') });
  await page.screenshot({ path: screenshotPath('district-phone-full'), fullPage: true });
  assert.deepEqual(foreign, []);
  await context.close();
});

test('keyboard only: Tab to Weststadt, Enter opens its networks', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/');
  await districtLink(page, 'Weststadt').waitFor();
  let label = '';
  for (let presses = 0; presses < 40 && !label.startsWith('Weststadt,'); presses++) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  assert.match(label, /^Weststadt, /, 'Tab reaches the district on the map');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector('path')).stroke);
  assert.notEqual(outline, 'rgb(255, 255, 255)', 'focus is visible on the map');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Weststadt' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Weststadt', 'focus moves into the panel');
  await page.getByRole('link', { name: 'Arbeitsgruppe Flüchtlingshilfe Weststadt' }).waitFor();
  await page.screenshot({ path: screenshotPath('district-desktop') });
  assert.deepEqual(problems, NO_PROBLEMS);
  await context.close();
});

test('/bezirk/321 opened directly shows Lehndorf-Watenbüttel with Bürgergemeinschaft Lamme', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  const response = await visit(page, '/bezirk/321');
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { level: 1, name: 'Lehndorf-Watenbüttel' }).waitFor();
  await page.getByRole('link', { name: 'Bürgergemeinschaft Lamme e.V.' }).waitFor();
  const join = page.getByRole('link', { name: 'Hier mitmachen' }).first();
  assert.equal(await join.getAttribute('href'), '/mitmachen?bezirk=321');
  assert.deepEqual(problems, NO_PROBLEMS);
  await context.close();
});

test('filtering by an activity shows only matching cards and updates the URL', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/bezirk/330');
  await page.locator('.network-card').first().waitFor();
  const before = (await cardNames(page)).length;
  const count = await page.locator('.result-count').textContent();
  await page.getByLabel('Aktivität', { exact: true }).selectOption('begegnung');
  await page.waitForURL(/aktivitaet=begegnung/);
  await page.waitForFunction((old) => document.querySelector('.result-count').textContent !== old, count);
  await page.getByText(/\d+ Netzwerke? gefunden\.$/).waitFor();
  const names = await cardNames(page);
  assert.ok(names.length > 0 && names.length < before, `${names.length} of ${before}`);
  for (const card of await page.locator('.network-card').all()) {
    assert.ok((await card.innerText()).includes('Begegnung / Treffpunkt'));
  }
  assert.equal(await page.locator('.result-count').getAttribute('aria-live'), 'polite');
  // The filtered view can be shared: opening the URL gives the same cards.
  const shared = await openPage(browser, PHONE);
  await visit(shared.page, new URL(page.url()).pathname + new URL(page.url()).search);
  await shared.page.locator('.network-card').first().waitFor();
  assert.deepEqual(await cardNames(shared.page), names);
  await shared.context.close();
  await page.getByLabel('Suche', { exact: true }).fill('Kralenriede');
  await page.waitForURL(/suche=Kralenriede/);
  await page.getByText('1 Netzwerk gefunden.').waitFor();
  assert.deepEqual(await cardNames(page), ['Welcome House Kralenriede']);
  await context.close();
});

test('a network page links the phone, saves a vCard and leaves the route to a click', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, '/netzwerk/ankommenspaten');
  const phone = page.getByRole('link', { name: '0531 4811020' });
  await phone.waitFor();
  assert.equal(await phone.getAttribute('href'), 'tel:+495314811020');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Kontakt speichern' }).click()]);
  assert.equal(download.suggestedFilename(), 'ankommenspaten.vcf');
  const card = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(card).toString('utf8');
  assert.match(text, /^BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ankommenspaten/);
  assert.match(text, /TEL;TYPE=WORK,VOICE:0531 4811020/);
  await visit(page, '/netzwerk/refugium-fluechtlingshilfe');
  const route = page.getByRole('link', { name: 'Route' });
  assert.match(await route.getAttribute('href'), /^https:\/\/www\.openstreetmap\.org\/search\?query=Steinweg%205/);
  await page.locator('dt', { hasText: 'Quelle' }).waitFor();
  await page.screenshot({ path: screenshotPath('network-phone'), fullPage: true });
  assert.deepEqual(problems, NO_PROBLEMS, 'nothing was loaded from openstreetmap.org');
  await context.close();
});

test('when the API fails: a clear message, the phone number and a working retry', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await page.route('**/api/districts', (route) => route.abort('connectionrefused'));
  // The map's pages bring their districts: a page without them, then the map, must load them.
  await visit(page, '/kontakt');
  await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
  await page.locator('header a.brand').click();
  await page.getByText('Die Daten konnten nicht geladen werden.').waitFor();
  assert.equal(await page.locator('.load-error a[href="tel:+495314705091"]').count(), 1);
  await page.unroute('**/api/districts');
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.locator('svg.district-map a').first().waitFor();
  await context.close();
});

test('/ueber explains the Koordinierungsstelle; the contact is one tap away everywhere', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/ueber');
  for (const text of ['15. März 2016', '1. April 2016', 'Steuerungskreis INTEGRATION', 'Runder Tisch', 'Ein Netzwerk fehlt?']) {
    assert.ok(await page.getByText(text, { exact: false }).count() > 0, text);
  }
  for (const path of ['/', '/bezirk/130', '/netzwerk/drk-kaufbar', '/mitmachen?bezirk=130']) {
    await visit(page, path);
    await page.locator('footer a[href="tel:+495314705091"]').waitFor();
    await page.locator('header a[href="/kontakt"]').waitFor();
  }
  await context.close();
});

test('the map at desktop size', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/');
  await page.locator('svg.district-map a').first().waitFor();
  await page.screenshot({ path: screenshotPath('map-desktop') });
  assert.deepEqual(problems, NO_PROBLEMS);
  await context.close();
});
