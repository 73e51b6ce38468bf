// Reminders before an entry goes stale, in Chromium against the Worker with mail on: the
// entry's confirmation set back in D1 → the daily trigger run with `time=` → the editor's
// reminder with its one-click link → the link's page (one button, a POST; the terms on the
// way for an access that never agreed) → the public page shows the new date. Each reminder
// goes once; the link works once; on the day the entry goes stale, the second reminder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, d1, newCoordinator, violations } from './support.mjs';
import { logMark, mailsAfter } from './mail-support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-erinnerung');
const auth = { Authorization: `Bearer ${COORDINATOR.token}`, 'Content-Type': 'application/json' };
const admin = (method, path, body) => request(path, { method, headers: auth, body: body && JSON.stringify(body) });
const EMAIL = 'mail-15@example.org';
let network;
before(async () => {
  browser = await launch();
  COORDINATOR.add();
  const created = await admin('POST', '/api/admin/networks', {
    name: `Erinnerungstreff ${randomUUID().slice(0, 6)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 310,
    description: 'Wir treffen uns mittwochs.', activities: ['begegnung'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' }, stand: 2025,
  });
  assert.equal(created.status, 201, created.text);
  network = created.json();
  for (const old of (await admin('GET', '/api/admin/editors')).json().filter((e) => e.email === EMAIL)) {
    assert.equal((await admin('DELETE', `/api/admin/editors/${old.id}`)).status, 204);
  }
  const given = await admin('POST', '/api/admin/editors', { name: 'Lea Beispiel', email: EMAIL, networks: [network.id], language: 'de' });
  assert.equal(given.status, 201, given.text);
});
after(async () => {
  await browser?.close();
  assert.equal((await admin('POST', `/api/admin/networks/${network.id}/archive`)).status, 200);
});

const daily = (ms) => request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${ms}`);
const confirmedDaysAgo = (days) => d1(`UPDATE networks SET confirmed_at = '${new Date(Date.now() - days * 86_400_000).toISOString()}', confirmed_by = 'coordination' WHERE id = '${network.id}'`);
const today = () => new Date().toISOString().slice(0, 10).split('-').reverse().join('.');

test('30 days ahead: a reminder with a one-click "Stimmt noch" → terms → confirmed → the public page shows the day', async () => {
  confirmedDaysAgo(340);
  const mark = logMark();
  assert.equal((await daily(Date.now())).status, 200);
  const [mail] = await mailsAfter(mark, { to: EMAIL });
  assert.ok(mail, 'the reminder went out');
  assert.equal(mail.headers.subject, `Stimmt der Eintrag „${network.name}“ noch?`);
  assert.match(mail.text, /Ab dem \d\d\.\d\d\.\d{4} zeigt die Karte ihn als „Angaben möglicherweise veraltet“/);
  assert.match(mail.text, /\/mein-netzwerk\r?\n|\/mein-netzwerk$/m, 'the way to propose changes');
  const link = mail.text.match(/https?:\/\/\S+\/mein-netzwerk\/stimmt-noch#[0-9a-f]{64}/)[0];

  // Once per confirmation: the next run sends nothing again (a reminder makes a link per
  // editor in the batch that queues its mail, so the links count the reminders).
  const links = () => d1(`SELECT COUNT(*) AS n FROM confirm_links WHERE network_id = '${network.id}'`)[0].n;
  assert.equal(links(), 1);
  assert.equal((await daily(Date.now() + 60_000)).status, 200);
  assert.equal(links(), 1, 'no second reminder');

  // Last used long ago: the click below must count as use.
  d1(`UPDATE editors SET last_used_at = '2026-01-01T00:00:00.000Z' WHERE email = '${EMAIL}'`);
  const { context, page } = await openPage(browser);
  await page.goto(link);
  const button = page.getByRole('button', { name: 'Stimmt noch' });
  await button.waitFor();
  assert.ok(!page.url().includes('#'), 'the token leaves the address bar');
  assert.equal(d1(`SELECT confirmed_by FROM networks WHERE id = '${network.id}'`)[0].confirmed_by, 'coordination', 'opening the link changes nothing');
  assert.deepEqual(await violations(page), [], 'the one-click page');
  await button.click();
  // This access never agreed to the terms: they come first, on the same page.
  await page.getByRole('heading', { name: 'Bevor Sie etwas ändern' }).waitFor();
  assert.deepEqual(await violations(page), [], 'the terms on the one-click page');
  await page.getByRole('button', { name: 'Ich stimme zu – und: Stimmt noch' }).click();
  await page.getByText(`Danke! Bestätigt ist: „${network.name}“`).waitFor();
  // Using the link is using the access: it is not erased as unused a year later.
  const used = d1(`SELECT last_used_at FROM editors WHERE email = '${EMAIL}'`)[0].last_used_at;
  assert.ok(Date.now() - Date.parse(used) < 120_000, `last used ${used}`);

  await visit(page, `/netzwerk/${network.slug}`);
  await page.getByText(`Zuletzt bestätigt am ${today()} vom Netzwerk`).first().waitFor();
  assert.equal(await page.getByText('Angaben möglicherweise veraltet').count(), 0);
  await context.close();

  // The link worked once.
  const spent = await request('/api/netzwerk/stimmt-noch', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: link.split('#')[1] }),
  });
  assert.equal(spent.status, 409);
  assert.equal(spent.json().codes.token, 'link.invalid');
});

test('on the day it goes stale, the second reminder; a link dies once the entry changes', async () => {
  confirmedDaysAgo(400);
  const mark = logMark();
  assert.equal((await daily(Date.now())).status, 200);
  const [mail] = await mailsAfter(mark, { to: EMAIL });
  assert.ok(mail, 'the second reminder went out');
  assert.equal(mail.headers.subject, `Der Eintrag „${network.name}“ gilt als möglicherweise veraltet`);
  const token = mail.text.match(/\/mein-netzwerk\/stimmt-noch#([0-9a-f]{64})/)[1];
  // A coordinator changes the entry: a newer revision; the reminder's link no longer works.
  const entry = (await request(`/api/networks/${network.slug}`)).json();
  const changed = await admin('PUT', `/api/admin/networks/${network.id}`, {
    slug: entry.slug, name: entry.name, organiser: entry.organiser, district: entry.district,
    description: 'Wir treffen uns jetzt donnerstags.', activities: entry.activities, languages: entry.languages,
    source: entry.source, stand: entry.stand,
  });
  assert.equal(changed.status, 200, changed.text);
  const dead = await request('/api/netzwerk/stimmt-noch', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
  });
  assert.equal(dead.status, 409);
  assert.equal(dead.json().codes.token, 'link.invalid');
  assert.equal(d1(`SELECT confirmed_by FROM networks WHERE id = '${network.id}'`)[0].confirmed_by, 'coordination');
});
