// The coordinators' API against the local stack: sign-in by token, registrations, export,
// erasure with an audit entry, the retention job and its runs; every change and its audit
// entry together or not at all.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { request, d1, registration, postRegistration, newCoordinator, freshAddress } from './support.mjs';

const newToken = () => randomBytes(32).toString('base64url');
const COORDINATOR = newCoordinator('test-koordination');
const FORMER = newCoordinator('ehemalig', { revoked: true });
const TOKEN = COORDINATOR.token;
const REVOKED = FORMER.token;
const auth = (token) => ({ Authorization: `Bearer ${token}` });
const json = (token, method, body) => ({
  method, headers: { ...auth(token), 'Content-Type': 'application/json' }, body: body && JSON.stringify(body),
});

before(() => {
  COORDINATOR.add();
  FORMER.add();
});

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const ADMIN_ENDPOINTS = [
  ['POST', '/api/admin/registrations/search', '{}'],
  ['POST', '/api/admin/registrations/search', '{"status":"new","page":1}'],
  ['POST', '/api/admin/registrations/export', '{}'],
  ['PATCH', `/api/admin/registrations/${SOME_ID}`, '{"status":"placed"}'],
  ['DELETE', `/api/admin/registrations/${SOME_ID}`],
  ['GET', '/api/admin/audit'],
  ['GET', '/api/admin/retention-runs'],
  ['GET', '/api/admin/networks'],
  ['POST', '/api/admin/networks', '{"name":"X"}'],
  ['PUT', '/api/admin/networks/drk-kaufbar', '{"name":"X"}'],
  ['POST', '/api/admin/networks/drk-kaufbar/confirm'],
  ['POST', '/api/admin/networks/drk-kaufbar/archive'],
  ['POST', '/api/admin/networks/drk-kaufbar/restore'],
  ['GET', '/api/admin/gibt-es-nicht'],
];

test('every admin endpoint answers 401 without a token, with a wrong one and with a revoked one', async () => {
  for (const headers of [{}, auth(newToken()), auth(REVOKED), { Authorization: `Basic ${TOKEN}` }]) {
    for (const [method, path, body] of ADMIN_ENDPOINTS) {
      // Each from its own address: a wrong token is a failed sign-in, and ten from one client
      // would turn the 401s into 429s.
      const response = await request(path, { method, body, headers: { ...headers, 'Content-Type': 'application/json' }, localAddress: freshAddress() });
      const what = `${method} ${path} with ${JSON.stringify(headers).slice(0, 30)}`;
      assert.equal(response.status, 401, what);
      assert.match(response.headers['www-authenticate'] ?? '', /^Bearer/, what);
      assert.equal(response.headers['content-type'], 'application/problem+json', what);
      assert.equal(response.headers['cache-control'], 'no-store', what);
      assert.equal(response.headers['x-robots-tag'], 'noindex', what);
    }
  }
});

test('a coordinator lists a fresh registration, sets its status, and the audit log says who', async () => {
  const marker = `Koordination ${randomUUID()}`;
  const created = await postRegistration(registration(marker.slice(5)), { localAddress: '127.0.8.1' });
  assert.equal(created.status, 201);
  const { id } = created.json();
  const list = await request('/api/admin/registrations/search', json(TOKEN, 'POST', { q: marker.slice(5) }));
  assert.equal(list.status, 200);
  assert.equal(list.headers['cache-control'], 'no-store');
  const page = list.json();
  assert.equal(page.total, 1);
  assert.equal(page.items[0].id, id);
  assert.equal(page.items[0].status, 'new');
  // Literally and without regard to ASCII case, however long and in whatever script (D1
  // refuses LIKE patterns over 50 bytes).
  const search = async (q) => (await request('/api/admin/registrations/search', json(TOKEN, 'POST', { q }))).json();
  assert.equal((await search(marker.slice(5).toUpperCase())).total, 1);
  assert.equal((await search(`${marker.slice(5)} 😀😀😀😀😀😀😀😀😀😀😀😀 100%_`)).total, 0);
  const patched = await request(`/api/admin/registrations/${id}`, {
    method: 'PATCH', headers: { ...auth(TOKEN), 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'placed', note: 'Rückruf am Montag', placed_network: 'refugium-fluechtlingshilfe' }),
  });
  assert.equal(patched.status, 200);
  assert.equal(patched.json().status, 'placed');
  const back = await request(`/api/admin/registrations/${id}`, {
    method: 'PATCH', headers: { ...auth(TOKEN), 'Content-Type': 'application/json' }, body: '{"status":"contacted","note":""}',
  });
  assert.equal(back.json().status, 'contacted', 'status moves back too');
  assert.equal(back.json().note, null);
  const bad = await request(`/api/admin/registrations/${id}`, {
    method: 'PATCH', headers: { ...auth(TOKEN), 'Content-Type': 'application/json' }, body: '{"status":"erledigt"}',
  });
  assert.equal(bad.status, 422);
  const audit = (await request('/api/admin/audit', { headers: auth(TOKEN) })).json();
  const entry = audit.items.find((e) => e.target === id);
  assert.equal(entry.coordinator, COORDINATOR.name);
  assert.match(entry.action, /^registration\.update/);
});

