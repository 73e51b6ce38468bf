// Networks post their own needs and meet the volunteers who answer, against the real Worker and
// local D1 (mail off): an editor posts a need, which waits for review until the coordinators
// trust the network; a volunteer who answers in Ukrainian lets the network contact her, another
// does not; the editor sees exactly the first, marks the contact, the volunteer's page shows it;
// taking the permission back takes her out of the network's view; a second network's editor
// sees nothing of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  request, d1, newCoordinator, launch, openPage, visit, violations, berlinDay, tag, registration,
  postRegistration, coordinatorApi, DESKTOP, PHONE,
} from './support.mjs';

const COORDINATOR = newCoordinator('gesuche-netz');
const admin = coordinatorApi(COORDINATOR);
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

/** A network of this file's own, confirmed today, with an editor's access: its sign-in link. */
async function networkWithEditor(name) {
  const answer = await admin('POST', '/api/admin/networks', {
    name, organiser: 'Beispielverein Braunschweig e. V.', district: 130,
    description: 'Sprachcafé am Montag.', activities: ['sprachcafe'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2026,
  });
  assert.equal(answer.status, 201, answer.text);
  const { id, slug } = answer.json();
  created.push(id);
  const email = `zugang-${randomUUID()}@verein.example`;
  const given = await admin('POST', '/api/admin/editors', { name: 'Lea Beispiel', email, networks: [id], language: 'de' });
  assert.equal(given.status, 201, given.text);
  return { id, slug, name, link: given.json().link };
}

/** Signs an editor in through their link's page, with the terms: the page, in the area. */
async function signIn(link) {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await page.goto(link);
  await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await page.getByRole('button', { name: 'Ich stimme zu' }).click();
  await page.getByRole('region', { name: 'Gesuche' }).waitFor();
  return { context, page, problems };
}

/** The editor's session cookie of `page`, for API calls as that editor. */
async function editorCookie(page) {
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes('netzwerk-sitzung'));
  return `${session.name}=${session.value}`;
}

async function postNeedInArea(page, title) {
  const needs = page.getByRole('region', { name: 'Gesuche' });
  await needs.getByRole('button', { name: 'Neues Gesuch' }).click();
  await needs.getByLabel('Titel').fill(title);
  await needs.getByLabel('Beschreibung').fill('Gemeinsam Deutsch üben, einmal in der Woche im Stadtteilcafé.');
  await needs.getByLabel('Gesucht bis (höchstens 6 Monate)').fill(berlinDay(30));
  await needs.getByRole('button', { name: 'Speichern' }).click();
}

