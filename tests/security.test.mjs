// Hardening: the security headers on every kind of response, the app working under its
// Content-Security-Policy, a bad-input suite that never gets a 5xx, and proof that nothing a
// volunteer sends is ever public. Against the real stack, in Chromium where it matters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, d1, registration, postRegistration, newCoordinator, BASE_URL, DESKTOP } from './support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-security');
const TOKEN = COORDINATOR.token;
const ADMIN = { Authorization: `Bearer ${TOKEN}` };
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

function assertSecurityHeaders(headers, what) {
  const csp = headers['content-security-policy'] ?? '';
  assert.ok(csp, `${what}: Content-Security-Policy`);
  assert.ok(!csp.includes('unsafe-inline') && !/'unsafe-eval'/.test(csp), `${what}: ${csp}`);
  for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]) {
    assert.ok(csp.includes(directive), `${what}: ${directive}`);
  }
  assert.match(headers['strict-transport-security'] ?? '', /max-age=\d{7,}/, what);
  assert.equal(headers['x-content-type-options'], 'nosniff', what);
  assert.equal(headers['referrer-policy'], 'no-referrer', what);
  assert.match(headers['permissions-policy'] ?? '', /camera=\(\).*geolocation=\(\).*microphone=\(\)/, what);
}

test('every response carries the security headers: assets, pages, the API, errors', async () => {
  const index = await request('/');
  const asset = index.text.match(/\/assets\/app-[0-9a-f]+\.js/)[0];
  const navigate = { 'Sec-Fetch-Mode': 'navigate' };
  const cases = [
    ['/', {}], [asset, {}], ['/sw.js', {}], ['/manifest.webmanifest', {}],
    ['/bezirk/130', navigate], ['/mitmachen', navigate], ['/koordination', navigate],
    ['/api/districts', {}], ['/api/networks/gibt-es-nicht', {}], ['/api/admin/registrations', {}],
    ['/irgendwas.js', {}],
  ];
  for (const [path, headers] of cases) {
    const response = await request(path, { headers });
    assertSecurityHeaders(response.headers, `${path} (${response.status})`);
  }
  const post = await postRegistration('{', { localAddress: '127.0.11.1' });
  assertSecurityHeaders(post.headers, 'POST /api/registrations (400)');
});

test('the app works under its policy: no CSP violation on any page, in German and Arabic', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const pages = [
    ['/', 'svg.district-map a'], ['/bezirk/130?lang=ar', '.network-card'], ['/netzwerk/refugium-fluechtlingshilfe', '.network-detail h1'],
    ['/kontakt', '.contact-card'], ['/mitmachen?lang=ar', 'button[type="submit"]'], ['/datenschutz', '.contact-card'],
    ['/koordination', 'form input'],
  ];
  for (const [path, ready] of pages) {
    await visit(page, path);
    await page.locator(ready).first().waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
  }
  assert.deepEqual(problems.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e)), []);
  await context.close();
});

test('script- and SQL-looking input is stored verbatim and stays inert when a coordinator views it', async () => {
  const script = `<img src=x onerror="window.__pwned=1">${randomUUID().slice(0, 8)}`;
  const sql = "'); DROP TABLE registrations; --";
  const body = registration('x', { name: script, message: `<script>window.__pwned=2</script> ${sql}`, languages_other: sql });
  const created = await postRegistration(body, { localAddress: '127.0.11.2' });
  assert.equal(created.status, 201);
  const [row] = d1(`SELECT name, message, languages_other FROM registrations WHERE id = '${created.json().id}'`);
  assert.deepEqual([row.name, row.message, row.languages_other], [script, body.message, sql]);

  const { context, page } = await openPage(browser, DESKTOP);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  const cell = page.getByRole('cell', { name: script });
  await cell.waitFor();
  assert.ok((await cell.innerHTML()).includes('&lt;img src=x'), 'the name is shown as text, not parsed as markup');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('main img').count(), 0, 'the markup was not rendered');
  for (const tab of ['Netzwerke', 'Protokoll']) {
    await page.getByRole('button', { name: tab }).click();
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the coordinators\' pages run under the policy');
  await context.close();
});

