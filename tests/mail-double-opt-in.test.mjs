// With mail switched on (this file runs on a stack with the send_email binding, whose
// allowed_destination_addresses are mail-1…mail-8@example.org): double opt-in and
// self-service through the personal link, in Chromium against the real Worker and D1. No mail
// leaves the machine: `wrangler dev` writes each to an .eml file and logs its path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, screenshotPath, PHONE, d1, fillRegistration, request, registration, postRegistration, newCoordinator, freshAddress } from './support.mjs';
import { logMark, mailsAfter, message, messagePattern, sentCount } from './mail-support.mjs';

const coordinator = newCoordinator('mail');
let browser;
before(async () => {
  browser = await launch();
  coordinator.add();
  // An earlier run on this stack must not count against today's limits of the test addresses.
  d1('DELETE FROM mail_sends');
});
after(async () => { await browser?.close(); });

const OUTBOX_CRON = '*/10+*+*+*+*';
const runOutbox = (atMs) => request(`/cdn-cgi/handler/scheduled?cron=${OUTBOX_CRON}&time=${Math.round(atMs)}`);

async function search(body) {
  const response = await request('/api/admin/registrations/search', {
    method: 'POST', headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, response.text);
  return response.json().items;
}

test('register in Ukrainian → the mail in Ukrainian → confirm → correct → coordinators see it → withdraw: nothing left but an audit entry without personal data', async () => {
  const marker = `Optin ${randomUUID().slice(0, 8)}`;
  const { context, page, problems } = await openPage(browser, PHONE, { locale: 'uk-UA' });
  await visit(page, '/mitmachen?lang=uk&bezirk=130');
  await fillRegistration(page, marker, 'mail-1@example.org');
  const mark = logMark();
  await page.locator('form button[type=submit]').click();
  await page.locator('#danke').waitFor();
  await page.getByText(messagePattern('uk', 'register', 'thanks-mail')).waitFor();
  await page.locator('#mail-erneut').waitFor();
  await page.screenshot({ path: screenshotPath('mail-thanks-uk') });

  const [row] = d1(`SELECT id, confirmed_at, lang FROM registrations WHERE name = '${marker}'`);
  assert.equal(row.confirmed_at, null, 'waits for the confirmation');
  assert.equal(row.lang, 'uk');

  const [mail] = await mailsAfter(mark, { to: 'mail-1@example.org' });
  assert.ok(mail, 'a mail was written');
  assert.equal(mail.headers.subject, message('uk', 'mail', 'mail-confirm-subject'));
  assert.match(mail.headers.from, /<absender-noch-auszufuellen@netzwerkkarte\.invalid>|<[^>]+@[^>]+>/);
  assert.ok(mail.headers.date && mail.headers['message-id'], 'Date and Message-ID');
  assert.match(mail.headers['content-type'], /multipart\/alternative/);
  assert.ok(!mail.raw.includes(marker) && !mail.text.includes(marker), 'no name typed into the form');
  assert.ok(mail.html.includes('<a href='), 'an HTML part with the link');
  const link = /(http:\/\/127\.0\.0\.1:\d+\/anmeldung#[0-9a-f]{64})/.exec(mail.text)?.[1];
  assert.ok(link, `the personal link in the text part:\n${mail.text}`);
  const mailbox = `(SELECT mailbox FROM registrations WHERE id = '${row.id}')`;
  assert.equal(d1(`SELECT COUNT(*) AS n FROM mail_outbox WHERE mailbox = ${mailbox}`)[0].n, 0, 'sent: out of the outbox');

  // Not the coordinators' to see until confirmed: counted, never listed, exported, noted or placed.
  assert.ok(!(await search({ q: marker })).some((r) => r.id === row.id));
  const admin = (method, path, body) => request(path, {
    method, headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.ok((await admin('POST', '/api/admin/registrations/search', {})).json().waiting >= 1, 'counted');
  assert.equal((await admin('POST', '/api/admin/registrations/search', { unconfirmed: true })).status, 422, 'no way to list them');
  const csv = await admin('POST', '/api/admin/registrations/export', {});
  assert.equal(csv.status, 200);
  assert.ok(!csv.text.includes(marker), 'not exported');
  for (const patch of [{ note: 'Rückruf' }, { status: 'placed', placed_network: 'refugium-fluechtlingshilfe' }]) {
    assert.equal((await admin('PATCH', `/api/admin/registrations/${row.id}`, patch)).status, 404, JSON.stringify(patch));
  }
  assert.deepEqual(d1(`SELECT note, status FROM registrations WHERE id = '${row.id}'`), [{ note: null, status: 'new' }]);

  // A mail scanner that fetches the link confirms nothing: the fragment never reaches the Worker.
  assert.equal((await request(new URL(link).pathname)).status, 200);
  assert.equal(d1(`SELECT confirmed_at FROM registrations WHERE id = '${row.id}'`)[0].confirmed_at, null);

  await page.goto(link);
  await page.locator('#anmeldung-daten').getByText(marker).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
  await page.locator('#bestaetigen').click();
  await page.getByText(message('uk', 'mail', 'own-confirmed')).waitFor();
  assert.ok(d1(`SELECT confirmed_at FROM registrations WHERE id = '${row.id}'`)[0].confirmed_at, 'confirmed');
  assert.ok(await page.locator('#anmeldung-bestaetigen').isHidden());
  assert.ok((await search({ q: marker })).some((r) => r.id === row.id), 'now the coordinators see it');

  await page.locator('#feld-phone').fill('0531 765432');
  await page.locator('input[name=contact_via][value=phone]').check();
  await page.locator('input[name=interests][value=sprachcafe]').check();
  await page.locator('#anmeldung-aendern button[type=submit]').click();
  await page.getByText(message('uk', 'mail', 'own-saved')).waitFor();
  const [seen] = (await search({ q: marker })).filter((r) => r.id === row.id);
  assert.equal(seen.phone, '0531 765432');
  assert.equal(seen.contact_via, 'phone');
  assert.deepEqual(seen.interests, ['sprachcafe']);
  await page.screenshot({ path: screenshotPath('mail-own-registration-uk'), fullPage: true });

  await page.locator('#zurueckziehen').click();
  await page.locator('#wirklich-zurueckziehen').click();
  await page.getByText(message('uk', 'mail', 'own-withdrawn')).waitFor();
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${row.id}'`)[0].n, 0, 'erased');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM mail_outbox WHERE registration = '${row.id}'`)[0].n, 0);
  const audit = d1(`SELECT * FROM audit_log WHERE target = '${row.id}'`);
  assert.equal(audit.length, 1);
  assert.equal(audit[0].action, 'registration.withdrawn');
  const everything = JSON.stringify(d1('SELECT * FROM audit_log'));
  for (const personal of [marker, 'mail-1@example.org', '765432']) assert.ok(!everything.includes(personal), `no ${personal} in the audit log`);

  // The link opens nothing any more (a reload: the same address, so no new navigation).
  await page.reload();
  await page.getByText(message('uk', 'mail', 'own-missing')).waitFor();
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('asking for the mail again joins the mailbox\'s next mail: never refused, 3 a day, the time said', async () => {
  const beforeFirst = logMark();
  const response = await postRegistration(registration(`Erneut ${randomUUID()}`, { email: 'mail-2@example.org' }), {
    localAddress: freshAddress(), headers: { 'Content-Language': 'en' },
  });
  assert.equal(response.status, 201);
  const receipt = response.json();
  assert.equal(receipt.mail, true);
  assert.match(receipt.resend, /^[0-9a-f]{64}$/);
  assert.equal(receipt.link, undefined, 'with mail the link only comes by mail');
  const soon = Date.parse(receipt.expected_by) - Date.now();
  assert.ok(soon > 0 && soon <= 11 * 60_000, `expected within minutes: ${receipt.expected_by}`);
  const ask = () => request('/api/anmeldung/erneut', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: receipt.resend }),
  });
  // Each mail goes after the answer; the next ask waits for it, so each is a mail of its own.
  assert.equal((await mailsAfter(beforeFirst, { to: 'mail-2@example.org' })).length, 1);
  let mark = logMark();
  for (let n = 2; n <= 3; n++) {
    const again = await ask();
    assert.equal(again.status, 202, `again #${n}`);
    assert.equal((await mailsAfter(mark, { to: 'mail-2@example.org', count: n - 1 })).length, n - 1);
  }
  const mails = await mailsAfter(mark, { count: 2, to: 'mail-2@example.org' });
  assert.equal(mails[0].headers.subject, message('en', 'mail', 'mail-confirm-subject'));
  // The fourth in 24 hours waits (the mailbox's limit), and the answer says until when.
  const sentBefore = sentCount(d1, 'confirm');
  const held = await ask();
  assert.equal(held.status, 202);
  const waitMs = Date.parse(held.json().expected_by) - Date.now();
  assert.ok(waitMs > 23 * 3_600_000, `expected in about a day: ${held.json().expected_by}`);
  const [row] = d1(`SELECT held, status FROM mail_outbox WHERE mailbox = (SELECT mailbox FROM registrations WHERE id = '${receipt.id}')`);
  assert.deepEqual(row, { held: 1, status: 'pending' }, 'held back, not dropped');
  assert.equal(sentCount(d1, 'confirm'), sentBefore, 'nothing sent');
  // The resend token opens nothing else.
  const open = await request('/api/anmeldung', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: receipt.resend }),
  });
  assert.equal(open.status, 404);
});