test('an editor posts needs: reviewed first, online at once once trusted; answers with consent only; contact marked and withdrawn', async () => {
  const run = tag();
  const net = await networkWithEditor(`Netz ${run}`);
  const other = await networkWithEditor(`Anderes Netz ${run}`);
  const editor = await signIn(net.link);
  const { page } = editor;

  // Not trusted yet: the need waits for review.
  await page.getByText('Neue Gesuche und Änderungen prüft die Koordinierungsstelle', { exact: false }).waitFor();
  const reviewed = `Sprachpatin ${run}`;
  await postNeedInArea(page, reviewed);
  await page.getByText('Danke! Die Koordinierungsstelle prüft das Gesuch.').waitFor();
  await page.getByText(`Neues Gesuch „${reviewed}“`, { exact: false }).waitFor();
  assert.equal((await request('/api/needs')).json().filter((n) => n.title === reviewed).length, 0, 'not public while it waits');
  assert.deepEqual(await violations(page), [], 'the editors\' needs');

  // The coordinator reviews it side by side and publishes it, then trusts the network.
  const { page: coordination } = await openPage(browser, DESKTOP);
  await visit(coordination, '/koordination');
  await coordination.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await coordination.getByLabel('Zugangsschlüssel').press('Enter');
  await coordination.getByRole('button', { name: /^Zu prüfen \(\d+\)$/ }).click();
  const proposal = coordination.getByRole('article', { name: `Neues Gesuch: „${reviewed}“` });
  await proposal.getByRole('row', { name: /Titel/ }).getByText(reviewed).waitFor();
  assert.deepEqual(await violations(coordination), [], 'the review of a need');
  await proposal.getByRole('button', { name: 'Übernehmen und veröffentlichen' }).click();
  await coordination.getByText(`„${reviewed}“ ist online.`).waitFor();
  const published = (await request('/api/needs')).json().find((n) => n.title === reviewed);
  assert.ok(published, 'public once accepted');
  assert.equal(published.network, net.slug);
  assert.equal(published.network_contact, true, 'the network has an editor');
  await coordination.getByRole('button', { name: 'Netzwerke' }).click();
  await coordination.locator(`#vertraut-${net.id}`).check();
  await coordination.getByText(`Gesuche von „${net.name}“ gehen ab jetzt sofort online.`).waitFor();

  const trusted = `Hausaufgabenhilfe ${run}`;
  await page.reload();
  await page.getByText('Ihre Gesuche gehen sofort online.').waitFor();
  await postNeedInArea(page, trusted);
  await page.getByText('Das Gesuch ist online.').waitFor();
  assert.ok((await request('/api/needs')).json().some((n) => n.title === trusted), 'online at once');
  const [proposed] = d1(`SELECT id, status, need_id FROM need_proposals WHERE need_id = '${published.id}'`);
  assert.equal(proposed.status, 'accepted');
  const audit = d1(`SELECT actor_kind, action FROM audit_log WHERE target = '${proposed.id}' ORDER BY at, rowid`);
  assert.deepEqual(audit.map((e) => `${e.actor_kind} ${e.action}`), ['editor need_proposal.create', 'coordinator need_proposal.accept']);

  // A volunteer answers in Ukrainian and lets the network contact her; another does not.
  const { page: volunteer } = await openPage(browser, PHONE, { locale: 'uk-UA' });
  await visit(volunteer, `/mitmachen?gesuch=${published.slug}&bezirk=130&lang=uk`);
  await volunteer.locator('main[data-bereit]').waitFor({ state: 'attached' });
  const consent = volunteer.locator('#feld-network_contact');
  assert.equal(await consent.isChecked(), false, 'not ticked unless she ticks it');
  assert.match(await volunteer.locator('label[for="feld-network_contact"]').innerText(), new RegExp(net.name));
  const withConsent = `Olena ${run}`;
  await volunteer.locator('#feld-name').fill(withConsent);
  await volunteer.locator('#feld-email').fill('olena@example.org');
  await volunteer.locator('label[for="feld-languages"]').click();
  await volunteer.locator('#feld-availability').check();
  await consent.check();
  await volunteer.locator('#feld-consent').check();
  assert.deepEqual(await violations(volunteer), [], 'the form with the permission, in Ukrainian');
  await volunteer.locator('form button[type=submit]').click();
  const ownLink = volunteer.locator('#persoenlicher-link');
  await ownLink.waitFor();
  const [answer] = d1(`SELECT id, network_contact FROM registrations WHERE name = '${withConsent}'`);
  assert.equal(answer.network_contact, 1);
  const without = `Ohne ${run}`;
  const stored = await postRegistration(registration(without, { need: published.slug, network_contact: false }));
  assert.equal(stored.status, 201, stored.text);

  // The editor sees exactly the first, with only what a first contact needs.
  await page.reload();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: reviewed }) });
  const answers = item.locator('.answers > li');
  await answers.first().waitFor();
  assert.equal(await answers.count(), 1);
  const shown = await answers.first().innerText();
  assert.ok(shown.includes(withConsent) && shown.includes('olena@example.org'), shown);
  assert.ok(!shown.includes(without), 'no answer without the permission');
  const cookie = await editorCookie(page);
  const asEditor = (method, path, body) => request(path, {
    method, body: body && JSON.stringify(body),
    headers: { Cookie: cookie, Origin: new URL(page.url()).origin, 'Content-Type': 'application/json' },
  });
  const seen = (await asEditor('GET', `/api/netzwerk/networks/${net.id}/needs`)).json();
  const seenAnswer = seen.needs.find((n) => n.need.id === published.id).answers[0];
  assert.deepEqual(Object.keys(seenAnswer).sort(),
    ['answered_at', 'availability', 'contact', 'contact_via', 'first_contact', 'first_contact_at', 'id', 'languages', 'languages_other', 'name', 'waiting']);
  assert.ok(!JSON.stringify(seen).includes(without));

  await answers.first().getByRole('button', { name: 'Kontakt aufgenommen' }).click();
  await answers.first().locator('.badge', { hasText: 'Kontakt aufgenommen' }).waitFor();
  const [marked] = d1(`SELECT status, first_contact, first_contact_by FROM registrations WHERE id = '${answer.id}'`);
  assert.deepEqual(marked, { status: 'contacted', first_contact: 'contacted', first_contact_by: 'network' });

  // The volunteer's page shows it, in Ukrainian, and takes the permission back.
  await ownLink.click();
  await volunteer.locator('#anmeldung-daten').getByText(withConsent).waitFor();
  await volunteer.locator('#anmeldung-daten').getByText(net.name).waitFor();
  await volunteer.locator('#anmeldung-daten').getByText('Мережа зв’язалася з вами.').waitFor();
  assert.deepEqual(await violations(volunteer), [], 'the own page with the network\'s contact');
  await volunteer.locator('#kontakt-zuruecknehmen').click();
  await volunteer.getByText('Готово: мережа більше не бачить ваших даних.').waitFor();
  assert.equal(d1(`SELECT network_contact FROM registrations WHERE id = '${answer.id}'`)[0].network_contact, 0);
  const after = (await asEditor('GET', `/api/netzwerk/networks/${net.id}/needs`)).json();
  assert.equal(after.needs.find((n) => n.need.id === published.id).answers.length, 0, 'gone from the network\'s view at once');
  assert.equal((await asEditor('POST', `/api/netzwerk/networks/${net.id}/answers/${answer.id}`, { state: 'fits' })).status, 404);

  // A second network's editor sees nothing of it.
  const second = await signIn(other.link);
  const otherCookie = await editorCookie(second.page);
  const asOther = (method, path, body) => request(path, {
    method, body: body && JSON.stringify(body),
    headers: { Cookie: otherCookie, Origin: new URL(second.page.url()).origin, 'Content-Type': 'application/json' },
  });
  const theirs = await asOther('GET', `/api/netzwerk/networks/${other.id}/needs`);
  assert.equal(theirs.status, 200);
  assert.ok(!theirs.text.includes(withConsent) && !theirs.text.includes(reviewed));
  assert.equal((await asOther('GET', `/api/netzwerk/networks/${net.id}/needs`)).status, 404);
  assert.equal((await asOther('POST', `/api/netzwerk/networks/${net.id}/answers/${answer.id}`, { state: 'fits' })).status, 404);
  assert.equal((await asOther('PATCH', `/api/netzwerk/networks/${other.id}/needs/${published.id}`, { status: 'closed' })).status, 404);
  assert.equal((await asOther('PATCH', `/api/netzwerk/networks/${net.id}/needs/${published.id}`, { status: 'closed' })).status, 404);
  assert.deepEqual(editor.problems.foreignRequests, []);
});

