// Current needs ("Gesuche") through the API against the real Worker and local D1: a
// coordinator posts one, it is public (filtered, by address, with an ETag that names the
// Berlin date), contact data in its texts is refused, the day's rule is a conflict, a filled
// or expired need leaves every public answer, and every change has its audit entry.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  request, d1, newCoordinator, freshAddress, registration, postRegistration, tag, berlinDay, needBody as need, NEED_NETWORK as NETWORK,
} from './support.mjs';

const COORDINATOR = newCoordinator('gesuche');
const auth = { Authorization: `Bearer ${COORDINATOR.token}` };
const send = (method, path, body) => request(path, {
  method, headers: { ...auth, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body),
});

before(() => COORDINATOR.add());

const auditFor = (id) => d1(`SELECT action, coordinator FROM audit_log WHERE target = '${id}' ORDER BY at`);
const publicSlugs = async (query = '') => JSON.parse((await request(`/api/needs${query}`)).text).map((n) => n.slug);

test('a coordinator posts a need: public at once, filtered, by its address, in the audit log', async () => {
  const created = await send('POST', '/api/admin/needs', need(`Sprachpatin gesucht ${tag()}`));
  assert.equal(created.status, 201, created.text);
  const posted = JSON.parse(created.text);
  const network = JSON.parse((await request(`/api/networks/${NETWORK}`)).text);
  assert.equal(posted.district, network.district, 'the district comes from the network');
  assert.equal(posted.network_name, network.name);
  assert.equal(posted.status, 'open');
  assert.match(posted.slug, /^sprachpatin-gesucht-[a-z0-9]+-[0-9a-f]{6}$/);

  assert.ok((await publicSlugs()).includes(posted.slug));
  assert.ok((await publicSlugs(`?network=${NETWORK}&language=fa&q=stadtteilcafe`)).includes(posted.slug));
  assert.ok(!(await publicSlugs('?activity=beratung')).includes(posted.slug));
  const one = await request(`/api/needs/${posted.slug}`);
  assert.equal(one.status, 200);
  assert.equal(JSON.parse(one.text).title, posted.title);
  assert.match(one.headers.etag, new RegExp(`^"v\\d+-${berlinDay()}"$`), 'the ETag names the Berlin date');
  assert.equal((await request(`/api/needs/${posted.slug}`, { headers: { 'If-None-Match': one.headers.etag } })).status, 304);

  assert.deepEqual(auditFor(posted.id).map((e) => e.action), ['need.create']);
  assert.equal(auditFor(posted.id)[0].coordinator, COORDINATOR.name);
});

test('an e-mail address or a phone number in a need is refused with 422, and nothing is stored', async () => {
  const before = d1('SELECT COUNT(*) AS n FROM needs')[0].n;
  for (const [overrides, code] of [
    [{ description: 'Bitte melden bei anna.beispiel@example.org, wir freuen uns.' }, 'description.contact_data'],
    [{ title: 'Hilfe gesucht: 0531 1234567' }, 'title.contact_data'],
    [{ place: 'bei Familie, Tel. 0171/1234567' }, 'place.contact_data'],
  ]) {
    const refused = await send('POST', '/api/admin/needs', need('Umzugshilfe gesucht', overrides));
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.headers['content-type'], 'application/problem+json');
    const problem = JSON.parse(refused.text);
    assert.equal(Object.values(problem.codes)[0], code);
    assert.match(Object.values(problem.errors)[0], /keine E-Mail-Adressen oder Telefonnummern/);
  }
  assert.equal(d1('SELECT COUNT(*) AS n FROM needs')[0].n, before);
});

test('the day decides: a past or too distant last day and an unknown network are conflicts (409)', async () => {
  for (const [overrides, code] of [
    [{ valid_until: berlinDay(-1) }, 'valid_until.past'],
    [{ valid_until: berlinDay(200) }, 'valid_until.too_far'],
    [{ network: 'gibt-es-nicht' }, 'network.unknown'],
  ]) {
    const refused = await send('POST', '/api/admin/needs', need('Begleitung gesucht', overrides));
    assert.equal(refused.status, 409, refused.text);
    assert.deepEqual(Object.values(JSON.parse(refused.text).codes), [code]);
  }
});

