// With mail on: a volunteer who answered a network's need, let the network contact her and
// asked for news gets one short mail when the network marks the first contact – in her form's
// language, naming the network – and no other (not for "passt", not twice). Before she confirms
// her registration the network does not see her; one who did not ask for news gets no mail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request, d1, newCoordinator, registration, postRegistration, freshAddress, coordinatorApi, BASE_URL } from './support.mjs';
import { logMark, mailsAfter, message } from './mail-support.mjs';

const COORDINATOR = newCoordinator('e2e-erstkontakt');
const admin = coordinatorApi(COORDINATOR);
const EDITOR = 'mail-16@example.org';
const VOLUNTEER = 'mail-17@example.org';
const origin = new URL(BASE_URL).origin;
let network;
before(async () => {
  COORDINATOR.add();
  const created = await admin('POST', '/api/admin/networks', {
    name: `Erstkontakt ${randomUUID().slice(0, 6)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 321,
    description: 'Wir begleiten Familien im Alltag.', activities: ['patenschaften'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2026,
  });
  assert.equal(created.status, 201, created.text);
  network = created.json();
  for (const old of (await admin('GET', '/api/admin/editors')).json().filter((e) => e.email === EDITOR)) {
    assert.equal((await admin('DELETE', `/api/admin/editors/${old.id}`)).status, 204);
  }
});
after(async () => {
  assert.equal((await admin('POST', `/api/admin/networks/${network.id}/archive`)).status, 200);
});

const own = (path, token) => request(path, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
});

test('the first "Kontakt aufgenommen" mails the volunteer once, if she asked for news', async () => {
  let mark = logMark();
  assert.equal((await admin('POST', '/api/admin/editors', { name: 'Lea Beispiel', email: EDITOR, networks: [network.id], language: 'de' })).status, 201);
  const [invitation] = await mailsAfter(mark, { to: EDITOR });
  const token = /mein-netzwerk\/anmelden#([0-9a-f]{64})/.exec(invitation.text)[1];
  const signedIn = await request('/api/netzwerk/session', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ token }),
  });
  assert.equal(signedIn.status, 204);
  const cookie = signedIn.headers['set-cookie'][0].split(';')[0];
  const editor = (method, path, body) => request(path, {
    method, body: body && JSON.stringify(body), headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
  });
  const area = (await editor('GET', '/api/netzwerk/session')).json();
  assert.equal((await editor('POST', '/api/netzwerk/terms', { version: area.terms_version })).status, 204);
  assert.equal((await admin('PUT', `/api/admin/networks/${network.id}/needs-trust`, { trusted: true })).status, 200);
  const posted = await editor('POST', `/api/netzwerk/networks/${network.id}/needs`, {
    title: 'Familienpatin gesucht', description: 'Wir suchen jemanden, der eine Familie im Alltag begleitet.',
    activity: 'patenschaften', valid_until: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
  });
  assert.equal(posted.status, 201, posted.text);
  const need = posted.json().need;

  mark = logMark();
  const name = `Erstkontakt ${randomUUID().slice(0, 6)}`;
  const answered = await postRegistration(registration(name, {
    email: VOLUNTEER, need: need.slug, network_contact: true, notify_placed: true,
  }), { localAddress: freshAddress() });
  assert.equal(answered.status, 201, answered.text);
  const id = answered.json().id;
  const seen = async () => (await editor('GET', `/api/netzwerk/networks/${network.id}/needs`)).json().needs[0].answers;
  assert.deepEqual(await seen(), [], 'not before she confirms');
  const [confirmation] = await mailsAfter(mark, { to: VOLUNTEER });
  const ownToken = /anmeldung#([0-9a-f]{64})/.exec(confirmation.text)[1];
  assert.equal((await own('/api/anmeldung/bestaetigen', ownToken)).status, 200);
  assert.deepEqual((await seen()).map((a) => a.name), [`Test ${name}`]);

  mark = logMark();
  assert.equal((await editor('POST', `/api/netzwerk/networks/${network.id}/answers/${id}`, { state: 'contacted' })).status, 200);
  const [news] = await mailsAfter(mark, { to: VOLUNTEER });
  assert.ok(news, 'the mail went out');
  assert.equal(news.headers.subject, message('de', 'mail', 'mail-contacted-subject'));
  assert.ok(news.text.includes(network.name), news.text);
  assert.ok(!news.text.includes(name), 'nothing she typed goes into a mail');
  assert.equal((await editor('POST', `/api/netzwerk/networks/${network.id}/answers/${id}`, { state: 'fits' })).status, 200);
  assert.equal((await editor('POST', `/api/netzwerk/networks/${network.id}/answers/${id}`, { state: 'contacted' })).status, 200);
  // Waits its 15 s for a second mail that must not come.
  const sent = (await mailsAfter(mark, { to: VOLUNTEER, count: 2 })).filter((m) => m.headers.subject === news.headers.subject);
  assert.equal(sent.length, 1, 'one mail, and no other');
  const [row] = d1(`SELECT first_contact, first_contact_by, status FROM registrations WHERE id = '${id}'`);
  assert.deepEqual(row, { first_contact: 'contacted', first_contact_by: 'network', status: 'contacted' });
});
