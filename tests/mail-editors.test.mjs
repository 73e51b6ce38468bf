// A network's editor end to end, in Chromium against the Worker with mail on: a coordinator
// gives an access in the area → the invitation mail → its link's page (one button, a POST) →
// the terms → "Alles stimmt noch" → a proposal → the coordinator accepts part of it in the
// review queue → the public page shows the accepted field, "vom Netzwerk" and the day → the
// coordinator restores the earlier revision. axe finds nothing on each new page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, newCoordinator, DESKTOP, violations } from './support.mjs';
import { logMark, mailsAfter } from './mail-support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-netzwerk-zugang');
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

// Dates are shown as the day of their UTC time stamp (model::render::german_date).
const today = () => new Date().toISOString().slice(0, 10).split('-').reverse().join('.');

test('invitation by mail → sign in → terms → "Alles stimmt noch" → proposal → partly accepted → restored', async () => {
  const created = await request('/api/admin/networks', {
    method: 'POST',
    headers: { Authorization: `Bearer ${COORDINATOR.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: `Sprachtreff ${randomUUID().slice(0, 6)}`, organiser: 'Beispielverein Braunschweig e. V.', district: 130,
      description: 'Wir treffen uns dienstags im Stadtteilcafé.', activities: ['sprachcafe'], languages: ['de'],
      source: { name: 'Koordinierungsstelle' }, stand: 2025,
    }),
  });
  assert.equal(created.status, 201, created.text);
  const network = created.json();
  // The mail stack delivers only to its test addresses; an access from an earlier run on the
  // same stack is ended first (one access per address).
  const email = 'mail-14@example.org';
  const auth = { Authorization: `Bearer ${COORDINATOR.token}` };
  for (const old of (await request('/api/admin/editors', { headers: auth })).json().filter((e) => e.email === email)) {
    assert.equal((await request(`/api/admin/editors/${old.id}`, { method: 'DELETE', headers: auth })).status, 204);
  }

  // The coordinator gives the access in the area.
  const admin = await openPage(browser, DESKTOP);
  await visit(admin.page, '/koordination');
  await admin.page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await admin.page.getByLabel('Zugangsschlüssel').press('Enter');
  await admin.page.getByRole('button', { name: 'Netzwerk-Zugänge' }).click();
  await admin.page.getByRole('heading', { name: 'Netzwerk-Zugänge' }).waitFor();
  await admin.page.getByLabel('Name', { exact: true }).fill('Lea Beispiel');
  await admin.page.getByLabel('E-Mail', { exact: true }).fill(email);
  await admin.page.getByLabel(network.name).check();
  await admin.page.waitForLoadState('networkidle');
  assert.deepEqual(await violations(admin.page), [], 'Netzwerk-Zugänge');
  const mark = logMark();
  await admin.page.getByRole('button', { name: 'Zugang geben' }).click();
  await admin.page.getByText(`Der Link ist per E-Mail an ${email} unterwegs`).waitFor();
  const [mail] = await mailsAfter(mark, { to: email });
  assert.ok(mail, 'the invitation went out');
  assert.match(mail.headers.subject, /Netzwerk-Zugang/);
  const link = mail.text.match(/https?:\/\/\S+\/mein-netzwerk\/anmelden#[0-9a-f]{64}/)[0];

  // The editor opens the link: a page with one button; nothing happens before it is pressed.
  const editor = await openPage(browser);
  await editor.page.goto(link);
  const signIn = editor.page.getByRole('button', { name: 'Jetzt anmelden' });
  await signIn.waitFor();
  assert.ok(!editor.page.url().includes('#'), 'the token leaves the address bar');
  assert.deepEqual(await violations(editor.page), [], 'the link\'s page');
  await signIn.click();
  await editor.page.getByRole('heading', { name: 'Bevor Sie etwas ändern' }).waitFor();
  assert.deepEqual(await violations(editor.page), [], 'the terms');
  await editor.page.getByRole('button', { name: 'Ich stimme zu' }).click();
  await editor.page.getByRole('heading', { name: network.name }).waitFor();
  assert.deepEqual(await violations(editor.page), [], 'the area');
  await editor.page.getByRole('button', { name: 'Alles stimmt noch' }).click();
  await editor.page.getByText('Danke! Der Eintrag ist heute vom Netzwerk bestätigt.').waitFor();
  await editor.page.getByText(`Bestätigt am ${today()} vom Netzwerk`).waitFor();

  // A proposal: a new place and a changed description.
  await editor.page.getByRole('button', { name: 'Änderung vorschlagen' }).click();
  await editor.page.getByLabel('Ort / Adresse').fill('Stadtteiltreff Weststadt');
  await editor.page.getByLabel('Beschreibung').fill('Wir treffen uns donnerstags im Stadtteilcafé.');
  assert.deepEqual(await violations(editor.page), [], 'the proposal form');
  await editor.page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await editor.page.getByText('wartet auf Prüfung').waitFor();

  // The coordinator takes only the place.
  await admin.page.reload();
  await admin.page.getByRole('button', { name: /^Zu prüfen \(/ }).click();
  const proposal = admin.page.getByRole('article', { name: network.name });
  await proposal.getByText('Vorgeschlagen von Lea Beispiel').waitFor();
  await proposal.locator('del', { hasText: 'dienstags' }).waitFor();
  await proposal.locator('ins', { hasText: 'donnerstags' }).waitFor();
  await admin.page.waitForLoadState('networkidle');
  assert.deepEqual(await violations(admin.page), [], 'Zu prüfen');
  await proposal.getByLabel('Beschreibung übernehmen').uncheck();
  await proposal.getByRole('button', { name: 'Ausgewählte übernehmen' }).click();
  await admin.page.getByText(`Die gewählten Felder für „${network.name}“ sind übernommen.`).waitFor();

  // The public page: the accepted place, the old description, the network as source and
  // confirmer, and the day.
  const visitor = await openPage(browser);
  await visit(visitor.page, `/netzwerk/${network.slug}`);
  const detail = visitor.page.locator('.network-detail');
  await detail.getByText('Stadtteiltreff Weststadt').waitFor();
  await detail.getByText('Wir treffen uns dienstags im Stadtteilcafé.').waitFor();
  await detail.getByText(`Angaben des Netzwerks, Stand ${today()}`).waitFor();
  await detail.getByText('vom Netzwerk').first().waitFor();
  await editor.page.reload();
  await editor.page.getByText(/übernommen \(Übernommen: place\)/).waitFor();

  // The coordinator restores the state before the proposal.
  await admin.page.getByRole('button', { name: 'Netzwerke' }).click();
  const card = admin.page.getByRole('article', { name: network.name });
  await card.getByRole('button', { name: 'Verlauf' }).click();
  const earlier = card.locator('.revision-list li', { hasText: 'Fassung vor der ersten Änderung hier' });
  await earlier.waitFor();
  await admin.page.waitForLoadState('networkidle');
  assert.deepEqual(await violations(admin.page), [], 'Verlauf');
  await earlier.getByRole('button', { name: 'Wiederherstellen' }).click();
  await earlier.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
  await card.getByText(/wiederhergestellt von/).waitFor();
  await visit(visitor.page, `/netzwerk/${network.slug}`);
  await visitor.page.locator('.network-detail').getByText('Quelle').first().waitFor();
  assert.ok(!(await visitor.page.locator('.network-detail').innerText()).includes('Stadtteiltreff Weststadt'), 'the earlier state is back');
  for (const { context } of [admin, editor, visitor]) await context.close();
  const archived = await request(`/api/admin/networks/${network.id}/archive`, {
    method: 'POST', headers: { Authorization: `Bearer ${COORDINATOR.token}` },
  });
  assert.equal(archived.status, 200, 'off the public map again');
});

test('the editors\' sign-in page in English: a link is asked for, the same answer for every address', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/mein-netzwerk?lang=en');
  await page.getByLabel('E-mail address').fill(`niemand-${randomUUID().slice(0, 6)}@example.org`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await violations(page), [], 'sign-in page');
  await page.getByRole('button', { name: 'Ask for a link' }).click();
  await page.getByText('If this address has a network access, a link is on its way to it.').waitFor();
  await context.close();
});
