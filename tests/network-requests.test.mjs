// Organisations claim an entry or suggest a network, against the real Worker and local D1
// (mail off): "Ist das Ihr Netzwerk? Zugang anfragen" on a network's page → the form → the
// coordinators' queue → verified by phone → access with the confirmed name (its link shown
// once); "Netzwerk vorschlagen" → accepted → on the map, not confirmed, source "Vorschlag des
// Netzwerks", Stand the day. The intake's rules (422 by code, 409, idempotency), and a
// declined request erased 30 days later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request, d1, newCoordinator, launch, openPage, visit, violations, freshAddress, DESKTOP } from './support.mjs';

const COORDINATOR = newCoordinator('anfragen');
const admin = (method, path, body) => request(path, {
  method, body: body && JSON.stringify(body),
  headers: { Authorization: `Bearer ${COORDINATOR.token}`, 'Content-Type': 'application/json' },
});
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

const person = (overrides = {}) => ({
  name: 'Erika Beispiel', role: 'Vorstand', email: `anfrage-${randomUUID()}@beispiel.example`,
  phone: '0531 123456', message: '', language: 'de', website: '', ...overrides,
});
const post = (path, body, key = randomUUID()) => request(path, {
  method: 'POST', localAddress: freshAddress(), body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
});

async function signedInArea(tab) {
  const { page } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: tab }).click();
  return page;
}

test('a claim from the network\'s page → verified → access with the confirmed name, its link shown once', async () => {
  const made = await admin('POST', '/api/admin/networks', {
    name: `Nachbarschaftshilfe ${randomUUID().slice(0, 6)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 221,
    description: 'Hilfe im Alltag.', activities: ['begegnung'], languages: ['de'], source: { name: 'Koordinierungsstelle' }, stand: 2025,
  });
  assert.equal(made.status, 201, made.text);
  const network = made.json();
  created.push(network.id);
  const email = `anfrage-${randomUUID()}@beispiel.example`;

  const { page } = await openPage(browser);
  await visit(page, `/netzwerk/${network.slug}`);
  await page.getByRole('link', { name: 'Ist das Ihr Netzwerk? Zugang anfragen' }).click();
  await page.getByRole('heading', { name: 'Ist das Ihr Netzwerk? Zugang anfragen' }).waitFor();
  const select = page.getByLabel('Netzwerk', { exact: true });
  await page.waitForFunction((slug) => document.getElementById('feld-network').value === slug, network.slug);
  assert.equal(await select.inputValue(), network.slug, 'the network of the page is chosen');
  assert.deepEqual(await violations(page), [], 'the claim form');
  await page.getByLabel('Ihr Name').fill('Erika B.');
  await page.getByLabel('Ihre Aufgabe im Netzwerk').fill('Vorstand');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Telefonnummer').fill('12');
  await page.getByRole('button', { name: 'Zugang anfragen' }).click();
  await page.getByText('Bitte geben Sie eine Telefonnummer mit Vorwahl an', { exact: false }).waitFor();
  await page.getByLabel('Telefonnummer').fill('0531 987654');
  await page.getByRole('button', { name: 'Zugang anfragen' }).click();
  await page.getByText('Danke! Die Koordinierungsstelle meldet sich bei Ihnen.').waitFor();

  const coordinator = await signedInArea('Anfragen');
  const card = coordinator.locator('article', { hasText: `Zugang für „${network.name}“` });
  await card.getByText('0531 987654').waitFor();
  assert.deepEqual(await violations(coordinator), [], 'the queue');
  // After the call: the full name, as the person confirmed it on the phone.
  await card.getByLabel('Name für die Einladung', { exact: false }).fill('Erika Beispiel');
  await card.getByRole('button', { name: 'Zugang geben' }).click();
  const shown = coordinator.getByText('Ohne E-Mail-Versand: Bitte geben Sie diesen Link weiter', { exact: false });
  await shown.waitFor();
  assert.match(await shown.textContent(), /\/mein-netzwerk\/anmelden#[0-9a-f]{64}/);
  const access = (await admin('GET', '/api/admin/editors')).json().find((e) => e.email === email);
  assert.equal(access.name, 'Erika Beispiel', 'the invitation greets with the confirmed name');
  assert.deepEqual(access.networks, [network.id]);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM network_requests WHERE email = '${email}'`)[0].n, 0, 'the claim is gone with the access given');
  const logged = d1(`SELECT action FROM audit_log WHERE action = 'editor.create_from_request' AND target = '${access.id}'`);
  assert.equal(logged.length, 1);
});