test('an unconfirmed registration is erased 7 days after its mail was sent, one never sent after 30; a newer one stays', async () => {
  const old = (await postRegistration(registration(`Alt ${randomUUID()}`, { email: 'mail-3@example.org' }), { localAddress: freshAddress() })).json().id;
  const fresh = (await postRegistration(registration(`Neu ${randomUUID()}`, { email: 'mail-4@example.org' }), { localAddress: freshAddress() })).json().id;
  const unsent = (await postRegistration(registration(`Ungesendet ${randomUUID()}`, { email: `ungesendet-${randomUUID()}@example.org` }), { localAddress: freshAddress() })).json().id;
  const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString();
  // Made 8 days ago, its mail sent 6 days ago: kept one more day.
  d1(`UPDATE registrations SET created_at = '${daysAgo(8)}', confirmation_sent_at = '${daysAgo(6)}' WHERE id = '${fresh}'`);
  d1(`UPDATE registrations SET confirmation_sent_at = '${daysAgo(8)}' WHERE id = '${old}'`);
  d1(`UPDATE registrations SET created_at = '${daysAgo(31)}', confirmation_sent_at = NULL WHERE id = '${unsent}'`);
  const run = await runOutbox(Date.now());
  assert.equal(run.status, 200);
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${old}'`)[0].n, 0, 'erased 7 days after its mail');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${unsent}'`)[0].n, 0, 'never sent: erased after 30 days');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${fresh}'`)[0].n, 1, 'kept: its mail went 6 days ago');
});

