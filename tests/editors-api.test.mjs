// The networks' editors against the real Worker and local D1 (mail off): a coordinator gives
// an access and gets its link once; the link signs in once by POST; terms first; "Alles
// stimmt noch"; a proposal; the review accepts chosen fields; revisions and restore; the
// editor's scope; link requests that tell nobody anything; ending an access and retention.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE_URL, request, d1, newCoordinator, freshAddress } from './support.mjs';

const ORIGIN = new URL(BASE_URL).origin;
const COORDINATOR = newCoordinator('netzwerk-review');
const OTHER = 'drk-kaufbar';
const admin = (method, path, body) => request(path, {
  method, body: body && JSON.stringify(body),
  headers: { Authorization: `Bearer ${COORDINATOR.token}`, 'Content-Type': 'application/json' },
});

before(() => COORDINATOR.add());

const created = [];
// The networks made here leave the public map again (other files count a district's networks).
after(async () => {
  for (const id of created) assert.equal((await admin('POST', `/api/admin/networks/${id}/archive`)).status, 200);
});

/** A network of this test's own (the seed's entries stay as other files expect them). */
async function freshNetwork() {
  const answer = await admin('POST', '/api/admin/networks', {
    name: `Netzwerk ${randomUUID().slice(0, 8)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 130,
    description: 'Sprachcafé am Montag.', activities: ['sprachcafe'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2025,
  });
  assert.equal(answer.status, 201, answer.text);
  created.push(answer.json().id);
  return answer.json().id;
}

/** A new access for `networks`; its link's token (mail is off: the answer carries it). */
async function invite(networks, name = 'Lea Beispiel') {
  const email = `zugang-${randomUUID()}@refugium.example`;
  const answer = await admin('POST', '/api/admin/editors', { name, email, networks, language: 'de' });
  assert.equal(answer.status, 201, answer.text);
  const issued = answer.json();
  assert.equal(issued.mailed, false);
  const link = new URL(issued.link);
  assert.equal(link.pathname, '/mein-netzwerk/anmelden');
  assert.ok(Date.parse(issued.expires_at) > Date.now() + 6.9 * 86_400_000, 'valid 7 days');
  return { id: issued.editor.id, email, token: link.hash.slice(1) };
}

function signIn(token, origin = ORIGIN) {
  return request('/api/netzwerk/session', {
    method: 'POST', body: JSON.stringify({ token }), localAddress: freshAddress(),
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
  });
}

/** A signed-in editor's requests, with its cookie (and this site's Origin on changes). */
async function session(token) {
  const answer = await signIn(token);
  assert.equal(answer.status, 204, answer.text);
  const cookie = answer.headers['set-cookie'][0];
  assert.match(cookie, /^netzwerk-sitzung=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/api\/netzwerk$/);
  const value = cookie.split(';')[0];
  return (method, path, body) => request(path, {
    method, body: body && JSON.stringify(body),
    headers: { Cookie: value, 'Content-Type': 'application/json', ...(method === 'GET' ? {} : { Origin: ORIGIN }) },
  });
}

async function publicNetwork(slug) {
  return (await request(`/api/networks/${slug}`)).json();
}

test('a link signs in once, by POST from this site; the area shows the networks, terms first', async () => {
  const NETWORK = await freshNetwork();
  const { id, token } = await invite([NETWORK]);
  // Opening the page is a GET of a page: nothing is used up.
  assert.equal((await request('/mein-netzwerk/anmelden')).status, 200);
  assert.equal((await signIn(token, 'https://boese.example')).status, 403);
  const as = await session(token);
  const again = await signIn(token);
  assert.equal(again.status, 401);
  assert.equal(again.json().type, '/probleme/link-verbraucht');
  const answer = await as('GET', '/api/netzwerk/session');
  // Personal data: never cached, never indexed, as the coordinators' answers.
  assert.equal(answer.headers['cache-control'], 'no-store');
  assert.equal(answer.headers['x-robots-tag'], 'noindex');
  const area = answer.json();
  assert.equal(area.name, 'Lea Beispiel');
  assert.equal(area.terms_accepted, false);
  assert.deepEqual(area.networks.map((n) => n.network.id), [NETWORK]);
  const early = await as('POST', `/api/netzwerk/networks/${NETWORK}/confirm`);
  assert.equal(early.status, 409);
  assert.equal(early.json().codes.terms, 'terms.required');
  assert.equal((await as('POST', '/api/netzwerk/terms', { version: '2019-01' })).status, 422);
  assert.equal((await as('POST', '/api/netzwerk/terms', { version: area.terms_version })).status, 204);
  const [row] = d1(`SELECT terms_version, terms_accepted_at FROM editors WHERE id = '${id}'`);
  assert.equal(row.terms_version, area.terms_version);
  assert.ok(row.terms_accepted_at);
});

test('"Alles stimmt noch" confirms the entry by the network, today, for everyone to see', async () => {
  const NETWORK = await freshNetwork();
  const { token } = await invite([NETWORK]);
  const as = await session(token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  const confirmed = await as('POST', `/api/netzwerk/networks/${NETWORK}/confirm`);
  assert.equal(confirmed.status, 200, confirmed.text);
  const network = await publicNetwork(NETWORK);
  assert.equal(network.confirmed_by, 'network');
  assert.equal(network.confirmed_at.slice(0, 10), new Date().toISOString().slice(0, 10));
  const [entry] = d1(`SELECT actor_kind, coordinator FROM audit_log WHERE action = 'network.confirm' AND target = '${NETWORK}' ORDER BY at DESC LIMIT 1`);
  assert.equal(entry.actor_kind, 'editor');
  assert.match(entry.coordinator, /^Netzwerk-Zugang [0-9a-f]{8}$/, 'the log names the access, not the person');
});

test('a proposal waits; the coordinator accepts chosen fields; revisions restore the earlier state', async () => {
  const NETWORK = await freshNetwork();
  const { token } = await invite([NETWORK]);
  const as = await session(token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  const before = await publicNetwork(NETWORK);
  const { network } = (await as('GET', '/api/netzwerk/session')).json().networks[0];
  const fields = {
    name: network.name, organiser: network.organiser, district: network.district,
    description: `${network.description} Neu: donnerstags Hausaufgabenhilfe.`,
    activities: network.activities, languages: network.languages, content_lang: network.content_lang,
    place: `Stadtteilcafé ${randomUUID().slice(0, 8)}`, phone: network.phone, email: network.email, website: network.website,
  };
  const bad = await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, { ...fields, website: 'ftp://x' });
  assert.equal(bad.status, 422);
  assert.equal(bad.json().codes.website, 'website.invalid');
  const unchanged = await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, { ...fields, description: network.description, place: network.place });
  assert.equal(unchanged.status, 409, 'a proposal that changes nothing of the entry as it is');
  const made = await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, fields);
  assert.equal(made.status, 201, made.text);
  const proposal = made.json();
  assert.equal(proposal.status, 'waiting');
  assert.equal((await publicNetwork(NETWORK)).place, before.place, 'the public entry keeps its accepted state');

  const queue = (await admin('GET', '/api/admin/proposals')).json();
  const review = queue.find((p) => p.id === proposal.id);
  assert.equal(review.proposed_by, 'Lea Beispiel');
  const changed = review.fields.filter((f) => f.proposed !== f.current).map((f) => f.field);
  assert.deepEqual(changed, ['description', 'place']);
  const accepted = await admin('POST', `/api/admin/proposals/${proposal.id}`, { decision: 'accept', fields: ['place'] });
  assert.equal(accepted.status, 200, accepted.text);
  assert.deepEqual(accepted.json().accepted_fields, ['place']);
  assert.equal((await admin('POST', `/api/admin/proposals/${proposal.id}`, { decision: 'accept' })).status, 409);

  const after = await publicNetwork(NETWORK);
  assert.equal(after.place, fields.place);
  assert.equal(after.description, before.description, 'only the chosen field');
  assert.equal(after.source.name, 'Angaben des Netzwerks');
  assert.equal(after.stand, new Date().getFullYear());
  assert.equal(after.stand_day, new Date().toISOString().slice(0, 10), 'the Stand is the day');
  const own = (await as('GET', '/api/netzwerk/session')).json().networks[0].proposals.find((p) => p.id === proposal.id);
  assert.equal(own.status, 'accepted');

  const revisions = (await admin('GET', `/api/admin/networks/${NETWORK}/revisions`)).json();
  const latest = revisions[0];
  assert.equal(latest.kind, 'proposal');
  assert.equal(latest.proposed_by, 'Lea Beispiel');
  assert.equal(latest.accepted_by, COORDINATOR.name);
  const earlier = revisions.find((r) => r.number === latest.number - 1);
  assert.equal(earlier.state.place, before.place);
  const restored = await admin('POST', `/api/admin/networks/${NETWORK}/revisions/${earlier.number}/restore`);
  assert.equal(restored.status, 200, restored.text);
  assert.equal((await publicNetwork(NETWORK)).place, before.place);
  const now = (await admin('GET', `/api/admin/networks/${NETWORK}/revisions`)).json()[0];
  assert.equal(now.kind, 'restore');
  assert.equal(now.restored_from, earlier.number);
  const ownHistory = (await as('GET', `/api/netzwerk/networks/${NETWORK}/revisions`)).json();
  assert.equal(ownHistory[0].number, now.number);
  assert.ok(ownHistory.every((r) => r.proposed_by == null && r.accepted_by == null), 'no names in the editor\'s history');
});

test('"all" takes only what the editor changed: a coordinator\'s change meanwhile stays', async () => {
  const NETWORK = await freshNetwork();
  const { token } = await invite([NETWORK]);
  const as = await session(token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  const { network } = (await as('GET', '/api/netzwerk/session')).json().networks[0];
  const { activities, languages, content_lang, name, organiser, district, description, phone, email, website } = network;
  const made = (await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, {
    name, organiser, district, description, activities, languages, content_lang, phone, email, website, place: 'Bürgerhaus',
  })).json();
  // Meanwhile a coordinator corrects the description.
  const entry = (await admin('GET', '/api/admin/networks')).json().find((n) => n.id === NETWORK);
  const corrected = 'Sprachcafé am Montag, 15 Uhr.';
  const put = await admin('PUT', `/api/admin/networks/${NETWORK}`, {
    slug: entry.slug, name: entry.name, organiser: entry.organiser, district: entry.district, description: corrected,
    activities: entry.activities, languages: entry.languages, source: entry.source, stand: entry.stand,
  });
  assert.equal(put.status, 200, put.text);
  const review = (await admin('GET', '/api/admin/proposals')).json().find((p) => p.id === made.id);
  assert.equal(review.changed_since, true, 'inzwischen geändert');
  const description_ = review.fields.find((f) => f.field === 'description');
  assert.deepEqual([description_.base, description_.current, description_.proposed], [description, corrected, description]);
  const accepted = await admin('POST', `/api/admin/proposals/${made.id}`, { decision: 'accept' });
  assert.equal(accepted.status, 200, accepted.text);
  assert.deepEqual(accepted.json().accepted_fields, ['place']);
  const after = await publicNetwork(NETWORK);
  assert.deepEqual([after.place, after.description], ['Bürgerhaus', corrected]);
});

test('a declined proposal tells its editor why', async () => {
  const NETWORK = await freshNetwork();
  const { token } = await invite([NETWORK]);
  const as = await session(token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  const { network } = (await as('GET', '/api/netzwerk/session')).json().networks[0];
  const { activities, languages, content_lang, name, organiser, district, description, place, phone, email } = network;
  const made = await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, {
    name, organiser, district, description, activities, languages, content_lang, place, phone, email, website: 'https://refugium.example/neu',
  });
  assert.equal(made.status, 201, made.text);
  const id = made.json().id;
  assert.equal((await admin('POST', `/api/admin/proposals/${id}`, { decision: 'decline', reason: ' ' })).status, 422);
  const declined = await admin('POST', `/api/admin/proposals/${id}`, { decision: 'decline', reason: 'Die Seite ist noch nicht online.' });
  assert.equal(declined.status, 200, declined.text);
  const own = (await as('GET', '/api/netzwerk/session')).json().networks[0].proposals.find((p) => p.id === id);
  assert.deepEqual([own.status, own.reason], ['declined', 'Die Seite ist noch nicht online.']);
});

test('an editor reaches only their own networks; coordinators\' endpoints do not know them', async () => {
  const NETWORK = await freshNetwork();
  const { token } = await invite([NETWORK]);
  const as = await session(token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  for (const id of [OTHER, 'gibt-es-nicht']) {
    for (const [method, path, body] of [
      ['POST', `/api/netzwerk/networks/${id}/confirm`],
      ['POST', `/api/netzwerk/networks/${id}/proposals`, { name: 'X' }],
      ['GET', `/api/netzwerk/networks/${id}/revisions`],
    ]) {
      const answer = await as(method, path, body);
      assert.equal(answer.status, 404, `${method} ${path}`);
    }
  }
  const cookie = (await signIn((await invite([NETWORK])).token)).headers['set-cookie'][0].split(';')[0];
  // Every coordinators' operation of the contract but their sign-in.
  const document = (await request('/api/openapi.json')).json();
  const operations = Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/admin/'))
    .flatMap(([path, item]) => Object.keys(item).map((method) => [method.toUpperCase(), path]))
    .filter(([method, path]) => !(method === 'POST' && path === '/api/admin/session'))
    .map(([method, path]) => [method, path.replace('{id}', NETWORK).replace('{number}', '1')]);
  assert.ok(operations.length >= 30, `${operations.length} coordinators' operations`);
  for (const [method, path] of operations) {
    // Even with the editor's cookie under the coordinators' name: their session is not one.
    const answer = await request(path, {
      method, body: ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined, localAddress: freshAddress(),
      headers: { Cookie: `${cookie}; ${cookie.replace('netzwerk-sitzung', 'sitzung')}`, Origin: ORIGIN, 'Content-Type': 'application/json' },
    });
    assert.equal(answer.status, 401, `${method} ${path}`);
  }
});

test('asking for a link answers the same for any address, limited per address', async () => {
  const NETWORK = await freshNetwork();
  const { email } = await invite([NETWORK]);
  const ask = (address, localAddress = freshAddress()) => request('/api/netzwerk/link', {
    method: 'POST', body: JSON.stringify({ email: address }), localAddress,
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
  });
  const known = await ask(email);
  const unknown = await ask(`niemand-${randomUUID()}@example.org`);
  assert.deepEqual([known.status, known.text], [unknown.status, unknown.text]);
  assert.deepEqual(known.json(), { mail: false });
  assert.equal(known.status, 202);
  assert.equal((await ask('kein-at')).status, 422);
  await ask(email.toUpperCase());
  await ask(email);
  assert.equal((await ask(email)).status, 429, 'the 4th in an hour for one address');
});

test('ending an access ends its sessions and links at once; its revisions say "ehemaliger Zugang"', async () => {
  const NETWORK = await freshNetwork();
  const first = await invite([NETWORK], 'Tom Ehemalig');
  const as = await session(first.token);
  await as('POST', '/api/netzwerk/terms', { version: (await as('GET', '/api/netzwerk/session')).json().terms_version });
  const { network } = (await as('GET', '/api/netzwerk/session')).json().networks[0];
  const { activities, languages, content_lang, name, organiser, district, description, phone, email, website } = network;
  const made = (await as('POST', `/api/netzwerk/networks/${NETWORK}/proposals`, {
    name, organiser, district, description, activities, languages, content_lang, phone, email, website, place: `Treffpunkt ${randomUUID().slice(0, 6)}`,
  })).json();
  assert.equal((await admin('POST', `/api/admin/proposals/${made.id}`, { decision: 'accept' })).status, 200);
  const fresh = await admin('POST', `/api/admin/editors/${first.id}/link`);
  assert.equal(fresh.status, 201);
  const spare = new URL(fresh.json().link).hash.slice(1);
  assert.equal((await admin('DELETE', `/api/admin/editors/${first.id}`)).status, 204);
  assert.equal((await as('GET', '/api/netzwerk/session')).status, 401);
  assert.equal((await signIn(spare)).status, 401);
  for (const table of ['editors', 'editor_sessions', 'editor_links', 'editor_networks']) {
    const column = table === 'editors' ? 'id' : 'editor_id';
    assert.equal(d1(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = '${first.id}'`)[0].n, 0, table);
  }
  const revision = (await admin('GET', `/api/admin/networks/${NETWORK}/revisions`)).json()
    .find((r) => r.kind === 'proposal' && r.state.place === made.proposed.place);
  assert.equal(revision.proposed_by, 'ehemaliger Zugang');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'editor.erase' AND target = '${first.id}'`)[0].n, 1);
});

test('an access unused for 12 months ends and is erased by the daily run', async () => {
  const NETWORK = await freshNetwork();
  const old = await invite([NETWORK]);
  const used = await invite([NETWORK]);
  d1(`UPDATE editors SET last_used_at = '2025-01-01T00:00:00.000Z' WHERE id IN ('${old.id}', '${used.id}')`);
  // Signing in by link counts as use.
  await session(used.token);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM editors WHERE id = '${old.id}'`)[0].n, 0);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM editors WHERE id = '${used.id}'`)[0].n, 1);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'editor.retention' AND target = '${old.id}'`)[0].n, 1);
});
