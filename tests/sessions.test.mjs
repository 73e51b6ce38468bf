// The coordinators' sign-in: a session cookie no script can read, sessions that end (idle,
// sign-out, a revoked or expired token), tokens that expire, failed sign-ins that stop a
// guessing client but not a signed-in colleague behind the same address, and cross-site
// changes refused. Against the real Worker and D1, and in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launch, openPage, visit, request, d1, newCoordinator, freshAddress, BASE_URL, DESKTOP } from './support.mjs';

let browser;
const ORIGIN = new URL(BASE_URL).origin;
const COORDINATOR = newCoordinator('e2e-sitzung');
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

const address = freshAddress;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

async function signIn(token, { origin = ORIGIN, localAddress = address() } = {}) {
  const headers = { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) };
  return request('/api/admin/session', { method: 'POST', headers, body: JSON.stringify({ token }), localAddress });
}

/** The session cookie's `name=value` from a sign-in's answer. */
function sessionCookie(response) {
  const cookie = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('sitzung='));
  assert.ok(cookie, 'a session cookie');
  return cookie.split(';')[0];
}

const withSession = (cookie, extra = {}) => ({ headers: { Cookie: cookie, ...extra } });

test('signing in sets an HttpOnly, SameSite=Strict cookie on /api/admin; D1 keeps its hash; the log says so', async () => {
  const answer = await signIn(COORDINATOR.token);
  assert.equal(answer.status, 201);
  assert.equal(answer.json().name, COORDINATOR.name);
  const cookie = answer.headers['set-cookie'].find((c) => c.startsWith('sitzung='));
  for (const part of ['HttpOnly', 'SameSite=Strict', 'Path=/api/admin']) assert.ok(cookie.includes(part), `${cookie}: ${part}`);
  assert.ok(!cookie.includes('Secure'), 'no Secure over plain http (the dev server)');
  assert.ok(!cookie.includes('Max-Age'), 'gone with the browser; the server ends the session');
  const id = sessionCookie(answer).split('=')[1];
  assert.match(id, /^[0-9a-f]{64}$/);
  assert.deepEqual(d1(`SELECT coordinator FROM sessions WHERE id_hash = '${sha256(id)}'`), [{ coordinator: COORDINATOR.name }]);
  assert.deepEqual(d1(`SELECT id_hash FROM sessions WHERE id_hash = '${id}'`), [], 'never the id itself');
  const current = await request('/api/admin/session', withSession(sessionCookie(answer)));
  assert.equal(current.status, 200);
  assert.equal(current.json().name, COORDINATOR.name);
  assert.ok(current.json().expires_at, 'the token\'s end');
  const logged = d1(`SELECT action, target FROM audit_log WHERE coordinator = '${COORDINATOR.name}' AND action = 'session.start'`);
  assert.ok(logged.some((row) => sha256(id).startsWith(row.target)), 'sign-in audited by part of the hash');
  // The session works for the coordinators' API.
  assert.equal((await request('/api/admin/networks', withSession(sessionCookie(answer)))).status, 200);
});

test('cross-site requests are refused: a change needs this site\'s Origin, so does the sign-in', async () => {
  const cookie = sessionCookie(await signIn(COORDINATOR.token));
  const change = (origin) => request(`/api/admin/registrations/${randomUUID()}`, {
    method: 'PATCH', ...withSession(cookie, { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) }),
    body: '{"status":"contacted"}',
  });
  assert.equal((await change('https://boese.example')).status, 403);
  assert.equal((await change(null)).status, 403, 'no Origin: refused too');
  assert.equal((await change(ORIGIN)).status, 404, 'from the site itself it goes through (to an unknown id)');
  assert.equal((await signIn(COORDINATOR.token, { origin: 'https://boese.example' })).status, 403);
  assert.equal((await request('/api/admin/session', { method: 'DELETE', ...withSession(cookie, { Origin: 'https://boese.example' }) })).status, 403);
});