test('a send the binding refuses is retried by the cron, backing off, then marked failed; the registration stays', async () => {
  const response = await postRegistration(registration(`Fehlschlag ${randomUUID()}`, { email: 'abgelehnt@example.org' }), { localAddress: freshAddress() });
  assert.equal(response.status, 201, 'a failed send never fails the registration');
  const { id } = response.json();
  const outbox = () => d1(`SELECT attempts, status, next_at_ms, last_error FROM mail_outbox WHERE mailbox = (SELECT mailbox FROM registrations WHERE id = '${id}')`)[0];
  // The first attempt runs after the answer.
  for (let i = 0; i < 40 && outbox()?.attempts !== 1; i++) await new Promise((r) => setTimeout(r, 250));
  let row = outbox();
  assert.equal(row.attempts, 1);
  assert.equal(row.status, 'pending');
  assert.match(row.last_error, /not allowed/);
  const waits = [];
  for (let attempt = 2; attempt <= 6; attempt++) {
    const before = row.next_at_ms;
    assert.equal((await runOutbox(before - 1000)).status, 200);
    assert.equal(outbox().attempts, attempt - 1, 'not due yet: not tried');
    assert.equal((await runOutbox(before)).status, 200);
    row = outbox();
    assert.equal(row.attempts, attempt);
    waits.push(row.next_at_ms - before);
  }
  assert.equal(row.status, 'failed');
  assert.deepEqual(waits.slice(0, 4).map((ms) => ms / 60_000), [20, 40, 80, 160], 'each wait twice the last');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${id}'`)[0].n, 1, 'the registration is kept');
  await runOutbox(row.next_at_ms + 86_400_000);
  assert.equal(outbox().attempts, 6, 'a failed mail is not tried again');
});

