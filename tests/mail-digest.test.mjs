// The coordinators' daily digest, with mail switched on (this file runs on the stack with the
// send_email binding): the address set in the area, one digest at 07:00 Berlin time in winter
// and in summer (two UTC triggers, one sends), counts only, never a volunteer's data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, DESKTOP, screenshotPath, d1, request, registration, postRegistration, newCoordinator, freshAddress, tag, postNeed, needBody } from './support.mjs';
import { logMark, mailsAfter, sentCount } from './mail-support.mjs';

const coordinator = newCoordinator('ueberblick');
const DIGEST_TO = 'mail-5@example.org';
let browser;
before(async () => {
  browser = await launch();
  coordinator.add();
  // A coordinator of an earlier run on this stack must not share the test's address, and an
  // earlier run's mails must not count against today's limits of the test addresses.
  d1(`UPDATE coordinators SET email = NULL WHERE email = '${DIGEST_TO}'`);
  d1('DELETE FROM mail_sends');
});
after(async () => { await browser?.close(); });

const scheduled = (cron, iso) => request(`/cdn-cgi/handler/scheduled?cron=${cron.replace(/ /g, '+')}&time=${Date.parse(iso)}`);
const json = (method, path, body) => request(path, {
  method, headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});
// A digest run sends before it answers, and the Worker counts each mail it sends: the runs
// since `sentBefore` sent exactly this many, so wait until the log shows that many.
const digestsAfter = async (mark, sentBefore) => {
  const sent = sentCount(d1, 'digest') - sentBefore;
  const mails = await mailsAfter(mark, { count: sent });
  assert.equal(mails.length, sent, 'every digest sent is in the log');
  return mails.filter((mail) => mail.headers.to.includes(DIGEST_TO));
};