test('the search takes its filters in the body: real dates only, each bad one named with its code', async () => {
  for (const [field, value, code] of [['from', '2026-02-31', 'from.invalid'], ['to', '2026-13-01', 'to.invalid'], ['district', 1, 'district.unknown']]) {
    const response = await request('/api/admin/registrations/search', json(TOKEN, 'POST', { [field]: value }));
    assert.equal(response.status, 422, `${field}=${value}`);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    const problem = response.json();
    assert.deepEqual(Object.keys(problem.errors), [field]);
    assert.deepEqual(problem.codes, { [field]: code });
  }
  const leap = await request('/api/admin/registrations/search', json(TOKEN, 'POST', { from: '2028-02-29', to: '2028-03-01' }));
  assert.equal(leap.status, 200, 'a real 29 February');
  const unknown = await request('/api/admin/registrations/search', json(TOKEN, 'POST', { seite: 1 }));
  assert.equal(unknown.status, 422, 'unknown filters are named, not ignored');
  const page = await request('/api/admin/audit?page=', { headers: auth(TOKEN) });
  assert.equal(page.status, 422, 'an empty page number is no page number');
});

test('the CSV export opens in German Excel and neutralises formulas', async () => {
  const marker = `csv-${randomUUID()}`;
  const payload = registration(marker, {
    message: '=HYPERLINK("http://evil.example";"klick")\nzweite Zeile; "zitiert"', name: `Test ${marker} Müller`, phone: '+49 531 123456',
  });
  assert.equal((await postRegistration(payload, { localAddress: '127.0.8.2' })).status, 201);
  const response = await request('/api/admin/registrations/export', json(TOKEN, 'POST', { q: marker }));
  assert.equal(response.status, 200);
  assert.match(response.headers['content-type'], /^text\/csv/);
  assert.match(response.headers['content-disposition'], /attachment/);
  assert.ok(response.text.startsWith('\uFEFFID;Eingegangen;Status;Name;E-Mail'), 'BOM and German header');
  assert.ok(response.text.includes('\r\n'));
  assert.ok(response.text.includes(`Test ${marker} Müller`));
  assert.ok(response.text.includes(`"'=HYPERLINK(""http://evil.example"";""klick"")\nzweite Zeile; ""zitiert"""`));
  assert.ok(response.text.includes(";'+49 531 123456;"), 'a phone number starting with + is neutralised');
  assert.ok(!response.text.includes(';+49'), 'no cell starts with +');
});

