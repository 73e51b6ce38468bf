// Registering through the map, in Chromium at 390×844, against the real Worker and D1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, screenshotPath, PHONE, d1 } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const rowsNamed = (name) => d1(`SELECT * FROM registrations WHERE name = '${name}'`);

async function fillRequired(page, name) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('amira+karte@example.org');
  await page.getByRole('checkbox', { name: 'Deutsch', exact: true }).check();
  await page.getByRole('checkbox', { name: 'nach Absprache' }).check();
  await page.getByRole('checkbox', { name: /Einwilligung/ }).check();
}

test('from the map: tap a district, "Hier mitmachen", the district is preselected, send, "Danke"', async () => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await visit(page, '/');
  await page.locator('svg.district-map a[aria-label^="Weststadt,"]').tap();
  await page.getByRole('heading', { level: 1, name: 'Weststadt' }).waitFor();
  await page.locator('.panel-join').getByRole('link', { name: 'Hier mitmachen' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();
  assert.equal(new URL(page.url()).search, '?bezirk=221');
  assert.ok(await page.getByRole('checkbox', { name: 'Weststadt', exact: true }).isChecked(), 'the district is preselected');
  assert.ok(!(await page.getByRole('checkbox', { name: 'Mitte', exact: true }).isChecked()));
  await page.getByRole('checkbox', { name: 'Mitte', exact: true }).check(); // it can be changed
  await page.getByRole('checkbox', { name: 'Mitte', exact: true }).uncheck();
  const name = `Karte ${randomUUID()}`;
  await fillRequired(page, name);
  await page.getByLabel('Nachricht', { exact: true }).fill('Ich kann dienstags.');
  await page.getByText('19 / 1000 Zeichen').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= PHONE.width, 'no sideways scrolling');
  await page.screenshot({ path: screenshotPath('register-phone'), fullPage: true });
  await page.getByRole('button', { name: 'Absenden' }).tap();
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/mitmachen/danke');
  await page.locator('main a[href="tel:+495314705091"]').waitFor();
  const rows = rowsNamed(name);
  assert.equal(rows.length, 1);
  assert.deepEqual(JSON.parse(rows[0].districts), [221]);
  assert.deepEqual(JSON.parse(rows[0].availability), ['by-arrangement']);
  await page.screenshot({ path: screenshotPath('register-thanks-phone') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid e-mail shows its message next to the field and sends nothing', async () => {
  const { context, page } = await openPage(browser, PHONE);
  const posts = [];
  page.on('request', (req) => { if (req.method() === 'POST') posts.push(req.url()); });
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Ungültig ${randomUUID()}`;
  await fillRequired(page, name);
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('amira@beispiel');
  await page.getByLabel('Telefon (freiwillig)').focus(); // leaving the field shows its error
  const message = page.locator('#email-fehler');
  await message.waitFor();
  assert.match(await message.innerText(), /gültige E-Mail-Adresse/);
  assert.equal(await page.getByRole('textbox', { name: 'E-Mail', exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByRole('textbox', { name: 'E-Mail', exact: true }).getAttribute('aria-describedby'), /email-fehler/);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText('Bitte prüfen Sie eine Angabe.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'feld-email', 'focus moves to the invalid field');
  await page.screenshot({ path: screenshotPath('register-error-phone') });
  assert.deepEqual(posts, []);
  assert.equal(rowsNamed(name).length, 0);
  await context.close();
});

test('the whole form can be completed by keyboard alone', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/mitmachen?bezirk=221');
  await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();
  const started = Date.now();
  const tabTo = async (id) => {
    for (let presses = 0; presses < 120; presses++) {
      if (await page.evaluate(() => document.activeElement?.id) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  };
  const name = `Tastatur ${randomUUID()}`;
  await tabTo('feld-name');
  await page.keyboard.type(name);
  await tabTo('feld-email');
  await page.keyboard.type('tastatur@example.org');
  await tabTo('feld-languages'); // the first language box: Deutsch
  await page.keyboard.press('Space');
  await tabTo('feld-availability-by-arrangement');
  await page.keyboard.press('Space');
  await tabTo('feld-consent');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // the link to the privacy notice
  await page.keyboard.press('Tab'); // "Absenden"
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Absenden');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  console.log(`keyboard-only registration: ${Date.now() - started} ms`);
  assert.equal(rowsNamed(name).length, 1);
  await context.close();
});

test('typed answers survive a reload; offline, the form is kept and sent once online', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Offline ${randomUUID()}`;
  await fillRequired(page, name);
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();
  // The Worker's form comes first; the draft returns with the form's wasm (its button).
  await page.getByRole('button', { name: 'Absenden' }).waitFor();
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), name, 'kept across a reload');
  assert.ok(await page.getByRole('checkbox', { name: 'Deutsch', exact: true }).isChecked());
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText(/Keine Verbindung\. Ihre Angaben sind gespeichert/).waitFor();
  assert.equal(rowsNamed(name).length, 0);
  await context.setOffline(false);
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(rowsNamed(name).length, 1, 'sent once, when online again');
  await context.close();
});
