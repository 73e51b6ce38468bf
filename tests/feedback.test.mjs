// "Barriere melden": from the form on /barrierefreiheit to the coordinators' list, its status
// and its erasure; the API's rules (idempotency key, its own rate-limit bucket, honeypot);
// retention; and never a report on a public page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, d1, newCoordinator, postRegistration, registration, freshAddress, PHONE, DESKTOP } from './support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-barrieren');
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

const JSON_TYPE = { 'Content-Type': 'application/json' };
const [API, LIMITED, BOT, RETENTION] = [freshAddress(), freshAddress(), freshAddress(), freshAddress()];

function postFeedback(body, { key = randomUUID(), localAddress } = {}) {
  return request('/api/feedback', {
    method: 'POST', localAddress, body: JSON.stringify(body), headers: { ...JSON_TYPE, 'Idempotency-Key': key },
  });
}

test('a resident reports a barrier; a coordinator sees it, sets its status and erases it', async () => {
  const marker = `Barriere ${randomUUID().slice(0, 8)}`;
  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, '/barrierefreiheit');
  const form = page.locator('#barriere-formular');
  await form.waitFor();
  assert.equal(await page.locator('.feedback-no-script').isVisible(), false, 'with JavaScript the form replaces the note');

  // Too short: the Worker's field error, next to the field, and the focus on it.
  await page.getByLabel('Was ist Ihnen aufgefallen?').fill('kurz');
  await page.getByRole('button', { name: 'Meldung senden' }).click();
  await page.locator('#message-fehler').waitFor();
  assert.equal(await page.locator('#message-fehler').textContent(), 'Bitte schreiben Sie mindestens 10 Zeichen.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'feld-message');
  assert.equal(await page.locator('#feld-message').getAttribute('aria-invalid'), '');

  await page.getByLabel('Was ist Ihnen aufgefallen?').fill(`${marker}: Die Karte lässt sich mit dem Screenreader nicht bedienen.`);
  await page.getByLabel('E-Mail-Adresse (freiwillig)').fill('meldung@example.org');
  await page.getByRole('button', { name: 'Meldung senden' }).click();
  await page.getByText('Danke! Ihre Meldung ist angekommen.').waitFor();
  assert.equal(await page.locator('#feld-message').inputValue(), '', 'the form is empty for the next report');
  const [row] = d1(`SELECT id, email, status FROM feedback WHERE message LIKE '${marker}%'`);
  assert.deepEqual([row.email, row.status], ['meldung@example.org', 'new']);
  // The one error the console shows is the browser's note on the 422 the page asked for.
  assert.deepEqual(problems.consoleErrors.filter((e) => !e.includes('status of 422')), []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();

  const admin = await openPage(browser, DESKTOP);
  await visit(admin.page, '/koordination');
  await admin.page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await admin.page.getByLabel('Zugangsschlüssel').press('Enter');
  await admin.page.getByRole('button', { name: 'Barrieren' }).click();
  const report = admin.page.locator('.feedback-report', { hasText: marker });
  await report.waitFor();
  assert.equal(await report.locator('a[href="mailto:meldung@example.org"]').count(), 1);
  const patched = admin.page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(row.id));
  await report.getByLabel('Status').selectOption('in_progress');
  assert.equal((await patched).status(), 200);
  assert.equal(d1(`SELECT status FROM feedback WHERE id = '${row.id}'`)[0].status, 'in_progress');
  admin.page.once('dialog', (dialog) => dialog.accept());
  const erased = admin.page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes(row.id));
  await report.getByRole('button', { name: 'Löschen' }).click();
  assert.equal((await erased).status(), 204);
  await report.waitFor({ state: 'detached' });
  assert.deepEqual(d1(`SELECT id FROM feedback WHERE id = '${row.id}'`), []);
  const actions = d1(`SELECT action FROM audit_log WHERE target = '${row.id}' ORDER BY at, rowid`).map((r) => r.action);
  assert.equal(actions.length, 2, `a status change and an erasure, audited: ${actions}`);
  assert.deepEqual(admin.problems.consoleErrors, []);
  await admin.context.close();
});

test('in Arabic the field errors are Arabic, by the Worker\'s codes', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/barrierefreiheit?lang=ar');
  await page.locator('#barriere-formular').waitFor();
  await page.locator('#feld-message').fill('قصير');
  await page.locator('#feld-email').fill('keine-adresse');
  await page.locator('#barriere-formular button[type="submit"]').click();
  await page.locator('#email-fehler').waitFor();
  for (const id of ['#message-fehler', '#email-fehler']) {
    assert.match(await page.locator(id).textContent(), /[\u0600-\u06FF]/, id);
    assert.equal(await page.locator(id).getAttribute('lang'), null, `${id}: in the page's language`);
  }
  assert.match(await page.locator('#message-fehler').textContent(), /10/);
  await context.close();
});

