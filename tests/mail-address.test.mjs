// A changed address confirms again, with mail switched on: the confirmed address stays in use
// (the coordinators' list and export) until the link mailed to the new one is opened; the old
// one gets a short notice. Against the real Worker and D1, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, PHONE, d1, request, registration, postRegistration, newCoordinator, freshAddress } from './support.mjs';
import { logMark, mailsAfter, message } from './mail-support.mjs';

const coordinator = newCoordinator('adresse');
const OLD = 'mail-3@example.org';
const NEW = 'mail-4@example.org';
let browser;
before(async () => {
  browser = await launch();
  coordinator.add();
});
after(async () => { await browser?.close(); });

const json = { 'Content-Type': 'application/json' };
const own = (path, body, method = 'POST') => request(path, { method, headers: json, body: JSON.stringify(body) });
const admin = (path, body) => request(path, {
  method: 'POST', headers: { ...json, Authorization: `Bearer ${coordinator.token}` }, body: JSON.stringify(body),
});

test('an address change: the confirmed one stays in use until the new one confirms by its link; the old one is told', async () => {
  const marker = `Adresse${randomUUID().slice(0, 6)}`;
  let mark = logMark();
  const { id } = (await postRegistration(registration(marker, { email: OLD }), { localAddress: freshAddress() })).json();
  const [confirmation] = await mailsAfter(mark, { to: OLD });
  const token = /anmeldung#([0-9a-f]{64})/.exec(confirmation.text)[1];
  assert.equal((await own('/api/anmeldung/bestaetigen', { token })).status, 200);

  mark = logMark();
  const changed = await own('/api/anmeldung', { token, email: NEW, phone: '0531 222333' }, 'PATCH');
  assert.equal(changed.status, 200, changed.text);
  assert.equal(changed.json().email, OLD, 'the confirmed address stays in use');
  assert.equal(changed.json().pending_email, NEW);
  assert.equal(changed.json().phone, '0531 222333', 'the rest of the correction is stored');
  const [listed] = (await admin('/api/admin/registrations/search', { q: marker })).json().items;
  assert.equal(listed.email, OLD, 'the coordinators see the address in use');
  assert.equal(listed.pending_email, undefined, 'and not the one waiting');
  const csv = (await admin('/api/admin/registrations/export', { q: marker })).text;
  assert.ok(csv.includes(OLD) && !csv.includes(NEW), 'nor in the export');

  const [toNew] = await mailsAfter(mark, { to: NEW });
  assert.equal(toNew.headers.subject, message('de', 'mail', 'mail-address-subject'));
  const [notice] = await mailsAfter(mark, { to: OLD });
  assert.equal(notice.headers.subject, message('de', 'mail', 'mail-address-notice-subject'));
  assert.ok(!notice.text.includes(NEW), 'the notice does not name the new address');
  const link = /(http:\/\/127\.0\.0\.1:\d+\/anmeldung#adresse-[0-9a-f]{64})/.exec(toNew.text)?.[1];
  assert.ok(link, toNew.text);
  // The address token opens nothing else.
  const addressToken = link.split('#adresse-')[1];
  assert.equal((await own('/api/anmeldung', { token: addressToken })).status, 404);

  // A mail scanner that fetches the link confirms nothing; the button does.
  assert.equal((await request(new URL(link).pathname)).status, 200);
  assert.equal(d1(`SELECT email FROM registrations WHERE id = '${id}'`)[0].email, OLD);
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, link);
  await page.locator('#adresse-knopf').click();
  await page.getByText(message('de', 'mail', 'own-address-confirmed')).waitFor();
  await context.close();
  assert.deepEqual(d1(`SELECT email, pending_email FROM registrations WHERE id = '${id}'`), [{ email: NEW, pending_email: null }]);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM audit_log WHERE target = '${id}' AND action = 'registration.address_confirmed'`)[0].n, 1);
  assert.equal((await own('/api/anmeldung/adresse', { token: addressToken })).status, 404, 'used: it opens nothing');
  assert.equal((await admin('/api/admin/registrations/search', { q: marker })).json().items[0].email, NEW);
});

test('a new address waiting for its confirmation is as private as the registration: on no public endpoint or page', async () => {
  const marker = `p${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const mark = logMark();
  const { id } = (await postRegistration(registration(`Privat ${marker}`, { email: 'mail-3@example.org' }), { localAddress: freshAddress() })).json();
  const [confirmation] = await mailsAfter(mark, { to: 'mail-3@example.org', count: 1 });
  const token = [...confirmation.text.matchAll(/anmeldung#([0-9a-f]{64})/g)].map((m) => m[1])
    .find((t) => t.startsWith(id.replace(/-/g, '')));
  assert.ok(token, 'the registration\'s own link');
  const pending = `${marker}@example.org`;
  assert.equal((await own('/api/anmeldung', { token, email: pending }, 'PATCH')).status, 200);
  assert.equal(d1(`SELECT pending_email FROM registrations WHERE id = '${id}'`)[0].pending_email, pending);
  const slugs = d1('SELECT slug FROM networks').map((n) => n.slug);
  for (const path of ['/api/health', '/api/districts', '/api/networks', '/api/needs', ...slugs.map((s) => `/api/networks/${s}`),
    '/', '/bezirk/130', '/mitmachen', '/anmeldung', '/datenschutz', '/sw.js']) {
    assert.ok(!(await request(path)).text.includes(marker), `${path} shows the waiting address`);
  }
  assert.ok(!JSON.stringify(d1('SELECT * FROM audit_log')).includes(marker), 'nor the audit log');
});