test('filled, it leaves the public answers; open again, it is back; past its day, it is gone without a status change', async () => {
  const posted = JSON.parse((await send('POST', '/api/admin/needs', need(`Hausaufgabenhilfe ${tag()}`, {
    network: null, district: 130, activity: 'hausaufgabenhilfe',
  }))).text);
  assert.equal(posted.network, null, 'the Koordinierungsstelle asks');
  assert.ok((await publicSlugs('?district=130')).includes(posted.slug));

  const filled = await send('PATCH', `/api/admin/needs/${posted.id}`, { status: 'filled' });
  assert.equal(JSON.parse(filled.text).status, 'filled');
  assert.ok(!(await publicSlugs()).includes(posted.slug));
  assert.equal((await request(`/api/needs/${posted.slug}`)).status, 404);
  await send('PATCH', `/api/admin/needs/${posted.id}`, { status: 'open' });
  assert.ok((await publicSlugs()).includes(posted.slug));

  // Its last day moved into the past in the database: no coordinator did anything to it.
  d1(`UPDATE needs SET valid_until = '${berlinDay(-1)}' WHERE id = '${posted.id}'`);
  assert.ok(!(await publicSlugs()).includes(posted.slug));
  assert.ok(!(await publicSlugs('?district=130')).includes(posted.slug));
  assert.equal((await request(`/api/needs/${posted.slug}`)).status, 404);
  const listed = JSON.parse((await send('GET', '/api/admin/needs')).text).find((n) => n.id === posted.id);
  assert.equal(listed.expired, true, 'the coordinators see it as expired');
  assert.equal(listed.status, 'open', 'expired is never stored');
  assert.equal(listed.answers, 0);

  assert.equal((await send('DELETE', `/api/admin/needs/${posted.id}`)).status, 204);
  assert.equal((await send('DELETE', `/api/admin/needs/${posted.id}`)).status, 404);
  assert.deepEqual(auditFor(posted.id).map((e) => e.action),
    ['need.create', 'need.update status=filled', 'need.update status=open', 'need.delete']);
});

test('an edit keeps the address and the status; the needs API is closed without a sign-in', async () => {
  const posted = JSON.parse((await send('POST', '/api/admin/needs', need(`Fahrradwerkstatt ${tag()}`))).text);
  const edited = await send('PUT', `/api/admin/needs/${posted.id}`, need('Fahrradwerkstatt: Schrauber gesucht', { people: 3 }));
  assert.equal(edited.status, 200, edited.text);
  const saved = JSON.parse(edited.text);
  assert.equal(saved.slug, posted.slug);
  assert.equal(saved.people, 3);
  assert.equal(saved.title, 'Fahrradwerkstatt: Schrauber gesucht');
  for (const [method, path] of [['GET', '/api/admin/needs'], ['POST', '/api/admin/needs'], ['PATCH', `/api/admin/needs/${posted.id}`], ['DELETE', `/api/admin/needs/${posted.id}`]]) {
    const refused = await request(path, { method, body: '{}', headers: { 'Content-Type': 'application/json' }, localAddress: freshAddress() });
    assert.equal(refused.status, 401, `${method} ${path}`);
  }
  await send('DELETE', `/api/admin/needs/${posted.id}`);
});

test('a volunteer answers a need: the coordinator sees the answer under the need and finds it by need', async () => {
  const posted = JSON.parse((await send('POST', '/api/admin/needs', need(`Begleitung zum Amt ${tag()}`))).text);
  const marker = `Gesuch ${posted.id.slice(0, 8)}`;
  const answered = await postRegistration(registration(marker, { need: posted.slug }), { localAddress: freshAddress() });
  assert.equal(answered.status, 201, answered.text);
  const id = JSON.parse(answered.text).id;

  const listed = JSON.parse((await send('GET', '/api/admin/needs')).text).find((n) => n.id === posted.id);
  assert.equal(listed.answers, 1);
  assert.equal(listed.placed, 0);
  const found = JSON.parse((await send('POST', '/api/admin/registrations/search', { need: posted.id })).text);
  assert.deepEqual(found.items.map((r) => r.id), [id]);
  assert.equal(found.items[0].need, posted.id);
  await send('PATCH', `/api/admin/registrations/${id}`, { status: 'placed' });
  const placed = JSON.parse((await send('GET', '/api/admin/needs')).text).find((n) => n.id === posted.id);
  assert.equal(placed.placed, 1);

  // Closed, it takes no more answers: the form says so, and the person decides.
  await send('PATCH', `/api/admin/needs/${posted.id}`, { status: 'closed' });
  const late = await postRegistration(registration(`${marker} spät`, { need: posted.slug }), { localAddress: freshAddress() });
  assert.equal(late.status, 409, late.text);
  assert.deepEqual(Object.values(JSON.parse(late.text).codes), ['need.unknown']);
  d1(`DELETE FROM registrations WHERE id = '${id}'`);
});

test('empty texts may be null and a date is no phone number; a malformed network is a 422, an unknown one a 409', async () => {
  const ok = await send('POST', '/api/admin/needs', need(`Ohne Ort ${tag()}`, { place: null, when: 'Schuljahr 2026/2027, bis 2027-03-31' }));
  assert.equal(ok.status, 201, ok.text);
  const malformed = await send('POST', '/api/admin/needs', need('Begleitung gesucht', { network: 'Kein Slug' }));
  assert.equal(malformed.status, 422, malformed.text);
  assert.deepEqual(Object.values(JSON.parse(malformed.text).codes), ['network.unknown']);
  await send('DELETE', `/api/admin/needs/${JSON.parse(ok.text).id}`);
});
