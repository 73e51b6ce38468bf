// With the send_email binding the privacy notice has its mail section and Leichte Sprache
// explains the mail to confirm (the Worker picks each page by its binding; `city-pages.test.mjs`
// shows both without).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from './support.mjs';

test('mail on: the notice explains the confirmation mail, the outbox and the per-mailbox limit', async () => {
  for (const lang of ['de', 'uk']) {
    const notice = await request(`/datenschutz?lang=${lang}`);
    assert.equal(notice.status, 200);
    assert.match(notice.text, /<section id="e-mails">/, lang);
  }
  const german = (await request('/datenschutz')).text;
  const section = german.slice(german.indexOf('<section id="e-mails">'));
  assert.match(section, /7 Tage nach dem Versand der E-Mail, spätestens 30 Tage nach der Anmeldung/);
  assert.match(section, /höchstens 3 Bestätigungs-E-Mails am Tag/);
  assert.match(section, /Warteschlange/);
});

test('mail on: Leichte Sprache explains the mail to confirm', async () => {
  const easy = (await request('/leichte-sprache')).text;
  assert.match(easy, /<h2>Die E-Mail bestätigen<\/h2>/);
  assert.match(easy, /Der Link in der E-Mail ist nur für Sie\./);
});
