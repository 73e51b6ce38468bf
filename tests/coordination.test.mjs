// The coordinators' area in Chromium: sign in, work through a registration, export, confirm;
// a name searched for never appears in a URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, screenshotPath, DESKTOP, PHONE, d1, registration, postRegistration, newCoordinator, freshAddress, tag } from './support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-koordination');
const TOKEN = COORDINATOR.token;
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

/** Signs in to the coordinators' area and searches for `marker`. */
async function searchFor(page, marker) {
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByLabel('Suche (Name, E-Mail, Nachricht)').fill(marker);
  await page.getByRole('button', { name: 'Anwenden' }).click();
}

test('sign in, see a fresh registration, set its status, export CSV, confirm a network', async () => {
  const marker = `Browser ${randomUUID()}`;
  const created = await postRegistration(registration(marker.slice(5)), { localAddress: '127.0.9.1' });
  assert.equal(created.status, 201);
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('cell', { name: `Test ${marker.slice(5)}` }).waitFor();
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes(TOKEN), 'the token is not kept in the browser: the session is an HttpOnly cookie');
  assert.equal(await page.evaluate(() => document.cookie), '');
  await page.screenshot({ path: screenshotPath('koordination-desktop') });
  // On a wide screen the list is a table; the status changes right there.
  const rowStatus = page.getByRole('combobox', { name: `Status von Test ${marker.slice(5)}` });
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/admin/registrations/${created.json().id}`));
  await rowStatus.selectOption('contacted');
  assert.equal((await patched).status(), 200, 'the change is stored');
  const [row] = d1(`SELECT status FROM registrations WHERE id = '${created.json().id}'`);
  assert.equal(row.status, 'contacted');
  await page.getByRole('button', { name: 'Protokoll' }).click();
  await page.getByRole('cell', { name: 'registration.update status=contacted' }).first().waitFor();
  await page.getByRole('button', { name: 'Anmeldungen' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als CSV exportieren' }).click()]);
  assert.equal(download.suggestedFilename(), 'anmeldungen.csv');
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.ok(csv.startsWith('\uFEFFID;Eingegangen;Status;Name'));
  assert.ok(csv.includes(`Test ${marker.slice(5)}`));
  await page.getByRole('button', { name: 'Netzwerke' }).click();
  const network = page.getByRole('article', { name: 'Welcome House Kralenriede' });
  await network.waitFor();
  await network.getByRole('button', { name: 'Bestätigen' }).click();
  await network.getByText(/^bestätigt am /).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();

  // The public map, in a fresh browser: the badge is gone for the confirmed network.
  const visitor = await openPage(browser, PHONE);
  await visit(visitor.page, '/bezirk/330');
  const publicCard = visitor.page.locator('.network-card', { hasText: 'Welcome House Kralenriede' });
  await publicCard.waitFor();
  assert.equal(await publicCard.locator('.badge-unconfirmed').count(), 0);
  await publicCard.locator('.badge-confirmed').waitFor();
  assert.ok(await visitor.page.locator('.network-card .badge-unconfirmed').count() > 0, 'others still say "nicht bestätigt"');
  await visitor.context.close();
});

test('a name searched for in the coordinators\' area is in no URL the page requests, and the export has it', async () => {
  const marker = randomUUID();
  const name = `Test Suche ${marker}`;
  const created = await postRegistration(registration(`Suche ${marker}`), { localAddress: '127.0.9.2' });
  assert.equal(created.status, 201);
  const { context, page, problems } = await openPage(browser, DESKTOP);
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Anwenden' }).waitFor();
  await page.getByLabel('Suche (Name, E-Mail, Nachricht)').fill(name);
  const searched = page.waitForResponse((response) => response.url().endsWith('/api/admin/registrations/search')
    && (response.request().postData() ?? '').includes(marker));
  await page.getByRole('button', { name: 'Anwenden' }).click();
  assert.equal((await searched).status(), 200);
  await page.getByRole('cell', { name }).waitFor();
  assert.match(await page.getByText(/Anmeldungen · Seite/).textContent(), /^1 Anmeldungen/, 'only the one searched for');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als CSV exportieren' }).click()]);
  assert.equal(download.suggestedFilename(), 'anmeldungen.csv');
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.ok(csv.startsWith('\uFEFFID;Eingegangen;Status;Name'));
  assert.deepEqual(csv.split('\r\n').filter((line) => line.includes(marker)).length, 1, 'the export has the one match');
  assert.ok(urls.some((url) => url.endsWith('/api/admin/registrations/export')), 'the export was requested');
  for (const url of urls) {
    for (const needle of [marker, encodeURIComponent(name), name.replaceAll(' ', '+')]) {
      assert.ok(!url.includes(needle), `${url} carries the search`);
    }
  }
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('archiving asks first ("Wirklich archivieren?"), and an archived network can be restored', async () => {
  const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
  const name = `Archivtest ${randomUUID().slice(0, 8)}`;
  const created = await request('/api/admin/networks', {
    method: 'POST', headers, body: JSON.stringify({
      name, organiser: 'Verein Test e.V.', district: 310, description: 'Wird archiviert und wiederhergestellt.',
      activities: ['begegnung'], languages: ['de'], source: { name: 'Koordinierungsstelle' }, stand: 2026,
    }),
  });
  assert.equal(created.status, 201);
  const { id } = created.json();
  const archivedAt = () => d1(`SELECT archived_at FROM networks WHERE id = '${id}'`)[0].archived_at;
  const { context, page, problems } = await openPage(browser, DESKTOP);
  try {
    await visit(page, '/koordination');
    await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
    await page.getByLabel('Zugangsschlüssel').press('Enter');
    await page.getByRole('button', { name: 'Netzwerke' }).click();
    const card = page.getByRole('article', { name });
    await card.waitFor();

    // The first click only asks; the focus goes to the question's answer.
    await card.getByRole('button', { name: 'Archivieren', exact: true }).click();
    const question = card.getByRole('group', { name: 'Wirklich archivieren?' });
    await question.getByText('Wirklich archivieren?').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ja, archivieren', null, { timeout: 5000 });
    assert.equal(archivedAt(), null, 'nothing archived before the answer');
    // "Abbrechen": nothing happens, the focus is back on "Archivieren".
    await question.getByRole('button', { name: 'Abbrechen' }).click();
    await card.getByRole('button', { name: 'Archivieren', exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Archivieren', null, { timeout: 5000 });
    assert.equal(archivedAt(), null);

    await card.getByRole('button', { name: 'Archivieren', exact: true }).click();
    await card.getByRole('button', { name: 'Ja, archivieren' }).click();
    await card.getByRole('button', { name: 'Wiederherstellen' }).waitFor();
    await card.getByText('archiviert', { exact: true }).waitFor();
    await page.getByRole('status').getByText(`„${name}“ ist archiviert.`).waitFor();
    assert.match(archivedAt(), /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(!(await request('/api/networks')).json().some((n) => n.id === id), 'off the public map');

    await card.getByRole('button', { name: 'Wiederherstellen' }).click();
    await card.getByRole('button', { name: 'Archivieren', exact: true }).waitFor();
    assert.equal(await card.getByText('archiviert', { exact: true }).count(), 0);
    assert.equal(archivedAt(), null);
    assert.ok((await request('/api/networks')).json().some((n) => n.id === id), 'public again');
    assert.deepEqual(
      d1(`SELECT action FROM audit_log WHERE target = '${id}' ORDER BY at, rowid`).map((r) => r.action),
      ['network.create', 'network.archive', 'network.restore'],
    );
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
    // Off the public map again: other tests count the seed's networks.
    await request(`/api/admin/networks/${id}/archive`, { method: 'POST', headers });
  }
});

test('a wrong token does not get in', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(randomBytes(32).toString('base64url'));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText('Der Zugangsschlüssel wurde nicht angenommen.', { exact: false }).waitFor();
  await page.getByLabel('Zugangsschlüssel').waitFor();
  assert.equal(await page.locator('.registration-card').count(), 0);
  await context.close();
});

test('a list of more than one page: "Weiter" shows the second, "Zurück" the first again', async () => {
  // 26 registrations that one search finds: 25 on the first page, one on the second.
  const marker = `Seite${tag()}${tag()}`;
  const address = freshAddress();
  for (let n = 0; n < 26; n += 1) {
    const created = await postRegistration(registration(`${marker} ${String(n).padStart(2, '0')}`), {
      localAddress: n < 13 ? address : freshAddress(),
    });
    assert.equal(created.status, 201, created.text);
  }
  const { context, page, problems } = await openPage(browser, DESKTOP);
  try {
    await searchFor(page, marker);
    await page.getByText('26 Anmeldungen · Seite 1 von 2').waitFor();
    const rows = page.locator('.registration-table tbody tr');
    assert.equal(await rows.count(), 25);
    const back = page.getByRole('button', { name: 'Zurück' });
    const next = page.getByRole('button', { name: 'Weiter' });
    assert.ok(await back.isDisabled(), 'no page before the first');
    assert.ok(await next.isEnabled());

    await next.click();
    await page.getByText('26 Anmeldungen · Seite 2 von 2').waitFor();
    assert.equal(await rows.count(), 1);
    assert.ok(await next.isDisabled(), 'no page after the last');
    const onBoth = await rows.first().innerText();

    await back.click();
    await page.getByText('26 Anmeldungen · Seite 1 von 2').waitFor();
    assert.equal(await rows.count(), 25);
    assert.ok(!(await rows.allInnerTexts()).includes(onBoth), 'the second page held another registration');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('the note says who reads it: the volunteer sees it on their own page', async () => {
  const marker = `Notiz${tag()}${tag()}`;
  const created = await postRegistration(registration(marker), { localAddress: freshAddress() });
  assert.equal(created.status, 201, created.text);
  const { id, link } = created.json();
  const { context, page } = await openPage(browser, PHONE);
  try {
    await searchFor(page, marker);
    // The search's own list (the first list, of the newest, holds it too).
    await page.getByText('1 Anmeldungen · Seite 1 von 1').waitFor();
    const card = page.locator('.registration-card', { hasText: marker });
    const note = `Rückruf am Montag ${marker}`;
    await card.getByLabel('Notiz (die Person sieht sie)').fill(note);
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/admin/registrations/${id}`));
    await card.getByRole('button', { name: 'Speichern' }).click();
    assert.equal((await saved).status(), 200);

    assert.equal(d1(`SELECT note FROM registrations WHERE id = '${id}'`)[0].note, note);
    await visit(page, link);
    await page.locator('#anmeldung-daten').getByText(note).waitFor();
  } finally {
    await context.close();
  }
});
