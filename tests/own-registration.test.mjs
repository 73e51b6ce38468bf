// A volunteer's own registration without mail (as wrangler.toml ships): the thank-you page
// gives the personal link, which opens what is stored, corrects it and withdraws it. Against
// the real Worker and D1, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, visit, screenshotPath, PHONE, d1, fillRegistration, request, registration, postRegistration, freshAddress, newCoordinator, CONSENT_VERSION } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const own = (path, body, method = 'POST') => request(path, {
  method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
});

test('the thank-you page gives the personal link; it shows everything stored, corrects, and withdraws', async () => {
  const marker = `Eigen ${randomUUID().slice(0, 8)}`;
  const { context, page, problems } = await openPage(browser, PHONE);
  await visit(page, '/mitmachen?bezirk=130');
  await fillRegistration(page, marker, 'eigen@example.org');
  assert.equal(await page.locator('#feld-notify_placed').count(), 0, 'without mail the form offers none');
  await page.locator('form button[type=submit]').click();
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  const link = page.locator('#persoenlicher-link');
  await link.waitFor();
  assert.match(await link.getAttribute('href'), /^\/anmeldung#[0-9a-f]{64}$/);
  const thanks = await page.locator('main').innerText();
  assert.ok(!/E-Mail geschickt|E-Mail noch einmal/.test(thanks), 'without mail no page promises one');
  assert.equal(await page.locator('#mail-erneut').count(), 0);
  await page.screenshot({ path: screenshotPath('own-thanks-link'), fullPage: true });

  const [row] = d1(`SELECT id, confirmed_at, lang FROM registrations WHERE name = '${marker}'`);
  assert.ok(row.confirmed_at, 'confirmed when stored: no mail to confirm with');
  await link.click();
  await page.locator('#anmeldung-daten').getByText(marker).waitFor();
  assert.ok(await page.locator('#anmeldung-bestaetigen').isHidden(), 'nothing to confirm');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'the page with the data passes axe');
  const facts = await page.locator('#anmeldung-daten').innerText();
  for (const shown of ['eigen@example.org', 'Mitte', 'nach Absprache', CONSENT_VERSION, 'Neu']) assert.ok(facts.includes(shown), `${shown} in\n${facts}`);

  await page.locator('#feld-email').fill('kein-at');
  await page.locator('#anmeldung-aendern button[type=submit]').click();
  await page.locator('#email-fehler').waitFor();
  assert.equal(await page.locator('#feld-email').getAttribute('aria-invalid'), '');
  await page.locator('#feld-email').fill('eigen-neu@example.org');
  await page.locator('#anmeldung-aendern button[type=submit]').click();
  await page.getByText('Ihre Änderungen sind gespeichert.').waitFor();
  assert.equal(d1(`SELECT email FROM registrations WHERE id = '${row.id}'`)[0].email, 'eigen-neu@example.org');
  await page.screenshot({ path: screenshotPath('own-registration'), fullPage: true });

  await page.locator('#zurueckziehen').click();
  await page.locator('#wirklich-zurueckziehen').click();
  await page.getByText('Ihre Anmeldung ist gelöscht.', { exact: false }).waitFor();
  assert.equal(d1(`SELECT COUNT(*) AS n FROM registrations WHERE id = '${row.id}'`)[0].n, 0);
  // The one refused correction (422) is the only error Chromium logs.
  assert.deepEqual(problems.consoleErrors.filter((e) => !e.includes('status of 422')), []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('tokens: a changed one, one of another purpose, or none opens nothing; bad bodies get their status', async () => {
  const response = await postRegistration(registration(`Token ${randomUUID()}`), { localAddress: freshAddress() });
  const { link } = response.json();
  const token = link.split('#')[1];
  assert.equal((await own('/api/anmeldung', { token })).status, 200);
  const changed = token.slice(0, 40) + (token[40] === '0' ? '1' : '0') + token.slice(41);
  for (const bad of [changed, token.slice(0, 63), '', 'x'.repeat(64)]) {
    assert.equal((await own('/api/anmeldung', { token: bad })).status, 404, bad);
  }
  assert.equal((await own('/api/anmeldung', { token, fremd: 1 })).status, 422, 'unknown field');
  const invalid = await own('/api/anmeldung', { token, email: 'kein-at' }, 'PATCH');
  assert.equal(invalid.status, 422);
  assert.ok(invalid.json().errors.email);
  assert.equal((await request('/api/anmeldung', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status, 415);
  assert.equal((await request('/api/anmeldung', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' })).status, 400);
  assert.equal((await own('/api/anmeldung', { token: 'x'.repeat(20_000) })).status, 413);
  const resend = await own('/api/anmeldung/erneut', { token });
  assert.equal(resend.status, 404, 'the personal link cannot ask for mails');
  assert.equal((await request('/api/anmeldung')).status, 405);
});

test('a renewed link: the old one opens nothing at once, the new one opens; the token leaves the address bar', async () => {
  const created = await postRegistration(registration(`Erneuert ${randomUUID().slice(0, 8)}`), { localAddress: freshAddress() });
  assert.equal(created.status, 201);
  const { id, link } = created.json();
  const oldToken = link.split('#')[1];
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, link);
  await page.locator('#anmeldung-daten').waitFor();
  assert.equal(await page.evaluate(() => location.hash), '', 'no token in the address bar');
  assert.ok(!(await page.evaluate(() => location.href)).includes(oldToken));
  await page.locator('#neuer-link').click();
  const fresh = page.locator('#neuer-link-oeffnen');
  await fresh.waitFor();
  const newLink = await fresh.getAttribute('href');
  assert.match(newLink, /^\/anmeldung#[0-9a-f]{64}$/);
  const newToken = newLink.split('#')[1];
  assert.notEqual(newToken, oldToken);
  assert.equal((await own('/api/anmeldung', { token: oldToken })).status, 404, 'the old link is dead at once');
  assert.equal((await own('/api/anmeldung', { token: newToken })).status, 200);
  // The page goes on with the new link.
  await page.locator('#anmeldung-aendern button[type=submit]').click();
  await page.getByText('Ihre Änderungen sind gespeichert.').waitFor();
  await context.close();
  const [entry] = d1(`SELECT actor_kind, action FROM audit_log WHERE target = '${id}'`);
  assert.deepEqual(entry, { actor_kind: 'volunteer', action: 'registration.link_renewed' });
});

test('a coordinator ends a link on request; an erased registration\'s link answers exactly like a wrong one', async () => {
  const coordinator = newCoordinator('link-ende');
  coordinator.add();
  const created = await postRegistration(registration(`Beendet ${randomUUID().slice(0, 8)}`), { localAddress: freshAddress() });
  const { id, link } = created.json();
  const token = link.split('#')[1];
  const admin = (method, path) => request(path, { method, headers: { Authorization: `Bearer ${coordinator.token}` } });
  assert.equal((await admin('POST', `/api/admin/registrations/${id}/link-beenden`)).status, 204);
  assert.equal((await own('/api/anmeldung', { token })).status, 404, 'ended');
  assert.equal(d1(`SELECT action FROM audit_log WHERE target = '${id}' AND action = 'registration.link_ended'`).length, 1);
  assert.equal((await admin('POST', '/api/admin/registrations/00000000-0000-4000-8000-000000000000/link-beenden')).status, 404);

  const other = (await postRegistration(registration(`Gelöscht ${randomUUID().slice(0, 8)}`), { localAddress: freshAddress() })).json();
  const otherToken = other.link.split('#')[1];
  assert.equal((await own('/api/anmeldung/widerrufen', { token: otherToken })).status, 204);
  const erased = await own('/api/anmeldung', { token: otherToken });
  const wrong = await own('/api/anmeldung', { token: `${otherToken.slice(0, 32)}${'0'.repeat(32)}` });
  assert.equal(erased.status, 404);
  assert.equal(erased.text, wrong.text, 'the same answer, word for word');
  assert.deepEqual(erased.headers['content-type'], wrong.headers['content-type']);
});