test('a confirmation waiting in the outbox holds no address and no name; its counts only a hash; nothing on any public endpoint or page', async () => {
  const marker = `m${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const created = await postRegistration(registration(marker, { name: `Name ${marker}`, email: `${marker}@example.org` }), { localAddress: freshAddress() });
  assert.equal(created.status, 201);
  const { id, resend } = created.json();
  const mailbox = `(SELECT mailbox FROM registrations WHERE id = '${id}')`;
  // Not an allowed address: the message stays in the outbox after its first attempt.
  for (let i = 0; i < 40 && d1(`SELECT attempts FROM mail_outbox WHERE mailbox = ${mailbox}`)[0]?.attempts !== 1; i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  const waiting = d1(`SELECT * FROM mail_outbox WHERE mailbox = ${mailbox}`);
  assert.equal(waiting.length, 1, 'the mailbox\'s row');
  assert.ok(!JSON.stringify(waiting).includes(marker), 'no address, no name: the mail is written when it is sent');
  assert.ok(!JSON.stringify(d1('SELECT * FROM mail_sends')).includes(marker), 'the counts keep only a hash');
  const needles = [marker, id, resend];
  const slugs = d1('SELECT slug FROM networks').map((n) => n.slug);
  for (const path of ['/api/health', '/api/districts', '/api/networks', '/api/needs', ...slugs.map((s) => `/api/networks/${s}`),
    '/', '/bezirk/130', '/mitmachen', '/anmeldung', '/datenschutz', '/sw.js']) {
    const response = await request(path);
    for (const needle of needles) assert.ok(!response.text.includes(needle), `${path} shows ${needle}`);
  }
});

test('placed with a network: a short mail in the form\'s language, only if asked for in the form, only once', async () => {
  const marker = `Vermittelt ${randomUUID().slice(0, 8)}`;
  const { context, page } = await openPage(browser, PHONE, { locale: 'en-GB' });
  await visit(page, '/mitmachen?lang=en&bezirk=130');
  await fillRegistration(page, marker, 'mail-7@example.org');
  await page.locator('#feld-notify_placed').check();
  let mark = logMark();
  await page.locator('form button[type=submit]').click();
  await page.locator('#danke').waitFor();
  await context.close();
  const [row] = d1(`SELECT id, notify_placed FROM registrations WHERE name = '${marker}'`);
  assert.equal(row.notify_placed, 1);
  const [confirmation] = await mailsAfter(mark, { to: 'mail-7@example.org' });
  const token = /anmeldung#([0-9a-f]{64})/.exec(confirmation.text)[1];
  assert.equal((await request('/api/anmeldung/bestaetigen', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) })).status, 200);

  const place = (id) => request(`/api/admin/registrations/${id}`, {
    method: 'PATCH', headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'placed', placed_network: 'refugium-fluechtlingshilfe' }),
  });
  mark = logMark();
  assert.equal((await place(row.id)).status, 200);
  const [placed] = await mailsAfter(mark, { to: 'mail-7@example.org' });
  assert.ok(placed, 'a mail once placed');
  assert.equal(placed.headers.subject, message('en', 'mail', 'mail-placed-subject'));
  const network = d1("SELECT name FROM networks WHERE slug = 'refugium-fluechtlingshilfe'")[0].name;
  assert.ok(placed.text.includes(network), placed.text);
  // Placed again, in two tabs at once: the placing and the queueing are one batch, only
  // from another status, so no second mail is even queued.
  const queued = () => sentCount(d1, 'placed') + d1("SELECT COUNT(*) AS n FROM mail_outbox WHERE kind = 'placed'")[0].n;
  const before = queued();
  const twice = await Promise.all([place(row.id), place(row.id)]);
  assert.deepEqual(twice.map((r) => r.status), [200, 200]);
  assert.equal(queued(), before, 'placed again: no second mail');
  d1(`UPDATE registrations SET status = 'contacted' WHERE id = '${row.id}'`);
  const [first, second] = await Promise.all([place(row.id), place(row.id)]);
  assert.deepEqual([first.status, second.status], [200, 200]);
  assert.equal(queued(), before + 1, 'two tabs placing at once: one mail');

  // Without the tick: no mail.
  const other = await postRegistration(registration(`Ohne ${randomUUID()}`, { email: 'mail-8@example.org' }), { localAddress: freshAddress() });
  d1(`UPDATE registrations SET confirmed_at = created_at WHERE id = '${other.json().id}'`);
  const beforeOther = queued();
  assert.equal((await place(other.json().id)).status, 200);
  assert.equal(queued(), beforeOther, 'not asked for: none queued');
});