test('erasure removes the row and leaves an audit entry without the volunteer\'s name or e-mail', async () => {
  const marker = `loeschen-${randomUUID()}`;
  const { id } = (await postRegistration(registration(marker), { localAddress: '127.0.8.3' })).json();
  const response = await request(`/api/admin/registrations/${id}`, { method: 'DELETE', headers: auth(TOKEN) });
  assert.equal(response.status, 204);
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE id = '${id}'`), []);
  const entries = d1(`SELECT * FROM audit_log WHERE target = '${id}'`);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].action, 'registration.delete');
  assert.ok(!JSON.stringify(d1('SELECT * FROM audit_log')).includes(marker), 'no personal data in the audit log');
  assert.ok(!JSON.stringify(d1('SELECT * FROM audit_log')).includes('amira'), 'no e-mail in the audit log');
  const again = await request(`/api/admin/registrations/${id}`, { method: 'DELETE', headers: auth(TOKEN) });
  assert.equal(again.status, 404);
});

test('the scheduled job deletes only registrations older than the retention period', async () => {
  const oldMarker = `alt-${randomUUID()}`;
  const newMarker = `neu-${randomUUID()}`;
  const { id: oldId } = (await postRegistration(registration(oldMarker), { localAddress: '127.0.8.4' })).json();
  const { id: newId } = (await postRegistration(registration(newMarker), { localAddress: '127.0.8.4' })).json();
  const past = (days) => new Date(Date.now() - days * 86400000).toISOString();
  d1(`UPDATE registrations SET created_at = '${past(366)}' WHERE id = '${oldId}'`);
  d1(`UPDATE registrations SET created_at = '${past(364)}' WHERE id = '${newId}'`);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE id = '${oldId}'`), []);
  assert.equal(d1(`SELECT id FROM registrations WHERE id = '${newId}'`).length, 1);
});

test('coordinators create, edit, confirm, archive and restore networks; the public API follows', async () => {
  const network = {
    name: 'Sprachcafé Testbezirk', organiser: 'Verein Test e.V.', district: 310, description: 'Deutsch üben bei Kaffee.',
    activities: ['sprachcafe'], languages: ['de', 'ar'], source: { name: 'Koordinierungsstelle' }, stand: 2026,
  };
  const invalid = await request('/api/admin/networks', json(TOKEN, 'POST', { ...network, district: 999, website: 'javascript:x' }));
  assert.equal(invalid.status, 422);
  assert.deepEqual(Object.keys(invalid.json().errors).sort(), ['district', 'website']);
  const created = await request('/api/admin/networks', json(TOKEN, 'POST', network));
  assert.equal(created.status, 201);
  const { id, slug } = created.json();
  assert.equal(slug, 'sprachcafe-testbezirk');
  const edited = await request(`/api/admin/networks/${id}`, json(TOKEN, 'PUT', { ...network, place: 'Stadtteilbüro' }));
  assert.equal(edited.status, 200);
  const before = await request('/api/networks?district=310');
  const mine = before.json().find((n) => n.id === id);
  assert.equal(mine.place, 'Stadtteilbüro');
  assert.equal(mine.confirmed_at, null);
  const confirmed = await request(`/api/admin/networks/${id}/confirm`, json(TOKEN, 'POST'));
  assert.equal(confirmed.status, 200);
  const after = await request('/api/networks?district=310', { headers: { 'If-None-Match': before.headers.etag } });
  assert.equal(after.status, 200, 'the confirmation bumped the data version');
  assert.match(after.json().find((n) => n.id === id).confirmed_at, /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(after.json().find((n) => n.id === id).confirmed_by, 'coordination', 'who confirmed');
  assert.equal(mine.confirmed_by, null);
  // The public page says who confirmed it.
  const page = await request(`/netzwerk/${slug}`, { headers: { Accept: '*/*' } });
  assert.match(page.text, /bestätigt am [^<]+ von der Koordinierungsstelle/);
  const stale = async () => (await request('/api/admin/networks', { headers: auth(TOKEN) })).json().find((n) => n.id === id).stale;
  assert.equal(await stale(), false, 'confirmed just now');
  const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
  d1(`UPDATE networks SET updated_at = '${longAgo}', confirmed_at = '${longAgo}' WHERE id = '${id}'`);
  assert.equal(await stale(), true, 'neither changed nor confirmed for over a year: veraltet');
  d1(`UPDATE networks SET confirmed_at = '${new Date(Date.now() - 300 * 86_400_000).toISOString()}' WHERE id = '${id}'`);
  assert.equal(await stale(), false, 'confirmed within the year');
  assert.equal((await request(`/api/admin/networks/${id}/archive`, json(TOKEN, 'POST'))).status, 200);
  assert.ok(!(await request('/api/networks')).json().some((n) => n.id === id), 'archived networks leave the public map');
  assert.equal((await request(`/api/networks/${slug}`)).status, 404);
  const listed = (await request('/api/admin/networks', { headers: auth(TOKEN) })).json().find((n) => n.id === id);
  assert.match(listed.archived_at, /^\d{4}-\d{2}-\d{2}T/, 'coordinators still see it, as archived');
  const restored = await request(`/api/admin/networks/${id}/restore`, json(TOKEN, 'POST'));
  assert.equal(restored.status, 200);
  assert.equal(restored.json().id, id);
  assert.ok((await request('/api/networks')).json().some((n) => n.id === id), 'restored networks are public again');
  assert.equal((await request(`/api/networks/${slug}`)).status, 200);
  assert.equal((await request('/api/admin/networks', { headers: auth(TOKEN) })).json().find((n) => n.id === id).archived_at, null);
  // Entries written within one millisecond keep the order they were written in (rowid).
  const audit = d1(`SELECT action FROM audit_log WHERE target = '${id}' ORDER BY at, rowid`).map((r) => r.action);
  assert.deepEqual(audit, ['network.create', 'network.update', 'network.confirm', 'network.archive', 'network.restore']);
  // Off the public map again: the other tests count the seed's networks.
  assert.equal((await request(`/api/admin/networks/${id}/archive`, json(TOKEN, 'POST'))).status, 200);
});

test('two parallel erasures of one registration: one 204, one 404, one audit entry', async () => {
  const { id } = (await postRegistration(registration(`parallel-${randomUUID()}`), { localAddress: '127.0.8.5' })).json();
  const erase = () => request(`/api/admin/registrations/${id}`, { method: 'DELETE', headers: auth(TOKEN) });
  const answers = await Promise.all([erase(), erase()]);
  assert.deepEqual(answers.map((r) => r.status).sort(), [204, 404]);
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE id = '${id}'`), []);
  assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${id}'`).map((r) => r.action), ['registration.delete']);
});

