// POST /api/registrations against the local stack: nothing lost, nothing doubled, bad input
// refused with the right status. Each test sends from its own loopback addresses (the local
// stack sees them as CF-Connecting-IP), so rate-limit counts do not mix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request, d1, registration, postRegistration, CONSENT_VERSION } from './support.mjs';

const LIMIT = Number(process.env.RATE_LIMIT ?? 20);
const rowsNamed = (prefix) => d1(`SELECT id, name FROM registrations WHERE name LIKE '${prefix}%'`);

test('a valid registration is stored once, with the right fields, and answered 201 with its id', async () => {
  const marker = `einzeln-${randomUUID()}`;
  const response = await postRegistration(registration(marker, { email: '  amira@example.org ' }), { localAddress: '127.0.3.1' });
  assert.equal(response.status, 201);
  const { id } = response.json();
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.equal(response.headers['cache-control'], 'no-store');
  const [row] = d1(`SELECT * FROM registrations WHERE id = '${id}'`);
  assert.equal(row.name, `Test ${marker}`);
  assert.equal(row.email, 'amira@example.org', 'e-mail trimmed');
  assert.equal(row.status, 'new');
  assert.equal(row.consent_version, CONSENT_VERSION);
  assert.deepEqual(JSON.parse(row.districts), [130]);
  assert.ok(row.consent_at && row.created_at);
});

test('500 registrations from 25 clients, 25 at a time: 500 rows, every id exactly once', async () => {
  const marker = `last-${randomUUID()}`;
  const perClient = 20;
  const statuses = {};
  const ids = [];
  await Promise.all(Array.from({ length: 25 }, async (_, client) => {
    for (let i = 0; i < perClient; i++) {
      const response = await postRegistration(registration(`${marker} ${client}-${i}`), { localAddress: `127.0.4.${client + 1}` });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 201) ids.push(response.json().id);
    }
  }));
  console.log(`load: 500 requests, statuses ${JSON.stringify(statuses)}`);
  assert.deepEqual(statuses, { 201: 500 });
  const rows = rowsNamed(`Test ${marker}`);
  assert.equal(rows.length, 500);
  assert.deepEqual(rows.map((r) => r.id).sort(), ids.sort(), 'every accepted id is stored exactly once');
});

test('a client over the limit gets 429 with Retry-After; replays of a key do not count', async () => {
  const address = '127.0.5.1';
  const first = { key: randomUUID(), body: registration(`limit-${randomUUID()}`) };
  const accepted = await postRegistration(first.body, { key: first.key, localAddress: address });
  assert.equal(accepted.status, 201);
  for (let i = 0; i < 3; i++) {
    const replay = await postRegistration(first.body, { key: first.key, localAddress: address });
    assert.ok([200, 201].includes(replay.status));
  }
  for (let i = 1; i < LIMIT; i++) {
    assert.equal((await postRegistration(registration(`limit-${i}`), { localAddress: address })).status, 201, `#${i + 1}`);
  }
  const refused = await postRegistration(registration('limit-over'), { localAddress: address });
  assert.equal(refused.status, 429);
  assert.equal(refused.headers['content-type'], 'application/problem+json');
  const retryAfter = Number(refused.headers['retry-after']);
  assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${refused.headers['retry-after']}`);
  assert.equal(rowsNamed('Test limit-over').length, 0);
  const other = await postRegistration(registration(`limit-other-${randomUUID()}`), { localAddress: '127.0.5.2' });
  assert.equal(other.status, 201, 'another client is not affected');
});

test('the same payload with the same key 10 times in parallel makes one row', async () => {
  const marker = `doppelt-${randomUUID()}`;
  const key = randomUUID();
  const responses = await Promise.all(Array.from({ length: 10 }, () =>
    postRegistration(registration(marker), { key, localAddress: '127.0.6.1' })));
  assert.ok(responses.every((r) => [200, 201].includes(r.status)), responses.map((r) => r.status).join());
  assert.equal(new Set(responses.map((r) => r.json().id)).size, 1);
  assert.equal(rowsNamed(`Test ${marker}`).length, 1);
  const changed = await postRegistration(registration(marker, { message: 'anders' }), { key, localAddress: '127.0.6.1' });
  assert.equal(changed.status, 409, 'a key used for another form conflicts with the data');
  assert.ok(changed.json().errors['Idempotency-Key']);
  assert.equal(changed.json().codes['Idempotency-Key'], 'idempotency_key.conflict');
});

test('bad requests get the right status, never a 5xx, and store nothing', async () => {
  const marker = `kaputt-${randomUUID()}`;
  const valid = JSON.stringify(registration(marker));
  const cases = [
    ['oversized', postRegistration(JSON.stringify(registration(marker, { message: 'x'.repeat(40 * 1024) }))), 413],
    ['not JSON', postRegistration(valid, { headers: { 'Content-Type': 'text/plain' } }), 415],
    ['form encoded', postRegistration('name=x', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415],
    ['malformed JSON', postRegistration('{"name": "x",'), 400],
    ['missing key', request('/api/registrations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: valid }), 400],
    ['invalid e-mail', postRegistration(registration(marker, { email: 'amira@' })), 422],
    ['unknown field', postRegistration({ ...registration(marker), admin: true }), 422],
    ['wrong type', postRegistration(registration(marker, { districts: '130' })), 422],
    ['no consent', postRegistration(registration(marker, { consent: false })), 422],
    ['unknown network', postRegistration(registration(marker, { network: 'gibt-es-nicht' })), 409],
    ['not an object', postRegistration('[1,2,3]'), 422],
  ];
  for (const [name, pending, status] of cases) {
    const response = await pending;
    assert.equal(response.status, status, name);
    assert.equal(response.headers['content-type'], 'application/problem+json', name);
    if ([409, 422].includes(status)) {
      const problem = response.json();
      assert.ok(Object.keys(problem.errors ?? {}).length > 0, `${name} names its field`);
      assert.deepEqual(Object.keys(problem.codes).sort(), Object.keys(problem.errors).sort(), `${name}: a code per field`);
    }
  }
  const invalid = (await postRegistration(registration(marker, { email: 'x', consent: false }))).json();
  assert.deepEqual(Object.keys(invalid.errors).sort(), ['consent', 'email']);
  assert.deepEqual(invalid.codes, { consent: 'consent.required', email: 'email.invalid' });
  assert.equal(rowsNamed(`Test ${marker}`).length, 0);
});

test('a filled-in honeypot gets the same 201, but nothing is stored', async () => {
  const marker = `bot-${randomUUID()}`;
  const response = await postRegistration(registration(marker, { website: 'https://spam.example' }), { localAddress: '127.0.7.1' });
  assert.equal(response.status, 201);
  assert.match(response.json().id, /^[0-9a-f-]{36}$/);
  assert.equal(rowsNamed(`Test ${marker}`).length, 0);
});

test('no public endpoint returns registrations: GET /api/registrations is 405 with Allow: POST', async () => {
  const response = await request('/api/registrations');
  assert.equal(response.status, 405);
  assert.equal(response.headers.allow, 'POST');
  assert.equal(response.headers['content-type'], 'application/problem+json');
});