test('a session ends after 8 hours without use, at sign-out, and with its revoked token', async () => {
  // Idle: the test moves the session's last use back.
  const idle = sessionCookie(await signIn(COORDINATOR.token));
  const idleHash = sha256(idle.split('=')[1]);
  d1(`UPDATE sessions SET last_used_at = '${new Date(Date.now() - 8.5 * 3600_000).toISOString()}' WHERE id_hash = '${idleHash}'`);
  const ended = await request('/api/admin/session', withSession(idle));
  assert.equal(ended.status, 401);
  assert.equal(ended.json().type, '/probleme/sitzung-beendet');
  assert.deepEqual(d1(`SELECT id_hash FROM sessions WHERE id_hash = '${idleHash}'`), []);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'session.expire' AND target = '${idleHash.slice(0, 16)}'`)[0].n, 1);
  // Used 7 hours ago: still alive, and the use moves its end.
  const recent = sessionCookie(await signIn(COORDINATOR.token));
  const recentHash = sha256(recent.split('=')[1]);
  d1(`UPDATE sessions SET last_used_at = '${new Date(Date.now() - 7 * 3600_000).toISOString()}' WHERE id_hash = '${recentHash}'`);
  assert.equal((await request('/api/admin/session', withSession(recent))).status, 200);
  assert.ok(Date.parse(d1(`SELECT last_used_at FROM sessions WHERE id_hash = '${recentHash}'`)[0].last_used_at) > Date.now() - 60_000);

  // Busy, but begun 12 hours ago: over, however recent its last use.
  const long = sessionCookie(await signIn(COORDINATOR.token));
  d1(`UPDATE sessions SET created_at = '${new Date(Date.now() - 12.5 * 3600_000).toISOString()}' WHERE id_hash = '${sha256(long.split('=')[1])}'`);
  assert.equal((await request('/api/admin/session', withSession(long))).status, 401);
  // Two session cookies (one planted by another site of the domain): neither counts.
  const twice = await request('/api/admin/session', withSession(`${recent}; sitzung=${'0'.repeat(64)}`));
  assert.equal(twice.status, 401);

  // Sign-out.
  const out = await request('/api/admin/session', { method: 'DELETE', ...withSession(recent, { Origin: ORIGIN }) });
  assert.equal(out.status, 204);
  assert.match(out.headers['set-cookie'].join(';'), /sitzung=;.*Max-Age=0/);
  assert.equal((await request('/api/admin/session', withSession(recent))).status, 401);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'session.end' AND target = '${recentHash.slice(0, 16)}'`)[0].n, 1);

  // A revoked token ends its live sessions.
  const other = newCoordinator('e2e-widerruf');
  other.add();
  const live = sessionCookie(await signIn(other.token));
  assert.equal((await request('/api/admin/session', withSession(live))).status, 200);
  d1(`UPDATE coordinators SET revoked_at = '${new Date().toISOString()}' WHERE name = '${other.name}'`);
  assert.equal((await request('/api/admin/session', withSession(live))).status, 401);
  assert.equal((await signIn(other.token)).status, 401);
});

test('an expired token gets 401 saying so; the daily run deletes ended sessions and says how many', async () => {
  const expiring = newCoordinator('e2e-ablauf');
  expiring.add();
  const live = sessionCookie(await signIn(expiring.token));
  d1(`UPDATE coordinators SET expires_at = '${new Date(Date.now() - 1000).toISOString()}' WHERE name = '${expiring.name}'`);
  for (const answer of [await signIn(expiring.token), await request('/api/admin/networks', { headers: { Authorization: `Bearer ${expiring.token}` } })]) {
    assert.equal(answer.status, 401);
    assert.equal(answer.json().type, '/probleme/zugangsschluessel-abgelaufen');
    assert.match(answer.json().detail, /abgelaufen/);
  }
  // Its session is still in D1 until someone uses it or the daily run comes.
  const hash = sha256(live.split('=')[1]);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM sessions WHERE id_hash = '${hash}'`)[0].n, 1);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM sessions WHERE id_hash = '${hash}'`)[0].n, 0);
  const entries = d1(`SELECT coordinator FROM audit_log WHERE action = 'session.expire' AND target = '${hash.slice(0, 16)}'`);
  assert.deepEqual(entries, [{ coordinator: expiring.name }], 'its end is audited, by its id');
});

