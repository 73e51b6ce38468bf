// Mail that no stranger can turn against anyone, with mail switched on (the stack with the
// send_email binding): one mailbox gets at most 3 confirmations in 24 hours, however its
// address is written; what it is owed beyond merges into one mail at the next free slot. All
// mail together has a daily cap (MAIL_DAILY_LIMIT, 300 here as in wrangler.toml), the higher
// priority first; held back means sent later, never dropped. The test moves time with the
// cron's `time`, and fills the cap with counted sends of its own (removed afterwards).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { d1, request, registration, postRegistration, newCoordinator, freshAddress } from './support.mjs';
import { logMark, mailsAfter, message, sentCount } from './mail-support.mjs';

const coordinator = newCoordinator('limits');
const DAILY_LIMIT = 300;
const MINUTE = 60_000;
const DAY = 86_400_000;
before(() => {
  coordinator.add();
  d1('DELETE FROM mail_sends');
});
// The sends this file made up: they must not count against what runs after it.
after(() => d1("DELETE FROM mail_sends WHERE id LIKE 'fill-%'"));

const runOutbox = (atMs) => request(`/cdn-cgi/handler/scheduled?cron=*/10+*+*+*+*&time=${Math.round(atMs)}`);
const asCoordinator = (method, path, body) => request(path, {
  method, headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});