test('bad input gets a 4xx problem+json, never a 5xx', async () => {
  const [network] = d1('SELECT id FROM networks LIMIT 1');
  const json = { 'Content-Type': 'application/json' };
  // A registration needs its form's key; each case has its own.
  const form = (headers = json) => ({ ...headers, 'Idempotency-Key': randomUUID() });
  const nested = '['.repeat(5000) + ']'.repeat(5000);
  const hugeArray = JSON.stringify({ ...registration('gross'), languages: Array(200000).fill('de') });
  const cases = [
    // Registrations: oversized, truncated, non-UTF-8, deeply nested, huge arrays, wrong types.
    ['POST', '/api/registrations', form(), JSON.stringify(registration('x', { message: 'x'.repeat(40000) })), [413]],
    ['POST', '/api/registrations', form(), JSON.stringify(registration('x')).slice(0, 60), [400]],
    ['POST', '/api/registrations', form(), Buffer.from([0x7b, 0x22, 0x6e, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), [400]],
    ['POST', '/api/registrations', form(), nested, [400, 413, 422]],
    ['POST', '/api/registrations', form(), hugeArray, [413]],
    ['POST', '/api/registrations', form(), JSON.stringify({ ...registration('x'), districts: Array(5000).fill(130) }), [413, 422]],
    ['POST', '/api/registrations', form({ 'Content-Type': 'text/xml' }), '<x/>', [415]],
    ['POST', '/api/registrations', form({}), JSON.stringify(registration('x')), [415]],
    ['PUT', '/api/registrations', form(), '{}', [405]],
    ['DELETE', '/api/districts', {}, undefined, [405]],
    // Slugs and ids that try to leave their place.
    ['GET', '/api/networks/..%2F..%2Fetc%2Fpasswd', {}, undefined, [404]],
    ['GET', '/api/networks/%2e%2e', {}, undefined, [404]],
    ['GET', "/api/networks/x'%20OR%201=1--", {}, undefined, [404]],
    ['GET', `/api/networks/${'a'.repeat(5000)}`, {}, undefined, [404, 414]],
    ['GET', '/api/networks?district=130%27%20OR%201=1', {}, undefined, [422]],
    ['GET', '/api/networks?q=' + 'x'.repeat(5000), {}, undefined, [422]],
    // The coordinators' endpoints, signed in.
    ['PATCH', '/api/admin/registrations/..%2F..%2Fetc', { ...ADMIN, ...json }, '{"status":"contacted"}', [404, 422]],
    ['DELETE', "/api/admin/registrations/1'%20OR%20'1'='1", ADMIN, undefined, [404, 422]],
    ['PATCH', `/api/admin/registrations/${randomUUID()}`, { ...ADMIN, ...json }, '{"status":', [400]],
    ['PATCH', `/api/admin/registrations/${randomUUID()}`, { ...ADMIN, ...json }, nested, [400, 413, 422]],
    ['PATCH', `/api/admin/registrations/${randomUUID()}`, { ...ADMIN, 'Content-Type': 'text/plain' }, '{}', [404, 415]],
    ['POST', '/api/admin/networks', { ...ADMIN, ...json }, Buffer.from([0xc3, 0x28]), [400]],
    ['POST', '/api/admin/networks', { ...ADMIN, ...json }, JSON.stringify({ name: 'x'.repeat(100000) }), [413, 422]],
    ['PUT', `/api/admin/networks/${network.id}`, { ...ADMIN, ...json }, '[]', [422]],
    ['POST', '/api/admin/networks/..%2F..%2Fx/confirm', ADMIN, undefined, [404, 422]],
    ['POST', '/api/admin/registrations/search', { ...ADMIN, ...json }, '{"status":"\';--","page":-1}', [422]],
    ['POST', '/api/admin/registrations/export', { ...ADMIN, ...json }, '{"q":"' + 'x'.repeat(20000) + '"}', [413]],
  ];
  for (const [method, path, headers, body, expected] of cases) {
    const response = await request(path, { method, headers, body, localAddress: '127.0.11.3' });
    const what = `${method} ${path.slice(0, 60)} → ${response.status}`;
    assert.ok(expected.includes(response.status), `${what}, expected ${expected}`);
    assert.equal(response.headers['content-type'], 'application/problem+json', what);
  }
});

test('nothing a volunteer (an answer to a network\'s need too), a report of a barrier, a network\'s editor, a claim or a suggestion sends appears on any public endpoint or page', async () => {
  const marker = `m${randomBytes(6).toString('hex')}`;
  const digits = String(Date.now()).slice(-7);
  const created = await postRegistration(registration(marker, {
    name: `Name ${marker}`, email: `${marker}@example.org`, phone: `0531 ${digits}`,
    languages_other: `Sprache ${marker}`, message: `Nachricht ${marker}`,
  }), { localAddress: '127.0.11.4' });
  assert.equal(created.status, 201);
  // A report of a barrier, with its own marker, is as private as a registration.
  const reported = await request('/api/feedback', {
    method: 'POST', localAddress: '127.0.11.4',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ message: `Meldung ${marker}-barriere`, email: `${marker}-meldung@example.org`, website: '' }),
  });
  assert.equal(reported.status, 201);
  // A claim of an entry and a suggested network: the person behind them is never public, and
  // a suggestion is not on the map before a coordinator accepts it.
  const form = (path, body) => request(path, {
    method: 'POST', localAddress: '127.0.11.4',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ name: `Anfrage ${marker}`, role: `Rolle ${marker}`, email: `${marker}-anfrage@example.org`,
      phone: `0531 ${digits}`, message: `Nachricht ${marker}-anfrage`, language: 'de', ...body }),
  });
  const claimed = await form('/api/claims', { network: 'refugium-fluechtlingshilfe' });
  assert.equal(claimed.status, 201, claimed.text);
  const suggested = await form('/api/suggestions', {
    network_name: `Vorschlag ${marker}`, organiser: `Träger ${marker}`, district: 130, description: `Beschreibung ${marker}`,
  });
  assert.equal(suggested.status, 201, suggested.text);
  // A coordinator's session: its id and the coordinator's name are never public either.
  const signedIn = await request('/api/admin/session', {
    method: 'POST', localAddress: '127.0.11.4',
    headers: { 'Content-Type': 'application/json', Origin: new URL(BASE_URL).origin },
    body: JSON.stringify({ token: TOKEN }),
  });
  assert.equal(signedIn.status, 201);
  const sessionId = signedIn.headers['set-cookie'].find((c) => c.startsWith('sitzung=')).split(';')[0].slice('sitzung='.length);
  // A network's editor: name, address, access, session and proposal are never public, even
  // after the proposal was accepted and the entry published.
  const origin = new URL(BASE_URL).origin;
  const admin = (method, path, body) => request(path, {
    method, localAddress: '127.0.11.4', body: body && JSON.stringify(body),
    headers: { ...ADMIN, 'Content-Type': 'application/json' },
  });
  const own = await admin('POST', '/api/admin/networks', {
    name: `Netzwerk ${randomUUID().slice(0, 8)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 130,
    description: 'Sprachcafé am Montag.', activities: ['sprachcafe'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2025,
  });
  assert.equal(own.status, 201, own.text);
  const network = own.json().id;
  const given = await admin('POST', '/api/admin/editors', {
    name: `Zugang ${marker}`, email: `${marker}-zugang@example.org`, networks: [network], language: 'de',
  });
  assert.equal(given.status, 201, given.text);
  const editorId = given.json().editor.id;
  const editorSignIn = await request('/api/netzwerk/session', {
    method: 'POST', localAddress: '127.0.11.4', headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ token: new URL(given.json().link).hash.slice(1) }),
  });
  assert.equal(editorSignIn.status, 204);
  const editorCookie = editorSignIn.headers['set-cookie'][0].split(';')[0];
  const editorSession = editorCookie.split('=')[1];
  const editor = (method, path, body) => request(path, {
    method, localAddress: '127.0.11.4', body: body && JSON.stringify(body),
    headers: { Cookie: editorCookie, Origin: origin, 'Content-Type': 'application/json' },
  });
  const area = (await editor('GET', '/api/netzwerk/session')).json();
  assert.equal((await editor('POST', '/api/netzwerk/terms', { version: area.terms_version })).status, 204);
  const entry = area.networks[0].network;
  const proposal = await editor('POST', `/api/netzwerk/networks/${network}/proposals`, {
    name: entry.name, organiser: entry.organiser, district: entry.district, description: entry.description,
    activities: entry.activities, languages: entry.languages, content_lang: entry.content_lang,
    place: 'Stadtteiltreff Weststadt', phone: entry.phone, email: entry.email, website: entry.website,
  });
  assert.equal(proposal.status, 201, proposal.text);
  assert.equal((await admin('POST', `/api/admin/proposals/${proposal.json().id}`, { decision: 'accept' })).status, 200);
  // The network's own need, answered by a volunteer who lets it make contact, contact marked:
  // the answer reaches the network's editor only, never a public page.
  assert.equal((await admin('PUT', `/api/admin/networks/${network}/needs-trust`, { trusted: true })).status, 200);
  const posted = await editor('POST', `/api/netzwerk/networks/${network}/needs`, {
    title: 'Sprachpatin gesucht', description: 'Gemeinsam Deutsch üben, einmal in der Woche im Stadtteilcafé.',
    activity: 'patenschaften', valid_until: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
  });
  assert.equal(posted.status, 201, posted.text);
  const need = posted.json().need;
  const answered = await postRegistration(registration(`${marker}-antwort`, {
    email: `${marker}-antwort@example.org`, need: need.slug, network_contact: true,
  }), { localAddress: '127.0.11.4' });
  assert.equal(answered.status, 201, answered.text);
  const marked = await editor('POST', `/api/netzwerk/networks/${network}/answers/${answered.json().id}`, { state: 'contacted' });
  assert.equal(marked.status, 200, marked.text);
  assert.ok(marked.text.includes(marker), 'the network\'s editor sees the answer');
  // Off the public map again once checked (other files count a district's networks).
  const archive = () => admin('POST', `/api/admin/networks/${network}/archive`);
  const needles = [marker, digits, created.json().id, reported.json().id, sessionId, COORDINATOR.name, editorId, editorSession,
    claimed.json().id, suggested.json().id, answered.json().id];
  // The audit log names the editor's access by part of its id: never their name or address.
  const logged = d1(`SELECT coordinator, action, target FROM audit_log WHERE coordinator LIKE '%${marker}%' OR target LIKE '%${marker}%' OR action LIKE '%${marker}%'`);
  assert.deepEqual(logged, [], 'no audit entry holds the editor\'s name or address');
  const slugs = d1('SELECT slug FROM networks').map((n) => n.slug);
  const paths = [
    '/api/health', '/api/districts', '/api/networks', '/api/networks?district=130', '/api/networks?suche=' + marker,
    '/api/needs', `/api/needs/${need.slug}`, `/gesuch/${need.slug}`, `/mitmachen?gesuch=${need.slug}`,
    ...slugs.map((slug) => `/api/networks/${slug}`),
    '/', '/sw.js', '/manifest.webmanifest', '/impressum', '/datenschutz', '/barrierefreiheit', '/leichte-sprache', '/anmeldung',
    '/mein-netzwerk', '/mein-netzwerk/anmelden', '/mein-netzwerk/stimmt-noch', '/zugang-anfragen', '/netzwerk-vorschlagen',
    '/zahlen', '/api/reports',
  ];
  for (const path of paths) {
    const response = await request(path);
    for (const needle of needles) assert.ok(!response.text.includes(needle), `${path} shows ${needle}`);
  }
  // The report counts them, and holds nothing of theirs: not the figures, not the document,
  // not a CSV file (the coordinators' own, which may leave the area).
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date());
  const period = encodeURIComponent(`${month}..${month}`);
  const reportPaths = [`/api/admin/report?period=${period}`, `/api/admin/report/document?period=${period}&protected=true`,
    ...['months', 'districts', 'languages', 'interests', 'came', 'needs-most', 'needs-fewest'].map((t) => `/api/admin/report/csv?period=${period}&table=${t}`)];
  for (const path of reportPaths) {
    const response = await admin('GET', path);
    assert.equal(response.status, 200, path);
    for (const needle of [marker, digits, created.json().id, answered.json().id]) assert.ok(!response.text.includes(needle), `${path} shows ${needle}`);
  }
  assert.ok(!JSON.stringify(d1('SELECT * FROM report_counts')).includes(marker), 'no counter holds a marker');
  const { context, page } = await openPage(browser);
  for (const path of ['/', '/bezirk/130', '/netzwerk/refugium-fluechtlingshilfe', '/kontakt', '/ueber', '/mitmachen', '/datenschutz', '/barrierefreiheit',
    '/zugang-anfragen?netzwerk=refugium-fluechtlingshilfe', '/netzwerk-vorschlagen']) {
    await visit(page, path);
    await page.locator('main *').first().waitFor();
    const html = await page.content();
    for (const needle of needles) assert.ok(!html.includes(needle), `${path} shows ${needle}`);
  }
  await context.close();
  assert.equal((await archive()).status, 200);
});