test('the API: 201 once per key, the same answer again, field errors with codes, media type and size', async () => {
  const key = randomUUID();
  const body = { message: `API ${randomUUID()}: Kontrast zu schwach`, email: '', website: '' };
  const first = await postFeedback(body, { key, localAddress: API });
  assert.equal(first.status, 201);
  const again = await postFeedback(body, { key, localAddress: API });
  assert.ok([200, 201].includes(again.status), `a resend: ${again.status}`);
  assert.equal(again.json().id, first.json().id, 'stored once');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM feedback WHERE message = '${body.message}'`)[0].n, 1);
  assert.equal(d1(`SELECT email FROM feedback WHERE id = '${first.json().id}'`)[0].email, null, 'no e-mail: none stored');

  const bad = await postFeedback({ message: 'x', email: 'keine-adresse', website: '' }, { localAddress: API });
  assert.equal(bad.status, 422);
  assert.equal(bad.headers['content-type'], 'application/problem+json');
  assert.deepEqual(Object.keys(bad.json().errors).sort(), ['email', 'message']);
  assert.match(bad.json().codes.email, /^email\./);
  const noKey = await request('/api/feedback', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body), localAddress: API });
  assert.equal(noKey.status, 400, 'without its key, as for a registration');
  const form = await request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID() }, body: '{}', localAddress: API });
  assert.equal(form.status, 415);
  const huge = await postFeedback({ ...body, message: 'x'.repeat(40000) }, { localAddress: API });
  assert.equal(huge.status, 413);
});

test('reports have their own rate-limit bucket: the limit stops reports, not registrations', async () => {
  const from = LIMITED;
  const limit = Number(process.env.FEEDBACK_RATE_LIMIT ?? 5);
  const answers = [];
  for (let i = 0; i < limit; i++) {
    answers.push((await postFeedback({ message: `Limit ${randomUUID()}: Schrift zu klein`, website: '' }, { localAddress: from })).status);
  }
  assert.deepEqual(answers, Array(limit).fill(201));
  const refused = await postFeedback({ message: `Limit ${randomUUID()}: noch eine`, website: '' }, { localAddress: from });
  assert.equal(refused.status, 429);
  assert.match(refused.headers['retry-after'] ?? '', /^\d+$/);
  const registered = await postRegistration(registration(`Nach Meldungen ${randomUUID().slice(0, 8)}`), { localAddress: from });
  assert.equal(registered.status, 201, 'the registrations\' bucket is another');
});

test('a bot filling the honeypot stores nothing', async () => {
  const message = `Bot ${randomUUID()}: bitte klicken`;
  const answer = await postFeedback({ message, website: 'https://spam.example' }, { localAddress: BOT });
  assert.ok(answer.status < 500, `${answer.status}`);
  assert.deepEqual(d1(`SELECT id FROM feedback WHERE message = '${message}'`), []);
});

test('retention deletes reports older than their period, and only those', async () => {
  const old = (await postFeedback({ message: `Alt ${randomUUID()}: Fokus unsichtbar`, website: '' }, { localAddress: RETENTION })).json().id;
  const recent = (await postFeedback({ message: `Neu ${randomUUID()}: Fokus unsichtbar`, website: '' }, { localAddress: RETENTION })).json().id;
  const past = (days) => new Date(Date.now() - days * 86_400_000).toISOString();
  d1(`UPDATE feedback SET created_at = '${past(366)}' WHERE id = '${old}'`);
  d1(`UPDATE feedback SET created_at = '${past(300)}' WHERE id = '${recent}'`);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.deepEqual(d1(`SELECT id FROM feedback WHERE id = '${old}'`), []);
  assert.equal(d1(`SELECT id FROM feedback WHERE id = '${recent}'`).length, 1);
});

test('the coordinators\' list needs a sign-in', async () => {
  for (const [method, path] of [['GET', '/api/admin/feedback'], ['DELETE', `/api/admin/feedback/${randomUUID()}`]]) {
    const response = await request(path, { method });
    assert.equal(response.status, 401, `${method} ${path}`);
  }
  const listed = await request('/api/admin/feedback', { headers: { Authorization: `Bearer ${COORDINATOR.token}` } });
  assert.equal(listed.status, 200);
  assert.equal(listed.headers['cache-control'], 'no-store');
});
