// Answering a need in Chromium against the real Worker: the form opened from a need's link
// names the need in a box that is ticked; sent, the registration records it. Untick the box
// and the registration goes without it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, d1, newCoordinator, request, freshAddress, tag, berlinDay, postNeed, PHONE, DESKTOP, CONSENT_VERSION } from './support.mjs';
import { AxeBuilder } from '@axe-core/playwright';

const COORDINATOR = newCoordinator('gesuche-form');
let browser;
let posted;

before(async () => {
  COORDINATOR.add();
  posted = await postNeed(COORDINATOR.token, {
    network: 'refugium-fluechtlingshilfe', title: `Lesepatin gesucht ${tag()}`, activity: 'patenschaften',
    description: 'Einmal in der Woche mit Kindern lesen, in der Stadtteilbibliothek.', valid_until: berlinDay(20),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function fill(page, name) {
  await page.locator('#feld-name').fill(name);
  await page.locator('#feld-email').fill('lesen@example.org');
  await page.locator('label[for="feld-languages"]').click();
  await page.locator('#feld-availability').check();
  await page.locator('#feld-consent').check();
}

test('the form opened from a need names it, ticked; sent, the registration records the need', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, `/mitmachen?gesuch=${posted.slug}&bezirk=130`);
  const box = page.locator('#feld-need');
  assert.equal(await box.isChecked(), true);
  assert.match(await page.locator('.field.need').textContent(), new RegExp(`Ich melde mich auf das Gesuch: ${posted.title}`));
  await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
  const name = `Antwort ${posted.id.slice(0, 8)}`;
  await fill(page, name);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(d1(`SELECT need FROM registrations WHERE name = '${name}'`)[0].need, posted.id);
  await context.close();
});

test('unticked, the registration goes without the need', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, `/mitmachen?gesuch=${posted.slug}&bezirk=130`);
  await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
  await page.locator('#feld-need').uncheck();
  const name = `Ohne ${posted.id.slice(0, 8)}`;
  await fill(page, name);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(d1(`SELECT need FROM registrations WHERE name = '${name}'`)[0].need, null);
  await context.close();
});

test('a link to a need that is no longer open opens the plain form', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/mitmachen?gesuch=gibt-es-nicht&bezirk=130');
  await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#feld-need').count(), 0);
  await context.close();
});

test('a coordinator posts a need in the area, is stopped by a phone number, sees the answer under it and closes it', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await page.getByLabel('Zugangsschlüssel').press('Enter');
  await page.getByRole('button', { name: 'Gesuche' }).click();
  await page.getByRole('button', { name: 'Gesuch einstellen' }).click();
  const title = `Fahrdienst gesucht ${tag()}`;
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Beschreibung', { exact: true }).fill('Wir suchen Menschen mit Auto. Rückfragen: 0171 2345678');
  await page.getByLabel('Art der Hilfe').selectOption('freizeit');
  await page.getByLabel('Gesucht bis (höchstens 6 Monate)').fill(berlinDay(14));
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText(/Beschreibung: Bitte keine E-Mail-Adressen oder Telefonnummern/).waitFor();
  // The field says it too, and has the focus.
  const description = page.locator('#gesuch-description');
  assert.equal(await description.getAttribute('aria-invalid'), 'true');
  assert.match(await description.getAttribute('aria-describedby'), /gesuch-description-fehler/);
  assert.match(await page.locator('#gesuch-description-fehler').textContent(), /keine E-Mail-Adressen oder Telefonnummern/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'gesuch-description');
  assert.deepEqual((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id), []);
  await page.getByLabel('Beschreibung', { exact: true }).fill('Wir suchen Menschen mit Auto für Fahrten zum Sportverein am Samstag.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const card = page.getByRole('article', { name: title });
  await card.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Gesuch einstellen', 'the focus after saving');
  await card.getByText('offen').waitFor();
  const [stored] = d1(`SELECT id, slug FROM needs WHERE title = '${title}'`);
  assert.ok(stored, 'stored');
  assert.equal(d1(`SELECT action FROM audit_log WHERE target = '${stored.id}'`)[0].action, 'need.create');

  const answer = await request('/api/registrations', {
    method: 'POST', localAddress: freshAddress(), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      name: `Fahrerin ${stored.id.slice(0, 6)}`, email: 'fahren@example.org', contact_via: 'email', districts: [130],
      need: stored.slug, languages: ['de'], availability: ['sat-morning'], consent: true, consent_version: CONSENT_VERSION,
    }),
  });
  assert.equal(answer.status, 201, answer.text);
  await page.getByRole('button', { name: 'Anmeldungen' }).click();
  await page.getByRole('button', { name: 'Gesuche' }).click();
  const again = page.getByRole('article', { name: title });
  await again.getByText('1 Antwort, 0 vermittelt').waitFor();
  await again.getByRole('button', { name: 'Antworten zeigen' }).click();
  await again.getByText(new RegExp(`Fahrerin ${stored.id.slice(0, 6)}`)).waitFor();
  // The registrations, filtered by the need: only its answer.
  await page.getByRole('button', { name: 'Anmeldungen' }).click();
  await page.getByLabel('Gesuch').selectOption({ label: title });
  const filtered = page.waitForResponse((r) => r.url().endsWith('/api/admin/registrations/search')
    && (r.request().postData() ?? '').includes(stored.id));
  await page.getByRole('button', { name: 'Anwenden' }).click();
  assert.deepEqual((await (await filtered).json()).items.map((r) => r.name), [`Fahrerin ${stored.id.slice(0, 6)}`]);
  // The list shows the filtered page: only the need's answer.
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
  await page.getByRole('cell', { name: `Fahrerin ${stored.id.slice(0, 6)}` }).waitFor();
  await page.getByRole('button', { name: 'Gesuche' }).click();
  await page.getByRole('article', { name: title }).getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('article', { name: title }).getByText('geschlossen').waitFor();
  assert.equal((await request(`/api/needs/${stored.slug}`)).status, 404, 'closed: no longer public');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