test('closing, extending and reopening a need is the network\'s at once; a need of the Koordinierungsstelle takes no permission', async () => {
  const run = tag();
  const net = await networkWithEditor(`Schluss ${run}`);
  const { page } = await signIn(net.link);
  const cookie = await editorCookie(page);
  const origin = new URL(page.url()).origin;
  const asEditor = (method, path, body) => request(path, {
    method, body: body && JSON.stringify(body),
    headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
  });
  assert.equal((await admin('PUT', `/api/admin/networks/${net.id}/needs-trust`, { trusted: true })).status, 200);
  const posted = await asEditor('POST', `/api/netzwerk/networks/${net.id}/needs`, {
    title: `Fahrradwerkstatt ${run}`, description: 'Wir reparieren Fahrräder mit Jugendlichen im Stadtteil.',
    activity: 'freizeit', valid_until: berlinDay(10),
  });
  assert.equal(posted.status, 201, posted.text);
  const need = posted.json().need;
  const path = `/api/netzwerk/networks/${net.id}/needs/${need.id}`;
  assert.equal((await asEditor('PATCH', path, {})).status, 422, 'nothing to change');
  assert.equal((await asEditor('PATCH', path, { valid_until: berlinDay(400) })).status, 409, 'more than six months');
  const extended = await asEditor('PATCH', path, { valid_until: berlinDay(60) });
  assert.equal(extended.status, 200, extended.text);
  assert.equal(extended.json().valid_until, berlinDay(60));
  const closed = await asEditor('PATCH', path, { status: 'closed' });
  assert.equal(closed.json().status, 'closed');
  assert.ok(d1(`SELECT closed_at FROM needs WHERE id = '${need.id}'`)[0].closed_at, 'the day it closed is kept');
  assert.ok(!(await request('/api/needs')).json().some((n) => n.id === need.id), 'closed: off the map');
  const reopened = await asEditor('PATCH', path, { status: 'open' });
  assert.equal(reopened.json().status, 'open');
  assert.equal(d1(`SELECT closed_at FROM needs WHERE id = '${need.id}'`)[0].closed_at, null);
  const actions = d1(`SELECT actor_kind, action FROM audit_log WHERE target = '${need.id}' ORDER BY at, rowid`).map((e) => `${e.actor_kind} ${e.action}`);
  assert.deepEqual(actions, ['editor need.create', 'editor need.extend', 'editor need.update status=closed', 'editor need.update status=open']);

  // Not trusted any more: what is closed comes back only as a new proposal.
  assert.equal((await admin('PUT', `/api/admin/networks/${net.id}/needs-trust`, { trusted: false })).status, 200);
  assert.equal((await asEditor('PATCH', path, { status: 'filled' })).status, 200);
  const refusedReopen = await asEditor('PATCH', path, { status: 'open' });
  assert.equal(refusedReopen.status, 409);
  assert.equal(refusedReopen.json().codes.status, 'status.review_required');

  // Once answered, a need keeps its network: the permission was given to this one.
  const answered = await postRegistration(registration(`Antwort ${run}`, { need: reopened.json().slug, network_contact: true }));
  assert.equal(answered.status, 409, 'a filled need takes no answers');
  assert.equal((await admin('PATCH', `/api/admin/needs/${need.id}`, { status: 'open' })).status, 200);
  assert.equal((await postRegistration(registration(`Antwort ${run}`, { need: need.slug, network_contact: true }))).status, 201);
  const moved = await admin('PUT', `/api/admin/needs/${need.id}`, {
    network: 'refugium-fluechtlingshilfe', title: need.title, description: need.description, activity: need.activity,
    valid_until: berlinDay(60),
  });
  assert.equal(moved.status, 409, moved.text);
  assert.equal(moved.json().codes.network, 'network.answered');

  // The Koordinierungsstelle's own need: no network to give the permission to.
  const own = await admin('POST', '/api/admin/needs', {
    title: `Stadtweit ${run}`, description: 'Die Koordinierungsstelle sucht Hilfe beim Sommerfest.',
    activity: 'begegnung', valid_until: berlinDay(20),
  });
  assert.equal(own.status, 201, own.text);
  assert.equal(own.json().network_contact, false);
  const refused = await postRegistration(registration(`Ohne Netz ${run}`, { need: own.json().slug, network_contact: true }));
  assert.equal(refused.status, 409, refused.text);
  assert.equal(refused.json().codes.network_contact, 'network_contact.unavailable');
  const alone = await postRegistration(registration(`Ohne Gesuch ${run}`, { network_contact: true }));
  assert.equal(alone.status, 422);
  assert.equal(alone.json().codes.network_contact, 'network_contact.without_need');
});
