// With the send_email binding the privacy notice has its mail section and Leichte Sprache
// explains the mail to confirm (the Worker picks each page by its binding; `city-pages.test.mjs`
// shows both without).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, d1 } from './support.mjs';

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

test('a mailbox\'s confirmation row that gave up is gone a week later: its keyed hash is kept no longer', async () => {
  const id = `given-up-${Date.now()}`;
  const old = new Date(Date.now() - 8 * 86_400_000).toISOString();
  const recent = new Date(Date.now() - 86_400_000).toISOString();
  d1(`INSERT INTO mail_outbox (id, kind, priority, mailbox, recipient, message, created_at, next_at_ms, status, failed_at)
      VALUES ('${id}-old', 'confirm', 1, 'hash-${id}-old', '', '', '${old}', 0, 'failed', '${old}'),
             ('${id}-new', 'confirm', 1, 'hash-${id}-new', '', '', '${recent}', 0, 'failed', '${recent}')`);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=*/10+*+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  const left = d1(`SELECT id FROM mail_outbox WHERE id LIKE '${id}-%' ORDER BY id`).map((row) => row.id);
  assert.deepEqual(left, [`${id}-new`], 'the week-old one is deleted, the recent one kept');
});
