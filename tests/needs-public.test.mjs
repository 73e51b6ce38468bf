// Current needs on the public pages, in Chromium against the real Worker and local D1: a need
// a coordinator posted shows on the map's badge, in "Gerade gesucht", in its district's panel
// (filtered with the networks), on its network's page and on its own page, in German and in
// Arabic, with and without the app; "Ich helfe mit" opens the form with the need ticked; its
// last day moved into the past in the database takes it off every public page and answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  launch, openPage, visit, request, d1, newCoordinator, tag, berlinDay, needBody, postNeed, NEED_NETWORK, PHONE, DESKTOP,
} from './support.mjs';

const COORDINATOR = newCoordinator('gesuche-karte');
const DISTRICT = 130;
let browser;
let posted;

before(async () => {
  COORDINATOR.add();
  posted = await postNeed(COORDINATOR.token, needBody(`Hausaufgabenhilfe gesucht ${tag()}`));
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function noAxeViolations(page, state) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], state);
}

/** Today's open needs of the district, as the API counts them. */
async function needCount() {
  return (await request('/api/districts')).json().find((d) => d.number === DISTRICT).need_count;
}

const ready = (page) => page.locator('main[data-bereit]').waitFor({ state: 'attached' });

test('the start page: the district badge counts the need, "Gerade gesucht" lists it first, and it leads to its page', async () => {
  const count = await needCount();
  assert.ok(count >= 1);
  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, '/');
  const link = page.locator(`svg a[href="/bezirk/${DISTRICT}"]`);
  const label = await link.getAttribute('aria-label');
  assert.match(label, new RegExp(`^Mitte, \\d+ Netzwerk(e)?, ${count} Gesuch(e)?$`), 'a screen reader hears both counts');
  assert.equal(await page.locator(`.district-label[data-bezirk="${DISTRICT}"] .need-badge text`).textContent(), String(count));
  assert.match(await page.locator('.district-list a[href="/bezirk/130"]').textContent(), new RegExp(`${count} Gesuch`));
  const recent = page.locator('.recent-needs');
  assert.equal(await recent.getByRole('heading', { level: 2 }).textContent(), 'Gerade gesucht');
  assert.ok(await recent.locator('li').count() <= 5, 'at most five');
  const first = recent.locator('li a').first();
  assert.equal(await first.textContent(), posted.title, 'the newest first');
  assert.equal(await first.getAttribute('lang'), 'de');
  await ready(page);
  await noAxeViolations(page, 'start page with a need');

  // Its own page: the Worker's full page (need links are `rel="external"`).
  await first.click();
  await page.getByRole('heading', { level: 1, name: posted.title }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/gesuch/${posted.slug}`);
  assert.match(await page.title(), new RegExp(posted.title));
  assert.match(await page.locator('.need-detail').textContent(), /Dienstag nachmittags/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the district panel lists the need above the networks, and the filters apply to both', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/');
  await ready(page);
  // Tapped on the map: the app renders the panel.
  await page.locator(`svg a[href="/bezirk/${DISTRICT}"]`).click();
  const panel = page.locator('.panel');
  const card = panel.getByRole('article', { name: posted.title });
  await card.waitFor();
  const above = await page.evaluate(() => {
    const need = document.querySelector('.panel .needs');
    const network = document.querySelector('.panel .network-card');
    return Boolean(need.compareDocumentPosition(network) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(above, 'the needs come before the networks');
  assert.match(await panel.locator('.result-count').textContent(), /\d+ Gesuch(e)? gefunden\. \d+ Netzwerk(e)? gefunden\./);
  assert.equal(await card.getByRole('link', { name: 'Ich helfe mit' }).getAttribute('href'), `/mitmachen?gesuch=${posted.slug}`);
  await noAxeViolations(page, 'district panel with a need');

  await page.getByLabel('Aktivität', { exact: true }).selectOption('beratung');
  await card.waitFor({ state: 'detached' });
  assert.equal(await panel.getByRole('article', { name: /Refugium/ }).count(), 1, 'the networks are filtered on their own');
  await page.getByLabel('Aktivität', { exact: true }).selectOption('patenschaften');
  await card.waitFor();
  await page.getByLabel('Suche', { exact: true }).fill('stadtteilcafe');
  await card.waitFor();
  await page.getByLabel('Suche', { exact: true }).fill('gibt es nicht');
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the sent district page and the network page list the need; without JavaScript too', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ viewport: PHONE, locale: 'de-DE', javaScriptEnabled, serviceWorkers: 'block' });
    const page = await context.newPage();
    await visit(page, `/bezirk/${DISTRICT}?aktivitaet=patenschaften`);
    const sent = page.locator('.panel .needs').getByRole('article', { name: posted.title });
    assert.equal(await sent.count(), 1);
    if (javaScriptEnabled) {
      // The app keeps the sent panel; a changed filter re-renders its needs and networks.
      await ready(page);
      await page.getByLabel('Aktivität', { exact: true }).selectOption('beratung');
      await sent.waitFor({ state: 'detached' });
      await page.getByLabel('Aktivität', { exact: true }).selectOption('');
      await sent.waitFor();
    }
    await visit(page, `/netzwerk/${NEED_NETWORK}`);
    const own = page.locator('.needs');
    assert.equal(await own.getByRole('heading', { level: 2 }).textContent(), 'Aktuelle Gesuche');
    assert.equal(await own.getByRole('article', { name: posted.title }).count(), 1);
    if (javaScriptEnabled) {
      await ready(page);
      await noAxeViolations(page, 'network page with a need');
    }
    await context.close();
  }
});

test('the need\'s own page in German and Arabic, its link preview, and "Ich helfe mit"', async () => {
  const preview = await request(`/gesuch/${posted.slug}`, { headers: { Accept: '*/*' } });
  assert.equal(preview.status, 200);
  assert.match(preview.text, new RegExp(`<meta property="og:title" content="${posted.title} – [^"]+">`));
  assert.match(preview.text, /<meta property="og:description" content="Gemeinsam Deutsch üben/);

  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, `/gesuch/${posted.slug}?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.textContent(), posted.title);
  assert.equal(await heading.getAttribute('lang'), 'de', 'the need\'s text is marked with its own language');
  assert.match(await page.locator('.need-until').textContent(), /^مطلوب حتى /);
  await ready(page);
  await noAxeViolations(page, 'need page in Arabic');

  await visit(page, `/gesuch/${posted.slug}?lang=de`);
  await ready(page);
  await noAxeViolations(page, 'need page in German');
  const facts = await page.locator('.facts').textContent();
  for (const fact of ['Refugium Flüchtlingshilfe e.V.', 'Patenschaften', 'dienstags 15–17 Uhr', 'Stadtteilcafé', '2 Personen', 'Deutsch, Persisch/Dari']) {
    assert.ok(facts.includes(fact), `${fact} in ${facts}`);
  }
  await page.getByRole('link', { name: 'Ich helfe mit' }).click();
  await page.locator('#feld-need').waitFor();
  assert.equal(await page.locator('#feld-need').isChecked(), true);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a need that does not exist is a 404 with a page that says so', async () => {
  const missing = await request('/gesuch/gibt-es-nicht', { headers: { Accept: 'text/html' } });
  assert.equal(missing.status, 404);
  assert.match(missing.text, /<h1>Gesuch nicht gefunden<\/h1>/);
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/gesuch/gibt-es-nicht?lang=ar');
  await ready(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'لم يتم العثور على الطلب');
  await noAxeViolations(page, 'a need that does not exist, in Arabic');
  await context.close();
});

test('the day after its last day the need is gone from every public page and answer', async () => {
  const before = await needCount();
  // Its last day moved into the past in the database: no coordinator did anything to it.
  d1(`UPDATE needs SET valid_until = '${berlinDay(-1)}' WHERE id = '${posted.id}'`);
  assert.equal(await needCount(), before - 1, 'the badge counts one fewer');
  assert.ok(!(await request('/api/needs')).json().some((n) => n.slug === posted.slug));
  assert.equal((await request(`/api/needs/${posted.slug}`)).status, 404);
  for (const path of ['/', `/bezirk/${DISTRICT}`, `/netzwerk/${NEED_NETWORK}`]) {
    const page = await request(path, { headers: { Accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes(posted.slug), `${path} no longer lists it`);
  }
  const gone = await request(`/gesuch/${posted.slug}`, { headers: { Accept: 'text/html' } });
  assert.equal(gone.status, 404);
  assert.match(gone.text, /Gesuch nicht gefunden/);
});
