// With mail switched on: a marker with a script, quotes and an ampersand in the free texts a
// mail carries (a network's name, a need's title: the coordinators' entries) is escaped in
// every mail's HTML part and plain in its text part: the "placed" mail and the coordinators'
// digest. What a volunteer typed (their name) is in no mail at all, not even in `To`.
// (The pages: escaping.test.mjs.)
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { d1, request, registration, postRegistration, newCoordinator, postNeed, needBody, freshAddress, tag } from './support.mjs';
import { logMark, mailsAfter } from './mail-support.mjs';

const coordinator = newCoordinator('mail-escaping');
const VOLUNTEER = 'mail-9@example.org';
const DIGEST_TO = 'mail-10@example.org';
const EVIL = `<script>__esc=1</script><b onmouseover="__esc=2">f</b>"'&`;
const ESCAPED = '&lt;script&gt;__esc=1&lt;/script&gt;&lt;b onmouseover=&quot;__esc=2&quot;&gt;f&lt;/b&gt;&quot;&#39;&amp;';

before(async () => {
  coordinator.add();
  d1(`UPDATE coordinators SET email = NULL WHERE email = '${DIGEST_TO}'`);
  d1('DELETE FROM mail_sends');
});

const asCoordinator = (method, path, body) => request(path, {
  method, headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

/** Every mail's HTML holds `text` escaped and never as markup; its plain text holds it as it is. */
function escapedIn(mail, text, what) {
  assert.ok(!mail.html.includes('<script>__esc'), `${what}: a script in the HTML`);
  assert.ok(!mail.html.includes('onmouseover="__esc'), `${what}: markup from the data in the HTML`);
  assert.ok(mail.html.includes(text.replace(EVIL, ESCAPED)), `${what}: escaped in the HTML\n${mail.html}`);
  assert.ok(mail.text.includes(text), `${what}: as it is in the text part`);
}

test('no mail carries a name typed into the form; the placed mail and the digest carry the marker escaped in HTML', async () => {
  const mark = `Esc${tag()}`;
  const name = `${mark} ${EVIL}`;
  const created = await asCoordinator('POST', '/api/admin/networks', {
    name: `${mark} Netz ${EVIL}`, organiser: 'Verein', district: 130,
    description: 'Ein Netzwerk für die Prüfung.', activities: ['sprachcafe'], languages: ['de'],
    source: { name: 'Koordinierungsstelle' },
  });
  assert.equal(created.status, 201, created.text);
  const network = created.json();
  try {
    const need = await postNeed(coordinator.token, needBody(`${mark} Gesuch ${EVIL}`, { network: network.slug, district: 130 }));

    let at = logMark();
    const registered = await postRegistration(registration('x', {
      name, email: VOLUNTEER, notify_placed: true, network: network.slug, need: need.slug,
    }), { localAddress: freshAddress() });
    assert.equal(registered.status, 201, registered.text);
    const [confirmation] = await mailsAfter(at, { to: VOLUNTEER });
    assert.ok(confirmation, 'the confirmation mail');
    assert.ok(!confirmation.raw.includes(mark) && !confirmation.text.includes(mark) && !confirmation.html.includes(mark),
      `the name typed into the form is nowhere in the confirmation\n${confirmation.raw}`);
    assert.equal(confirmation.headers.to, `<${VOLUNTEER}>`, 'no display name');
    const token = /anmeldung#([0-9a-f]{64})/.exec(confirmation.text)[1];
    const confirmed = await request('/api/anmeldung/bestaetigen', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
    });
    assert.equal(confirmed.status, 200);

    at = logMark();
    const placed = await asCoordinator('PATCH', `/api/admin/registrations/${registered.json().id}`, {
      status: 'placed', placed_network: network.slug,
    });
    assert.equal(placed.status, 200, placed.text);
    const [placedMail] = await mailsAfter(at, { to: VOLUNTEER });
    assert.ok(placedMail, 'the placed mail');
    escapedIn(placedMail, network.name, 'the placed mail');
    assert.ok(!placedMail.text.includes(name) && !placedMail.html.includes(name.replace(EVIL, ESCAPED)), 'no name in the placed mail');

    assert.equal((await asCoordinator('PUT', '/api/admin/settings', { email: DIGEST_TO, digest: true })).status, 200);
    at = logMark();
    // 07:00 in Berlin on a day after the answer: the digest counts the need's answer by title.
    const digestRun = await request('/cdn-cgi/handler/scheduled?cron=0+6+*+*+*&time=' + Date.parse('2026-12-20T06:00:00Z'));
    assert.equal(digestRun.status, 200);
    const [digest] = await mailsAfter(at, { to: DIGEST_TO });
    assert.ok(digest, 'the digest');
    escapedIn(digest, need.title, 'the digest');
  } finally {
    await asCoordinator('PUT', '/api/admin/settings', { email: null, digest: false });
    await asCoordinator('POST', `/api/admin/networks/${network.id}/archive`);
  }
});