test('a change leaves exactly one audit entry; a change to an unknown registration is a 404 and leaves none', async () => {
  const { id } = (await postRegistration(registration(`einmal-${randomUUID()}`), { localAddress: '127.0.8.6' })).json();
  const patched = await request(`/api/admin/registrations/${id}`, json(TOKEN, 'PATCH', { status: 'contacted' }));
  assert.equal(patched.status, 200);
  assert.equal(patched.json().status, 'contacted');
  assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${id}'`).map((r) => r.action), ['registration.update status=contacted']);
  const unknown = randomUUID();
  const missing = await request(`/api/admin/registrations/${unknown}`, json(TOKEN, 'PATCH', { status: 'contacted' }));
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-type'], 'application/problem+json');
  assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${unknown}'`), []);
  assert.equal((await request(`/api/admin/registrations/${unknown}`, { method: 'DELETE', headers: auth(TOKEN) })).status, 404);
  assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${unknown}'`), [], 'no entry for an erasure of nothing');
});

test('a change to an unknown network is a 404 without an audit entry; of two parallel creates one wins, with one entry', async () => {
  const unknown = `unbekannt-${randomUUID()}`;
  const network = {
    name: `Parallel ${randomUUID().slice(0, 8)}`, organiser: 'Verein Test e.V.', district: 310, description: 'Zweimal gleichzeitig angelegt.',
    activities: ['sprachcafe'], languages: ['de'], source: { name: 'Koordinierungsstelle' }, stand: 2026,
  };
  assert.equal((await request(`/api/admin/networks/${unknown}`, json(TOKEN, 'PUT', network))).status, 404);
  assert.equal((await request(`/api/admin/networks/${unknown}/confirm`, json(TOKEN, 'POST'))).status, 404);
  assert.equal((await request(`/api/admin/networks/${unknown}/archive`, json(TOKEN, 'POST'))).status, 404);
  const restore = await request(`/api/admin/networks/${unknown}/restore`, json(TOKEN, 'POST'));
  assert.equal(restore.status, 404);
  assert.equal(restore.headers['content-type'], 'application/problem+json');
  assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${unknown}'`), []);
  const create = () => request('/api/admin/networks', json(TOKEN, 'POST', network));
  const answers = await Promise.all([create(), create()]);
  const created = answers.find((r) => r.status === 201);
  try {
    assert.deepEqual(answers.map((r) => r.status).sort(), [201, 409]);
    const taken = answers.find((r) => r.status === 409).json();
    assert.deepEqual(Object.keys(taken.errors), ['slug']);
    assert.deepEqual(taken.codes, { slug: 'slug.taken' });
    const { id } = created.json();
    assert.deepEqual(d1(`SELECT action FROM audit_log WHERE target = '${id}'`).map((r) => r.action), ['network.create']);
  } finally {
    // Off the public map again, whatever happened.
    for (const answer of answers.filter((r) => r.status === 201)) {
      await request(`/api/admin/networks/${answer.json().id}/archive`, json(TOKEN, 'POST'));
    }
  }
});