/** A confirmed registration (through its mail's link) with a marker in every free field. */
async function confirmedRegistration(marker, overrides) {
  const mark = logMark();
  const created = await postRegistration(registration(marker, {
    name: `Name ${marker}`, email: 'mail-6@example.org', phone: '0531 909090', message: `Nachricht ${marker}`,
    languages_other: `Sprache ${marker}`, ...overrides,
  }), { localAddress: freshAddress() });
  assert.equal(created.status, 201);
  const [mail] = await mailsAfter(mark, { to: 'mail-6@example.org' });
  const token = /anmeldung#([0-9a-f]{64})/.exec(mail.text)[1];
  const confirmed = await request('/api/anmeldung/bestaetigen', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  assert.equal(confirmed.status, 200);
  return created.json().id;
}

test('a coordinator sets the address in the area; the digest goes at 07:00 Berlin time in winter and summer, once a day, counts only', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(coordinator.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.locator('#einstellung-email').fill(DIGEST_TO);
  await page.locator('#einstellung-ueberblick').check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
  await page.screenshot({ path: screenshotPath('koordination-einstellungen') });
  assert.deepEqual(problems.errorResponses, []);
  await context.close();
  const [stored] = d1(`SELECT email, digest FROM coordinators WHERE name = '${coordinator.name}'`);
  assert.deepEqual(stored, { email: DIGEST_TO, digest: 1 });
  assert.ok(!JSON.stringify(d1(`SELECT * FROM audit_log WHERE coordinator = '${coordinator.name}'`)).includes(DIGEST_TO), 'the log has no address');

  const marker = `d${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const title = `Lesepaten ${tag()}`;
  const need = await postNeed(coordinator.token, needBody(title, { district: 130 }));
  await confirmedRegistration(marker, { districts: [130] });
  await confirmedRegistration(`${marker}b`, { districts: [221], need: need.slug });

  // Winter (CET, UTC+1): 05:00 UTC is 06:00 in Berlin, 06:00 UTC is 07:00.
  let mark = logMark();
  let sentBefore = sentCount(d1, 'digest');
  assert.equal((await scheduled('0 5 * * *', '2026-12-15T05:00:00Z')).status, 200);
  assert.equal((await scheduled('0 6 * * *', '2026-12-15T06:00:00Z')).status, 200);
  assert.equal((await scheduled('0 6 * * *', '2026-12-15T06:00:30Z')).status, 200, 'a second run the same day');
  let digests = await digestsAfter(mark, sentBefore);
  assert.equal(digests.length, 1, 'one digest, from the 07:00 Berlin trigger');
  const [digest] = digests;
  assert.match(digest.headers.subject, /Netzwerkkarte: \d+ neue Anmeldungen, \d+ Antworten auf Gesuche/);
  assert.ok(digest.text.includes('15.12.2026'), digest.text);
  assert.match(digest.text, /– Mitte: \d+/);
  assert.match(digest.text, /– Weststadt: \d+/);
  assert.ok(digest.text.includes(`„${title}“: 1`), digest.text);
  assert.match(digest.text, /\/koordination/);
  for (const personal of [marker, 'mail-6@example.org', '909090', 'Nachricht', 'Sprache ']) {
    assert.ok(!digest.raw.includes(personal), `no ${personal} in the digest`);
  }
  assert.equal(d1(`SELECT last_digest_day FROM coordinators WHERE name = '${coordinator.name}'`)[0].last_digest_day, '2026-12-15');

  // Summer (CEST, UTC+2): 05:00 UTC is 07:00 in Berlin. (The test's token would have ended by
  // then: an ended token gets no digest.)
  d1(`UPDATE coordinators SET last_digest_at = NULL, last_digest_day = NULL, expires_at = '2028-01-01T00:00:00Z' WHERE name = '${coordinator.name}'`);
  mark = logMark();
  sentBefore = sentCount(d1, 'digest');
  assert.equal((await scheduled('0 6 * * *', '2027-07-15T06:00:00Z')).status, 200);
  assert.equal((await scheduled('0 5 * * *', '2027-07-15T05:00:00Z')).status, 200);
  digests = await digestsAfter(mark, sentBefore);
  assert.equal(digests.length, 1, 'one digest, from the 05:00 UTC trigger in summer');
  assert.ok(digests[0].text.includes('15.07.2027'));

  // Switched off in the area: none.
  assert.equal((await json('PUT', '/api/admin/settings', { email: DIGEST_TO, digest: false })).status, 200);
  d1(`UPDATE coordinators SET last_digest_at = NULL, last_digest_day = NULL WHERE name = '${coordinator.name}'`);
  const queuedDigests = () => sentCount(d1, 'digest') + d1("SELECT COUNT(*) AS n FROM mail_outbox WHERE kind = 'digest' AND status = 'pending'")[0].n;
  const digestsBefore = queuedDigests();
  assert.equal((await scheduled('0 5 * * *', '2027-07-16T05:00:00Z')).status, 200);
  assert.equal(queuedDigests(), digestsBefore, 'switched off: none sent, none queued');
  assert.equal(d1(`SELECT last_digest_day FROM coordinators WHERE name = '${coordinator.name}'`)[0].last_digest_day, null);
});

test('the settings refuse a bad address; a failed confirmation is only counted, other failed mails are listed', async () => {
  const bad = await json('PUT', '/api/admin/settings', { email: 'kein-at', digest: true });
  assert.equal(bad.status, 422);
  assert.ok(bad.json().errors.email);
  assert.equal((await json('PUT', '/api/admin/settings', { email: null, digest: true, fremd: 1 })).status, 422);
  const settings = await json('GET', '/api/admin/settings');
  assert.equal(settings.json().mail_on, true);
  const address = `fehl-${tag()}@example.org`;
  const failing = await postRegistration(registration(`Fehl ${randomUUID()}`, { email: address }), { localAddress: freshAddress() });
  const { id } = failing.json();
  const row = () => d1(`SELECT attempts, status, next_at_ms FROM mail_outbox WHERE mailbox = (SELECT mailbox FROM registrations WHERE id = '${id}')`)[0];
  for (let i = 0; i < 40 && row()?.attempts !== 1; i++) await new Promise((r) => setTimeout(r, 250));
  for (let attempt = 2; attempt <= 6; attempt++) {
    await request(`/cdn-cgi/handler/scheduled?cron=*/10+*+*+*+*&time=${row().next_at_ms}`);
  }
  assert.equal(row().status, 'failed', 'failed after six attempts');
  const failures = (await json('GET', '/api/admin/mail-failures')).json();
  assert.ok(!JSON.stringify(failures).includes(address), 'an unconfirmed registration\'s address is not listed');
  assert.ok(failures.every((f) => f.kind !== 'confirm'));
  assert.ok((await json('GET', '/api/admin/settings')).json().failed_confirmations >= 1, 'counted');
  // … and shown in the area as a count.
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(coordinator.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.locator('#bestaetigungen-fehlgeschlagen').waitFor();
  assert.match(await page.locator('#bestaetigungen-fehlgeschlagen').innerText(), /^\d+ Bestätigungsmails? an noch nicht bestätigte Anmeldungen/);
  assert.ok(!(await page.locator('main').innerText()).includes(address));
  await context.close();
});

test('a coordinator whose access has ended keeps no address', async () => {
  const leaving = newCoordinator('ende');
  leaving.add();
  d1(`UPDATE coordinators SET email = 'mail-5@example.org', digest = 1 WHERE name = '${leaving.name}'`);
  d1(`UPDATE coordinators SET expires_at = '2026-01-01T00:00:00Z' WHERE name = '${leaving.name}'`);
  assert.equal((await request(`/cdn-cgi/handler/scheduled?cron=*/10+*+*+*+*&time=${Date.now()}`)).status, 200);
  assert.equal(d1(`SELECT email FROM coordinators WHERE name = '${leaving.name}'`)[0].email, null);
});