const own = (path, token) => request(path, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
});
const mailboxOf = (id) => `(SELECT mailbox FROM registrations WHERE id = '${id}')`;
const register = async (name, email) => {
  const response = await postRegistration(registration(name, { email }), { localAddress: freshAddress() });
  assert.equal(response.status, 201, response.text);
  return response.json();
};
/** Counted sends of `count` mails at `atMs`, as if they had gone then. */
function fill(count, atMs) {
  const tag = randomUUID().slice(0, 8);
  d1(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
      INSERT INTO mail_sends (id, mailbox, kind, at_ms) SELECT 'fill-${tag}-' || i, NULL, 'digest', ${Math.round(atMs)} FROM n`);
}

test('a flood against one mailbox with +tags: 3 confirmations in 24 hours, then the owner\'s own arrives merged', async () => {
  const marker = `Flut${randomUUID().slice(0, 6)}`;
  const stranger = [];
  for (const tag of ['a', 'b', 'c']) {
    const mark = logMark();
    stranger.push(await register(`${marker} Fremd ${tag}`, `mail-11+${tag}@example.org`));
    assert.equal((await mailsAfter(mark, { to: `mail-11+${tag}@example.org` })).length, 1, `confirmation ${tag}`);
  }
  const sent = d1(`SELECT at_ms FROM mail_sends WHERE mailbox = ${mailboxOf(stranger[0].id)} ORDER BY at_ms`).map((r) => r.at_ms);
  assert.equal(sent.length, 3, 'one mailbox: mail-11 with any tag, any case');
  const sentBefore = sentCount(d1, 'confirm');
  stranger.push(await register(`${marker} Fremd d`, 'mail-11+d@example.org'));
  const owner = await register(`${marker} Eigentümerin`, 'Mail-11@Example.org');
  // Both wait for the slot when the first of the three is a day old, and say so.
  const slot = sent[0] + DAY;
  for (const receipt of [stranger[3], owner]) {
    const expected = Date.parse(receipt.expected_by);
    assert.ok(Math.abs(expected - (slot + 10 * MINUTE)) < 2 * MINUTE, `expected by ${receipt.expected_by}`);
  }
  const rows = d1(`SELECT held, next_at_ms FROM mail_outbox WHERE mailbox = ${mailboxOf(owner.id)} AND status = 'pending'`);
  assert.equal(rows.length, 1, 'one row for the mailbox: the two merge');
  assert.equal(rows[0].held, 1);
  assert.ok((await asCoordinator('GET', '/api/admin/settings')).json().held >= 1, 'coordinators see what waits');
  assert.equal(sentCount(d1, 'confirm'), sentBefore, 'nothing over the limit was sent');

  const mark = logMark();
  assert.equal((await runOutbox(slot + MINUTE)).status, 200);
  const [merged] = await mailsAfter(mark, { to: 'mail-11' });
  assert.ok(merged, 'the merged mail at the next free slot');
  assert.equal(sentCount(d1, 'confirm'), sentBefore + 1, 'one mail for both');
  const tokens = [...merged.text.matchAll(/anmeldung#([0-9a-f]{64})/g)].map((m) => m[1]);
  assert.equal(new Set(tokens).size, 2, `a link for each registration:\n${merged.text}`);
  assert.ok(!merged.raw.includes(marker), 'nothing typed into the form, no name');
  assert.equal((merged.text.match(/Anmeldung vom \d{4}-\d\d-\d\d \d\d:\d\d bestätigen/g) ?? []).length, 2, 'each named by its time');
  const opened = [];
  for (const token of tokens) {
    const own = await request('/api/anmeldung', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
    assert.equal(own.status, 200);
    opened.push(own.json().id);
  }
  assert.deepEqual(opened.sort(), [stranger[3].id, owner.id].sort(), 'the owner\'s own link is among them');
  assert.equal(d1(`SELECT COUNT(*) AS n FROM mail_outbox WHERE mailbox = ${mailboxOf(owner.id)}`)[0].n, 0, 'nothing left owed');
});

test('the daily cap: a new link goes first, then a confirmation, then a notice; held means later, never dropped', async () => {
  // A volunteer who confirmed with the link in their mail, and asked for a mail once placed.
  let mark = logMark();
  const volunteer = (await postRegistration(registration(`Vermittelt ${randomUUID().slice(0, 6)}`, { email: 'mail-13@example.org', notify_placed: true }), { localAddress: freshAddress() })).json();
  const [confirmationMail] = await mailsAfter(mark, { to: 'mail-13@example.org' });
  const token = /anmeldung#([0-9a-f]{64})/.exec(confirmationMail.text)[1];
  assert.equal((await own('/api/anmeldung/bestaetigen', token)).status, 200);
  const now = Date.now();
  // The cap is full now: one send turning a day old in 30 minutes, the rest just made.
  const windowNow = d1(`SELECT COUNT(*) AS n FROM mail_sends WHERE at_ms > ${now - DAY}`)[0].n;
  fill(1, now - DAY + 30 * MINUTE);
  fill(DAILY_LIMIT - windowNow - 1, now);
  const confirmation = await register(`Deckel ${randomUUID().slice(0, 6)}`, 'mail-12@example.org');
  const waits = Date.parse(confirmation.expected_by) - now;
  assert.ok(waits > 25 * MINUTE && waits < 50 * MINUTE, `expected when the oldest send is a day old: ${confirmation.expected_by}`);
  // Placed with a network: the notice waits. A new link can go within the hour it is of use:
  // the old link ends, and the new one waits, first in line.
  const placed = await asCoordinator('PATCH', `/api/admin/registrations/${volunteer.id}`, { status: 'placed', placed_network: 'refugium-fluechtlingshilfe' });
  assert.equal(placed.status, 200, placed.text);
  const renewed = await own('/api/anmeldung/neuer-link', token);
  assert.equal(renewed.status, 202, renewed.text);
  assert.equal((await own('/api/anmeldung', token)).status, 404, 'the old link ended');
  const row = (kind) => d1(`SELECT held, status FROM mail_outbox WHERE registration = '${volunteer.id}' AND kind = '${kind}'`)[0];
  const waiting = () => d1(`SELECT held FROM mail_outbox WHERE mailbox = ${mailboxOf(confirmation.id)} AND status = 'pending'`)[0];
  for (let i = 0; i < 40 && (row('placed')?.held !== 1 || row('link')?.held !== 1 || waiting()?.held !== 1); i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.deepEqual([row('link'), row('placed'), waiting()?.held], [{ held: 1, status: 'pending' }, { held: 1, status: 'pending' }, 1], 'all three wait');

  // When the oldest send is a day old, one slot frees: the new link takes it.
  mark = logMark();
  assert.equal((await runOutbox(now + 31 * MINUTE)).status, 200);
  const [linkMail] = await mailsAfter(mark, { to: 'mail-13@example.org' });
  assert.equal(linkMail?.headers.subject, message('de', 'mail', 'mail-link-subject'), 'the link went first');
  const newToken = /anmeldung#([0-9a-f]{64})/.exec(linkMail.text)[1];
  assert.equal((await own('/api/anmeldung', newToken)).status, 200, 'the mailed link opens');
  assert.equal(waiting()?.held, 1, 'the confirmation still waits');
  assert.deepEqual(row('placed'), { held: 1, status: 'pending' }, 'the notice still waits');
  // Now the cap would hold a new link for a day: nothing changes, and the answer says so.
  const refused = await own('/api/anmeldung/neuer-link', newToken);
  assert.equal(refused.status, 503);
  assert.ok(Number(refused.headers['retry-after']) > 3_600, `Retry-After ${refused.headers['retry-after']}`);
  assert.equal((await own('/api/anmeldung', newToken)).status, 200, 'the link still opens');
  // A day after the cap filled, the confirmation and then the notice go.
  mark = logMark();
  assert.equal((await runOutbox(now + DAY + MINUTE)).status, 200);
  assert.equal((await mailsAfter(mark, { to: 'mail-12@example.org' })).length, 1, 'the confirmation went later');
  assert.equal((await mailsAfter(mark, { to: 'mail-13@example.org' })).length, 1, 'the notice went later');
  assert.equal(row('placed'), undefined, 'sent: out of the outbox');
  d1("DELETE FROM mail_sends WHERE id LIKE 'fill-%'");
});

test('a digest held back by the cap is queued with its day in one batch, and sent later', async () => {
  const digestAt = Date.parse('2027-01-15T06:00:00Z'); // 07:00 in Berlin
  d1(`UPDATE coordinators SET email = NULL WHERE email = 'mail-13@example.org'`);
  d1(`UPDATE coordinators SET email = 'mail-13@example.org', digest = 1, last_digest_day = NULL, last_digest_at = NULL, expires_at = '2028-01-01T00:00:00Z' WHERE name = '${coordinator.name}'`);
  // Something new to report: a registration confirmed since the coordinator was added.
  const news = await register(`Neu ${randomUUID().slice(0, 6)}`, 'mail-12@example.org');
  d1(`UPDATE registrations SET confirmed_at = '2027-01-14T12:00:00Z' WHERE id = '${news.id}'`);
  const inWindow = d1(`SELECT COUNT(*) AS n FROM mail_sends WHERE at_ms > ${digestAt - DAY}`)[0].n;
  fill(DAILY_LIMIT - inWindow, digestAt - 60 * MINUTE);
  const digestRow = () => d1(`SELECT held, status FROM mail_outbox WHERE kind = 'digest' AND coordinator = '${coordinator.name}'`);
  try {
    assert.equal((await request(`/cdn-cgi/handler/scheduled?cron=0+6+*+*+*&time=${digestAt}`)).status, 200);
    assert.deepEqual(digestRow(), [{ held: 1, status: 'pending' }], 'queued and held');
    assert.equal(d1(`SELECT last_digest_day FROM coordinators WHERE name = '${coordinator.name}'`)[0].last_digest_day, '2027-01-15', 'the day is marked with it');
    assert.equal((await request(`/cdn-cgi/handler/scheduled?cron=0+6+*+*+*&time=${digestAt + MINUTE}`)).status, 200);
    assert.equal(digestRow().length, 1, 'a second run queues none');
    const mark = logMark();
    assert.equal((await runOutbox(digestAt + 23 * 3_600_000 + MINUTE)).status, 200);
    const [digest] = await mailsAfter(mark, { to: 'mail-13@example.org' });
    assert.ok(digest, 'sent when the cap frees');
    assert.match(digest.text, /15\.01\.2027/);
    assert.deepEqual(digestRow(), [], 'out of the outbox');
  } finally {
    d1("DELETE FROM mail_sends WHERE id LIKE 'fill-%'");
    await asCoordinator('PUT', '/api/admin/settings', { email: null, digest: false });
  }
});