test('a retention run leaves a row with its count, in one go with its audit entry, shown to coordinators', async () => {
  const { id } = (await postRegistration(registration(`lauf-${randomUUID()}`), { localAddress: '127.0.8.7' })).json();
  d1(`UPDATE registrations SET created_at = '${new Date(Date.now() - 400 * 86_400_000).toISOString()}' WHERE id = '${id}'`);
  const known = new Set(d1('SELECT id FROM retention_runs').map((r) => r.id));
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE id = '${id}'`), []);
  const fresh = d1('SELECT id, at, deleted, error FROM retention_runs').filter((r) => !known.has(r.id));
  assert.equal(fresh.length, 1, 'one row for the one run');
  const [row] = fresh;
  assert.ok(row.deleted >= 1, `it counts the registration it deleted (${row.deleted})`);
  assert.equal(row.error, null);
  const entries = d1(`SELECT action FROM audit_log WHERE coordinator = 'system' AND at = '${row.at}'`);
  // Reports of barriers and ended sessions deleted in the same run have their own entries.
  const registrationEntries = entries.map((e) => e.action).filter((a) => a.startsWith('retention.delete count='));
  assert.deepEqual(registrationEntries, [`retention.delete count=${row.deleted}`]);
  const response = await request('/api/admin/retention-runs', { headers: auth(TOKEN) });
  assert.equal(response.status, 200);
  assert.equal(response.headers['cache-control'], 'no-store');
  const runs = response.json();
  assert.ok(runs.length <= 100, 'only the newest 100 are kept');
  assert.ok(runs.some((r) => r.at === row.at && r.deleted === row.deleted && r.error === null), 'the run is listed');
  const times = runs.map((r) => r.at);
  assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
});

test('the audit log is kept for its days (730 while config/site.toml has the placeholder); the run says how many entries went', async () => {
  const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString();
  const old = `alt-${randomUUID()}`;
  const kept = `jung-${randomUUID()}`;
  d1(`INSERT INTO audit_log (id, at, coordinator, actor_kind, action, target) VALUES
      ('${old}', '${daysAgo(731)}', 'system', 'system', 'test.old', NULL),
      ('${kept}', '${daysAgo(729)}', 'system', 'system', 'test.kept', NULL)`);
  const known = new Set(d1('SELECT id FROM retention_runs').map((r) => r.id));
  assert.equal((await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`)).status, 200);
  assert.deepEqual(d1(`SELECT id FROM audit_log WHERE id IN ('${old}', '${kept}')`), [{ id: kept }], 'older than 730 days: gone');
  const [row] = d1('SELECT id, at, audit_deleted FROM retention_runs').filter((r) => !known.has(r.id));
  assert.ok(row.audit_deleted >= 1, `the run counts it (${row.audit_deleted})`);
  const runs = (await request('/api/admin/retention-runs', { headers: auth(TOKEN) })).json();
  assert.ok(runs.some((r) => r.at === row.at && r.audit_deleted === row.audit_deleted), 'coordinators see it');
});
