// Entries that stay current, against the real Worker and local D1 (mail off): every entry says
// when it was last confirmed and by whom; one nobody confirmed for CONFIRM_AFTER_DAYS (or ever)
// says "Angaben möglicherweise veraltet", is drawn fainter and comes after the current ones in
// its district, in German and Arabic alike; the API says `stale`, its ETag names the day; the
// coordinators' list "Veraltet / bald veraltet" puts entries without an access first; with
// mail off the editors' area asks on top.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request, d1, newCoordinator, launch, openPage, visit, violations, DESKTOP } from './support.mjs';

const COORDINATOR = newCoordinator('veraltet');
const admin = (method, path, body) => request(path, {
  method, body: body && JSON.stringify(body),
  headers: { Authorization: `Bearer ${COORDINATOR.token}`, 'Content-Type': 'application/json' },
});
// A district of this file's own, so the order of its cards is this file's to decide.
const DISTRICT = 212;
let browser;
const created = [];
before(async () => {
  COORDINATOR.add();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const id of created) assert.equal((await admin('POST', `/api/admin/networks/${id}/archive`)).status, 200);
});

const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString();

/** A network of this file's own in DISTRICT, last confirmed `confirmedDaysAgo` days ago (or never). */
async function network(name, confirmedDaysAgo) {
  const answer = await admin('POST', '/api/admin/networks', {
    name, organiser: 'Beispielverein Braunschweig e. V.', district: DISTRICT,
    description: 'Sprachcafé am Montag.', activities: ['sprachcafe'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2025,
  });
  assert.equal(answer.status, 201, answer.text);
  const { id, slug } = answer.json();
  created.push(id);
  if (confirmedDaysAgo !== null) {
    d1(`UPDATE networks SET confirmed_at = '${daysAgo(confirmedDaysAgo)}', confirmed_by = 'coordination' WHERE id = '${id}'`);
  }
  return { id, slug, name };
}

test('a stale entry says so, is drawn fainter and comes last in its district, in German and Arabic', async () => {
  const run = randomUUID().slice(0, 6);
  // By name "Alpha" would come first: being stale puts it last.
  const stale = await network(`Alpha ${run}`, 400);
  const never = await network(`Beta ${run}`, null);
  const current = await network(`Gamma ${run}`, 10);
  const soon = await network(`Delta ${run}`, 350);

  const listed = await request(`/api/networks?district=${DISTRICT}`);
  assert.equal(listed.status, 200);
  const mine = listed.json().filter((n) => n.name.endsWith(run));
  assert.deepEqual(mine.map((n) => [n.name.split(' ')[0], n.stale]),
    [['Delta', false], ['Gamma', false], ['Alpha', true], ['Beta', true]]);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  assert.ok(listed.headers.etag.includes(today), `the ETag names the day: ${listed.headers.etag}`);
  assert.equal((await request(`/api/networks/${stale.slug}`)).json().stale, true);
  assert.equal((await request(`/api/networks/${soon.slug}`)).json().stale, false);

  const { page } = await openPage(browser);
  await visit(page, `/bezirk/${DISTRICT}?lang=de`);
  const names = await page.locator('.network-card h2').allTextContents();
  const order = names.filter((n) => n.endsWith(run)).map((n) => n.split(' ')[0]);
  assert.deepEqual(order, ['Delta', 'Gamma', 'Alpha', 'Beta']);
  const card = (name) => page.locator('.network-card', { has: page.getByRole('heading', { name }) });
  assert.match(await card(stale.name).getAttribute('class'), /card-stale/);
  const look = (name) => card(name).evaluate((el) => `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).borderStyle}`);
  assert.notEqual(await look(stale.name), await look(current.name), 'drawn otherwise than a current one');
  assert.doesNotMatch(await card(current.name).getAttribute('class'), /card-stale/);
  await card(stale.name).getByText('Angaben möglicherweise veraltet').waitFor();
  await card(stale.name).getByText(/Zuletzt bestätigt am \d\d\.\d\d\.\d{4} von der Koordinierungsstelle/).waitFor();
  await card(never.name).getByText('Angaben möglicherweise veraltet').waitFor();
  await card(current.name).getByText(/Zuletzt bestätigt am/).waitFor();
  assert.equal(await card(current.name).getByText('Angaben möglicherweise veraltet').count(), 0);
  // Fainter, and still readable: axe checks the contrast of the faded card too.
  assert.deepEqual(await violations(page), [], 'the district with stale entries');

  await visit(page, `/bezirk/${DISTRICT}?lang=ar`);
  const arabic = await page.locator('.network-card h2').allTextContents();
  assert.deepEqual(arabic.filter((n) => n.endsWith(run)).map((n) => n.split(' ')[0]), ['Delta', 'Gamma', 'Alpha', 'Beta']);
  const arabicStale = await card(stale.name).locator('.badge-old').first().textContent();
  assert.ok(arabicStale.length > 5 && !/veraltet/.test(arabicStale), `Arabic words: ${arabicStale}`);
  assert.deepEqual(await violations(page), [], 'the district in Arabic');

  await visit(page, `/netzwerk/${stale.slug}`);
  await page.getByText('Diese Angaben hat lange niemand bestätigt.', { exact: false }).waitFor();
  await page.getByRole('link', { name: 'Ist das Ihr Netzwerk? Zugang anfragen' }).waitFor();
});

test('the coordinators\' list "Veraltet / bald veraltet": entries without an access first; confirming one takes it off', async () => {
  const run = randomUUID().slice(0, 6);
  const kept = await network(`Kept ${run}`, 400);
  const alone = await network(`Alone ${run}`, 340);
  const email = `zugang-${randomUUID()}@refugium.example`;
  assert.equal((await admin('POST', '/api/admin/editors', { name: 'Lea Beispiel', email, networks: [kept.id], language: 'de' })).status, 201);

  const list = (await admin('GET', '/api/admin/freshness')).json();
  const mine = list.filter((item) => item.network.name.endsWith(run));
  assert.deepEqual(mine.map((i) => [i.network.name.split(' ')[0], i.freshness, i.editors]),
    [['Alone', 'soon', 0], ['Kept', 'stale', 1]]);
  assert.ok(list.findIndex((i) => i.editors > 0) === -1
    || list.slice(list.findIndex((i) => i.editors > 0)).every((i) => i.editors > 0), 'no access first');

  const { page } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Veraltet' }).click();
  await page.getByRole('heading', { name: 'Veraltet / bald veraltet' }).waitFor();
  const line = page.getByRole('listitem').filter({ hasText: alone.name });
  await line.getByText('ohne Netzwerk-Zugang: bitte selbst prüfen', { exact: false }).waitFor();
  assert.deepEqual(await violations(page), [], 'Veraltet / bald veraltet');
  await line.getByRole('button', { name: 'Bestätigen' }).click();
  await page.getByText(`„${alone.name}“ ist bestätigt.`).waitFor();
  await page.getByRole('listitem').filter({ hasText: alone.name }).waitFor({ state: 'detached' });
  const after = (await request(`/api/networks/${alone.slug}`)).json();
  assert.equal(after.stale, false);
  assert.equal(after.confirmed_by, 'coordination');
});

test('with mail off the editors\' area asks on top to confirm an entry that goes stale', async () => {
  const entry = await network(`Erinnerung ${randomUUID().slice(0, 6)}`, 345);
  const email = `zugang-${randomUUID()}@refugium.example`;
  const given = await admin('POST', '/api/admin/editors', { name: 'Lea Beispiel', email, networks: [entry.id], language: 'de' });
  assert.equal(given.status, 201, given.text);
  const { page } = await openPage(browser);
  await page.goto(given.json().link);
  await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await page.getByRole('button', { name: 'Ich stimme zu' }).click();
  const prompt = page.getByRole('region', { name: 'Bitte bestätigen' });
  await prompt.getByText(`„${entry.name}“: Stimmt noch alles?`, { exact: false }).waitFor();
  assert.deepEqual(await violations(page), [], 'the area with its prompt');
  await prompt.getByRole('button', { name: 'Stimmt noch' }).click();
  await page.getByText('Danke! Der Eintrag ist heute vom Netzwerk bestätigt.').waitFor();
  await page.getByRole('region', { name: 'Bitte bestätigen' }).waitFor({ state: 'detached' });
  assert.equal((await request(`/api/networks/${entry.slug}`)).json().confirmed_by, 'network');
});
