// The directory API against the local stack: districts, networks, filters, errors and caching.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request, d1 } from './support.mjs';

// The seed's networks, by id: what this file counts, whatever networks other test files add.
const SEED = new Set(
  [...readFileSync(new URL('../worker/migrations/0003_seed.sql', import.meta.url), 'utf8')
    .matchAll(/^INSERT INTO networks \([^)]*\) VALUES \('([^']+)'/gm)].map((m) => m[1]),
);
const seeded = (networks) => networks.filter((n) => SEED.has(n.id));
/** How many networks D1 holds on the public map in a district. */
const publicIn = (district) => d1(`SELECT COUNT(*) AS n FROM networks WHERE archived_at IS NULL AND district = ${district}`)[0].n;

const getJson = async (path, headers = {}) => {
  const response = await request(path, { headers });
  return { ...response, body: response.status === 200 ? response.json() : undefined };
};

test('GET /api/districts lists the 12 Stadtbezirke with shapes and counts', async () => {
  const { status, headers, body } = await getJson('/api/districts');
  assert.equal(status, 200);
  assert.match(headers['content-type'], /^application\/json/);
  assert.deepEqual(body.map((d) => d.number), [111, 112, 120, 130, 211, 212, 221, 222, 310, 321, 322, 330]);
  for (const district of body) {
    assert.match(district.path, /^M\d+ \d+l[-\d ]+z$/, district.name);
    assert.equal(typeof district.label.x, 'number');
    assert.equal(typeof district.network_count, 'number');
  }
  assert.equal(SEED.size, 20, 'the seed has 20 networks');
  for (const district of body) {
    assert.equal(district.network_count, publicIn(district.number), `${district.name} counts what D1 holds`);
  }
  const byName = Object.fromEntries(body.map((d) => [d.name, d]));
  assert.ok(byName['Mitte'].network_count >= 1);
  assert.ok(byName['Lehndorf-Watenbüttel'].network_count >= 3);
});

test('GET /api/networks?district= gives the district and the city-wide networks', async () => {
  const all = (await getJson('/api/networks')).body;
  assert.equal(seeded(all).length, 20);
  const { body } = await getJson('/api/networks?district=130');
  const own = seeded(body).filter((n) => !n.citywide);
  assert.deepEqual(own.map((n) => n.name), ['Refugium Flüchtlingshilfe e.V.']);
  assert.equal(seeded(body).filter((n) => n.citywide).length, 7);
  assert.ok(body.every((n) => n.citywide === (n.district === null)));
  assert.ok(body.every((n) => n.district === null || n.district === 130), 'only the district and the city-wide ones');
  assert.ok(seeded(body).every((n) => n.source.name), 'seed entries carry their source');
  const confirmed = Object.fromEntries(d1('SELECT id, confirmed_at FROM networks').map((r) => [r.id, r.confirmed_at]));
  assert.ok(body.every((n) => n.confirmed_at === confirmed[n.id]), 'shown as confirmed exactly when a coordinator confirmed it');
});

test('filters by activity, language and text', async () => {
  const advice = (await getJson('/api/networks?activity=beratung')).body;
  assert.ok(advice.length >= 2);
  assert.ok(advice.every((n) => n.activities.includes('beratung')));
  const german = (await getJson('/api/networks?language=de')).body;
  assert.equal(seeded(german).length, 20);
  const persian = (await getJson('/api/networks?language=fa')).body;
  assert.deepEqual(seeded(persian), []);
  const lamme = (await getJson('/api/networks?q=lamme&district=321')).body;
  assert.deepEqual(lamme.map((n) => n.slug), ['buergergemeinschaft-lamme']);
});

test('an unknown filter value answers 422 naming the parameter, never echoing it', async () => {
  for (const [param, value] of [['district', '999'], ['activity', 'zaubern'], ['language', 'qq'], ['q', 'x'.repeat(101)]]) {
    const response = await request(`/api/networks?${param}=${value}`);
    assert.equal(response.status, 422, param);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    const problem = response.json();
    assert.ok(problem.errors[param], `names ${param}`);
    assert.ok(!response.text.includes(value), 'does not echo the value');
  }
});

test('GET /api/networks/{slug} gives one network; unknown slugs are 404 problem+json', async () => {
  const { status, body } = await getJson('/api/networks/refugium-fluechtlingshilfe');
  assert.equal(status, 200);
  assert.equal(body.place, 'Steinweg 5, Braunschweig');
  for (const slug of ['gibt-es-nicht', '..%2F..%2Fetc%2Fpasswd', 'Refugium', '%3Cscript%3E']) {
    const response = await request(`/api/networks/${slug}`);
    assert.equal(response.status, 404, slug);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    assert.ok(!response.text.includes('script'));
  }
});

test('public GETs carry an ETag and answer a current copy with 304', async () => {
  for (const path of ['/api/districts', '/api/networks?district=130', '/api/networks/drk-kaufbar']) {
    const first = await request(path);
    const etag = first.headers.etag;
    // The districts count today's open needs, the networks say which are stale: both
    // versions name the Berlin date; the networks' also the days an entry stays current.
    assert.match(etag, path === '/api/districts' ? /^"v\d+-\d{4}-\d{2}-\d{2}"$/ : /^"v\d+-\d{4}-\d{2}-\d{2}-\d+"$/, path);
    // Kept, but revalidated on every use: a coordinator's change shows at once.
    assert.equal(first.headers['cache-control'], 'public, no-cache', path);
    const again = await request(path, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, path);
    assert.equal(again.text, '');
    assert.equal(again.headers.etag, etag);
  }
});

test('If-None-Match: * matches an existing network only; an unknown one stays 404', async () => {
  const known = await request('/api/networks/drk-kaufbar', { headers: { 'If-None-Match': '*' } });
  assert.equal(known.status, 304);
  const unknown = await request('/api/networks/gibt-es-nicht', { headers: { 'If-None-Match': '*' } });
  assert.equal(unknown.status, 404);
  assert.equal(unknown.headers['content-type'], 'application/problem+json');
});

test('a write to the networks bumps the ETag', async () => {
  const before = (await request('/api/networks')).headers.etag;
  d1("UPDATE networks SET updated_at = '2026-11-26T00:00:00Z' WHERE id = 'drk-kaufbar'");
  const after = await request('/api/networks', { headers: { 'If-None-Match': before } });
  assert.equal(after.status, 200, 'the old copy is stale');
  assert.notEqual(after.headers.etag, before);
  const drk = after.json().find((n) => n.id === 'drk-kaufbar');
  assert.equal(drk.updated_at, '2026-11-26T00:00:00Z', 'the memo was not served');
});
