// Five languages: the switcher, ?lang= and local storage, the browser's language on a first
// visit, right-to-left for Arabic and Persian, and every page in Arabic. (That every language
// has exactly the German messages is proven by the xtask unit test on the Fluent files.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, screenshotPath } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ARABIC = /[\u0600-\u06FF]/;
// Words of the German interface that must not be left in another language's page.
const GERMAN_WORDS = ['Netzwerk', 'Stadtbezirk', 'Bitte', 'Quelle', 'Sprache', 'Mitmachen', 'Datenschutz',
  'Kontakt', 'Telefon', 'bestätigt', 'Karte', 'Suche', 'Zeichen', 'Absenden', 'Stadtweit', 'Einwilligung'];

/** The text of <main> without the parts that are German by nature (marked lang="de"). */
async function interfaceText(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    for (const own of main.querySelectorAll('[lang]:not([lang="ar"])')) own.remove();
    return main.textContent;
  });
}

async function documentLanguage(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

test('the switcher names each language in itself and switches to Arabic: rtl, Arabic texts, ?lang=ar', async () => {
  const { context, page, problems } = await openPage(browser);
  await visit(page, '/');
  await page.locator('svg.district-map a').first().waitFor();
  const names = await page.locator('.lang-switch a').allTextContents();
  assert.deepEqual(names, ['Deutsch', 'English', 'العربية', 'فارسی', 'Українська']);
  assert.deepEqual(await documentLanguage(page), ['de', 'ltr']);
  assert.equal(new URL(page.url()).search, '', 'German, the default, keeps the URL as it is');

  await Promise.all([page.waitForURL(/lang=ar/), page.getByRole('link', { name: 'العربية' }).click()]);
  await page.locator('svg.district-map a').first().waitFor();
  assert.deepEqual(await documentLanguage(page), ['ar', 'rtl']);
  assert.match(await page.locator('main h1').textContent(), ARABIC);
  assert.match(await page.locator('.skip-link').textContent(), ARABIC);
  assert.match(await page.locator('.site-footer nav').getAttribute('aria-label'), ARABIC);
  assert.equal(await page.locator('.lang-switch a[aria-current="true"]').textContent(), 'العربية');
  assert.match(await page.title(), ARABIC);

  // Kept (the cookie "sprache"): a link without ?lang= opens in Arabic, and the URL says so.
  await visit(page, '/kontakt');
  await page.locator('.contact-card').waitFor();
  assert.deepEqual(await documentLanguage(page), ['ar', 'rtl']);
  assert.match(page.url(), /\/kontakt\?lang=ar$/);

  // And back to German.
  await Promise.all([page.waitForURL((url) => !url.search.includes('lang=')), page.getByRole('link', { name: 'Deutsch' }).click()]);
  await page.locator('.contact-card').waitFor();
  assert.deepEqual(await documentLanguage(page), ['de', 'ltr']);
  assert.equal(await page.locator('main h1').textContent(), 'Kontakt');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('every public page is Arabic and right-to-left with ?lang=ar', async () => {
  const { context, page, problems } = await openPage(browser);
  const pages = [
    ['/', 'svg.district-map a'],
    ['/bezirk/130', '.network-card'],
    ['/netzwerk/refugium-fluechtlingshilfe', '.network-detail h1'],
    ['/ueber', '.contact-card'],
    ['/kontakt', '.contact-card'],
    ['/gibt-es-nicht', 'main h1'],
    ['/mitmachen?bezirk=130', 'button[type="submit"]'],
    ['/datenschutz', '.contact-card'],
  ];
  for (const [path, ready] of pages) {
    const separator = path.includes('?') ? '&' : '?';
    await visit(page, `${path}${separator}lang=ar`);
    await page.locator(ready).first().waitFor();
    assert.deepEqual(await documentLanguage(page), ['ar', 'rtl'], path);
    const heading = (await page.locator('main h1').first().textContent()) ?? '';
    // A network's and a district's own names stay as they are; every other heading is Arabic.
    if (!/^\/(netzwerk|bezirk)\//.test(path)) assert.match(heading, ARABIC, `${path}: ${heading}`);
    assert.match(await page.locator('main').innerText(), ARABIC, path);
    const text = await interfaceText(page);
    for (const word of GERMAN_WORDS) assert.ok(!text.includes(word), `${path}: German "${word}" in the Arabic page`);
    assert.match(await page.locator('.site-header nav').innerText(), ARABIC, path);
  }
  // /gibt-es-nicht is a 404 page by design: Chromium logs its status as a console error.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/status of 404/.test(e)), []);
  assert.deepEqual(problems.errorResponses.filter((r) => !r.includes('/gibt-es-nicht')), []);
  await context.close();
});

test('network content keeps its own language; numbers stay left-to-right; the map is not mirrored', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/bezirk/130?lang=ar');
  await page.locator('.network-card').first().waitFor();
  assert.equal(await page.locator('.network-card h2').first().getAttribute('lang'), 'de');
  assert.equal(await page.locator('.network-card .description').first().getAttribute('lang'), 'de');
  // West stays west: Weststadt (221) lies left of Östliches Ringgebiet (120), as on any map.
  const west = await page.locator('a.district[href="/bezirk/221"]').boundingBox();
  const east = await page.locator('a.district[href="/bezirk/120"]').boundingBox();
  assert.ok(west.x + west.width / 2 < east.x + east.width / 2, 'the map is not mirrored');
  await visit(page, '/kontakt?lang=ar');
  await page.locator('.contact-card').waitFor();
  assert.equal(await page.locator('.contact-phone').evaluate((e) => getComputedStyle(e).direction), 'ltr');
  assert.equal(await page.locator('.site-footer .phone span[dir="ltr"]').textContent(), '0531 4705091');
  await context.close();
});

test('a first visit follows the browser language; the switcher keeps the page and its filters', async () => {
  const { context, page } = await openPage(browser, undefined, { locale: 'uk-UA' });
  await visit(page, '/bezirk/130?sprache=ar');
  await page.locator('.result-count').waitFor();
  assert.deepEqual(await documentLanguage(page), ['uk', 'ltr']);
  assert.match(page.url(), /\/bezirk\/130\?sprache=ar&lang=uk$/);
  assert.match(await page.locator('.result-count').textContent(), /Знайдено|Мереж не знайдено/);
  await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
  await page.locator('.result-count').waitFor();
  assert.match(page.url(), /\/bezirk\/130\?sprache=ar&lang=en$/);
  assert.equal(await page.locator('#filter-sprache').inputValue(), 'ar');
  assert.match(await page.locator('.panel-lead').textContent(), /Networks in this district/);
  await context.close();
});

test('the form and its errors in Persian', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/mitmachen?lang=fa');
  await page.locator('button[type="submit"]').click();
  await page.locator('.field-error').first().waitFor();
  assert.deepEqual(await documentLanguage(page), ['fa', 'rtl']);
  const errors = await page.locator('.field-error').allTextContents();
  for (const error of errors) assert.match(error, ARABIC, `untranslated: ${error}`);
  assert.match(errors.join(' '), /[پچژگ]/, 'Persian, not Arabic');
  assert.match(await page.locator('.form-notice').textContent(), /لطفاً/);
  await context.close();
});

test('screenshots of the map in German and Arabic at 390×844', async () => {
  const { context, page } = await openPage(browser);
  for (const lang of ['de', 'ar']) {
    await visit(page, `/?lang=${lang}`);
    await page.locator('svg.district-map a').first().waitFor();
    await page.screenshot({ path: screenshotPath(`map-${lang}-390x844`) });
  }
  await context.close();
});