test('a suggestion → accepted → on the map, not confirmed, "Vorschlag des Netzwerks", Stand the day', async () => {
  const name = `Sprachcafé Vorschlag ${randomUUID().slice(0, 6)}`;
  const { page } = await openPage(browser);
  await visit(page, '/bezirk/221');
  await page.getByRole('link', { name: 'Netzwerk vorschlagen' }).click();
  await page.getByRole('heading', { name: 'Netzwerk vorschlagen' }).waitFor();
  assert.deepEqual(await violations(page), [], 'the suggestion form');
  await page.getByLabel('Name des Netzwerks').fill(name);
  await page.getByLabel('Träger').fill('Nachbarschaftsverein Weststadt e. V.');
  await page.getByLabel('Stadtbezirk').selectOption('221');
  await page.getByLabel('Was macht das Netzwerk?').fill('Jeden Dienstag Deutsch üben, mit Kinderbetreuung.');
  await page.getByLabel('Ihr Name').fill('Erika Beispiel');
  await page.getByLabel('Ihre Aufgabe im Netzwerk').fill('Koordination');
  await page.getByLabel('E-Mail-Adresse').fill(`vorschlag-${randomUUID()}@beispiel.example`);
  await page.getByLabel('Telefonnummer').fill('0531 123456');
  await page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await page.getByText('Danke! Die Koordinierungsstelle meldet sich bei Ihnen.').waitFor();
  assert.equal((await request('/api/networks?district=221')).json().filter((n) => n.name === name).length, 0, 'not on the map before');

  const coordinator = await signedInArea('Anfragen');
  const card = coordinator.locator('article', { hasText: `Vorschlag: „${name}“` });
  await card.getByText('Nachbarschaftsverein Weststadt e. V.').waitFor();
  await card.getByLabel('Der Person Zugang geben').uncheck();
  await card.getByRole('button', { name: 'Auf die Karte' }).click();
  await coordinator.getByText('Der Eintrag ist auf der Karte', { exact: false }).waitFor();

  const entry = (await request('/api/networks?district=221')).json().find((n) => n.name === name);
  assert.ok(entry, 'on the map');
  created.push(entry.id);
  assert.equal(entry.source.name, 'Vorschlag des Netzwerks');
  assert.equal(entry.confirmed_at, null);
  assert.equal(entry.stale, true, 'not confirmed yet: it counts as stale');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  assert.equal(entry.stand_day, today);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM network_revisions WHERE network_id = '${entry.id}' AND number = 1`)[0].n, 1, 'its first revision');
  await visit(page, `/netzwerk/${entry.slug}`);
  await page.getByText(`Vorschlag des Netzwerks, Stand ${today.split('-').reverse().join('.')}`).waitFor();
  await page.getByText('nicht bestätigt', { exact: true }).first().waitFor();
});

test('the forms in the five languages: Arabic right to left, its field errors in Arabic', async () => {
  const { page } = await openPage(browser);
  await visit(page, '/netzwerk-vorschlagen?lang=ar');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  assert.ok(!/vorschlagen/i.test(heading), `an Arabic heading: ${heading}`);
  await page.locator('#feld-phone').fill('12');
  await page.locator('form button[type=submit]').click();
  const error = page.locator('#phone-fehler');
  await error.waitFor();
  assert.ok(!/Telefonnummer/.test(await error.textContent()), 'the error in Arabic');
  assert.deepEqual(await violations(page), [], 'the suggestion form in Arabic');
  for (const lang of ['en', 'fa', 'uk']) {
    const answer = await request(`/zugang-anfragen?lang=${lang}`);
    assert.equal(answer.status, 200);
    assert.match(answer.text, new RegExp(`<html[^>]+lang="${lang}"`));
  }
});

test('the intake: each bad field by its code (422), an unknown entry (409), a retry keeps its id', async () => {
  const bad = await post('/api/claims', person({ network: 'refugium-fluechtlingshilfe', name: 'E', role: '', email: 'nope', phone: '', language: 'fr' }));
  assert.equal(bad.status, 422);
  assert.equal(bad.headers['content-type'], 'application/problem+json');
  assert.deepEqual(bad.json().codes, {
    name: 'name.too_short', role: 'role.too_short', email: 'email.invalid', phone: 'phone.required', language: 'language.unknown',
  });
  const unknown = await post('/api/claims', person({ network: 'gibt-es-nicht' }));
  assert.equal(unknown.status, 409);
  assert.equal(unknown.json().codes.network, 'network.unknown');
  const extra = await post('/api/suggestions', { ...person(), network_name: 'Netz', organiser: 'Verein', description: 'x', district: 999, surprise: 1 });
  assert.equal(extra.status, 422);
  assert.equal(extra.json().codes.surprise, 'field.unknown');

  const key = randomUUID();
  const body = person({ network: 'refugium-fluechtlingshilfe' });
  const first = await post('/api/claims', body, key);
  assert.equal(first.status, 201, first.text);
  const again = await post('/api/claims', body, key);
  assert.equal(again.status, 200);
  assert.equal(again.json().id, first.json().id);
  assert.equal((await post('/api/claims', { ...body, role: 'Kasse' }, key)).status, 409, 'the same key, another request');
});

test('a coordinator erases a request at once, with its audit entry; an unknown one is a 404', async () => {
  const sent = await post('/api/suggestions', { ...person(), network_name: 'Netz zum Löschen', organiser: 'Verein e. V.', description: 'Wird gelöscht.', district: null });
  assert.equal(sent.status, 201, sent.text);
  const id = sent.json().id;
  assert.equal((await admin('DELETE', `/api/admin/network-requests/${id}`)).status, 204);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM network_requests WHERE id = '${id}'`)[0].n, 0);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'network_request.erase' AND target = '${id}'`)[0].n, 1);
  const again = await admin('DELETE', `/api/admin/network-requests/${id}`);
  assert.equal(again.status, 404);
  assert.equal(again.headers['content-type'], 'application/problem+json');
});

test('a declined request is kept 30 days, then erased by the daily run, with its audit entry', async () => {
  const sent = await post('/api/claims', person({ network: 'refugium-fluechtlingshilfe' }));
  assert.equal(sent.status, 201, sent.text);
  const id = sent.json().id;
  assert.equal((await admin('POST', `/api/admin/network-requests/${id}`, { decision: 'decline' })).status, 204);
  assert.equal((await admin('POST', `/api/admin/network-requests/${id}`, { decision: 'decline' })).status, 409, 'decided');
  const listed = (await admin('GET', '/api/admin/network-requests')).json().find((r) => r.id === id);
  assert.equal(listed.status, 'declined');
  const run = () => request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal((await run()).status, 200);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM network_requests WHERE id = '${id}'`)[0].n, 1, 'kept within 30 days');
  d1(`UPDATE network_requests SET decided_at = '${new Date(Date.now() - 31 * 86_400_000).toISOString()}' WHERE id = '${id}'`);
  assert.equal((await run()).status, 200);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM network_requests WHERE id = '${id}'`)[0].n, 0, 'erased after 30 days');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'network_request.retention' AND target = '${id}'`)[0].n, 1);
});