test('10 failed sign-ins from one client: it gets 429 before any lookup; a colleague behind it and other clients go on', async () => {
  const guesser = address();
  // A colleague signed in before, behind the same address.
  const colleague = sessionCookie(await signIn(COORDINATOR.token, { localAddress: guesser }));
  for (let i = 0; i < 10; i++) {
    const wrong = await signIn(`falsch-${randomUUID()}`, { localAddress: guesser });
    assert.equal(wrong.status, 401, `try ${i + 1}`);
  }
  const blocked = await signIn(COORDINATOR.token, { localAddress: guesser });
  assert.equal(blocked.status, 429, 'even the right token waits');
  assert.match(blocked.headers['retry-after'] ?? '', /^\d+$/);
  const bearer = await request('/api/admin/networks', { headers: { Authorization: `Bearer ${COORDINATOR.token}` }, localAddress: guesser });
  assert.equal(bearer.status, 429, 'a request with a token, no session: refused too');
  const session = await request('/api/admin/networks', { ...withSession(colleague), localAddress: guesser });
  assert.equal(session.status, 200, 'a signed-in coordinator keeps working');
  assert.equal((await signIn(COORDINATOR.token, { localAddress: address() })).status, 201, 'another client signs in');
  // Guesses sent all at once cannot slip past the limit.
  const parallel = address();
  const answers = await Promise.all(Array.from({ length: 16 }, () => signIn(`falsch-${randomUUID()}`, { localAddress: parallel })));
  const statuses = answers.map((a) => a.status).sort();
  assert.equal(statuses.filter((s) => s === 401).length, 10, `${statuses}`);
  assert.equal(statuses.filter((s) => s === 429).length, 6, `${statuses}`);
  // An unknown coordinators' path says the same 429, not a 401.
  assert.equal((await request('/api/admin/gibt-es-nicht', { localAddress: parallel })).status, 429);
  // Each failure is kept under the client's keyed hash (HMAC-SHA-256 under the stack's
  // RATE_LIMIT_SECRET), never under the address.
  const secret = /^RATE_LIMIT_SECRET="?([^"\n]+)"?$/m.exec(readFileSync(join(dirname(process.env.WRANGLER_CONFIG), '.dev.vars'), 'utf8'))[1];
  const keyed = createHmac('sha256', secret).update(`sign-in ${guesser}`).digest('hex');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM sign_in_failures WHERE client_hash = '${keyed}'`)[0].n, 10, 'the guesser\'s ten, under its keyed hash');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM sign_in_failures WHERE client_hash = '${guesser}' OR client_hash = '${createHash('sha256').update(guesser).digest('hex')}'`)[0].n, 0, 'never the address, nor its plain hash');
  assert.ok(d1('SELECT COUNT(*) AS n FROM sign_in_failures')[0].n >= 10);
});

test('in Chromium: sign in, no script sees the session, the token is nowhere kept, the warning before expiry, sign out', async () => {
  const soon = newCoordinator('e2e-bald');
  soon.add();
  d1(`UPDATE coordinators SET expires_at = '${new Date(Date.now() + 5 * 86_400_000).toISOString()}' WHERE name = '${soon.name}'`);
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(soon.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Als CSV exportieren' }).waitFor();
  assert.equal(await page.evaluate(() => document.cookie), '', 'HttpOnly: no script reads the session');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes(soon.token), 'the token is not kept in the browser');
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'sitzung');
  assert.deepEqual([cookie.httpOnly, cookie.sameSite, cookie.path], [true, 'Strict', '/api/admin']);
  assert.match(await page.locator('.expiry-warning').textContent(), /endet am \d\d\.\d\d\.\d{4}/);
  // A reload keeps the session (the cookie), without the token.
  await visit(page, '/koordination');
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.getByText('Sie sind abgemeldet.').waitFor();
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').waitFor();
  assert.deepEqual(problems.consoleErrors.filter((e) => !e.includes('status of 401')), []);
  await context.close();
});
