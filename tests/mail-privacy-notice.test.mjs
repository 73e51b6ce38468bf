// With the send_email binding the privacy notice has its mail section (the Worker picks the
// notice by its binding; `city-pages.test.mjs` shows it absent without).
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
