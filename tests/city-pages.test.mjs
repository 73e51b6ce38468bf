// The city's pages say only what is true of the code: the privacy notice lists exactly the
// fields the rules require, a link's ?lang= sets no cookie (only the switcher does), the mail
// section is absent while mail is off, the accessibility statement gives each gap its reason and
// alternative and a way to write besides the form, free-text fields say that nothing on health,
// religion or origin is needed, the form's draft is gone once the registration arrived, and the
// thank-you page and the export button take their periods from the configuration.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, postRegistration, registration, fillRegistration, newCoordinator, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SPECIAL = /Gesundheit, Religion oder Herkunft/;
const DRAFT = 'netzwerkkarte.mitmachen.entwurf';
const languageCookie = async (context) => (await context.cookies()).find((c) => c.name === 'sprache');

test('the notice lists exactly the fields an empty registration is refused for', async () => {
  const empty = registration('leer', {
    name: '', email: '', phone: '', districts: [], network: '', interests: [], languages: [],
    languages_other: '', availability: [], message: '', consent: false,
  });
  const refused = await postRegistration(empty);
  assert.equal(refused.status, 422, refused.text);
  const fromRules = Object.keys(refused.json().errors).sort();
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/datenschutz');
  const listed = await page.locator('#pflichtangaben li').evaluateAll((items) => items.map((li) => li.dataset.field));
  assert.deepEqual([...listed].sort(), fromRules, 'the notice and the rules name the same fields');
  assert.ok(listed.length >= 5, listed.join());
  const text = await page.locator('main').innerText();
  assert.match(text, /pseudonymisierten Prüfwert/);
  assert.doesNotMatch(text, /verschlüsselt/, 'a keyed hash is not encryption');
  assert.match(text, /Time Travel/, 'how long erased data can be restored');
  assert.match(text, /wrangler/, 'who at the city can read the database');
  assert.equal(await page.locator('#im-browser li').count(), 3, 'the cookie, the offline copy, the draft');
  await context.close();
});

test('mail is off on this stack: the notice has no mail section, Leichte Sprache no mail to confirm', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  for (const lang of ['de', 'ar']) {
    await visit(page, `/datenschutz?lang=${lang}`);
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('#e-mails').count(), 0, lang);
  }
  await visit(page, '/leichte-sprache');
  const easy = await page.locator('main').innerText();
  assert.doesNotMatch(easy, /E-Mail bestätigen|Link in der E-Mail/);
  assert.match(easy, /Nach dem Absenden sehen Sie einen Link\./);
  await context.close();
});

test('following internal links with ?lang= keeps no cookie; picking in a switcher does', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/?lang=ar');
  await page.locator('svg.district-map a').first().waitFor();
  await Promise.all([page.waitForURL(/\/impressum\?lang=ar$/), page.locator('.site-footer a.footer-impressum').click()]);
  await Promise.all([page.waitForURL(/\/impressum\?lang=de$/), page.locator('.binding-note a').click()]);
  await Promise.all([page.waitForURL(/\/leichte-sprache\?lang=de$/), page.locator('.site-footer a[href^="/leichte-sprache"]').click()]);
  await Promise.all([page.waitForURL(/\/mitmachen\?lang=de$/), page.locator('main a[href="/mitmachen?lang=de"]').click()]);
  await page.locator('main[data-bereit]').waitFor();
  await visit(page, '/datenschutz?lang=uk');
  assert.equal(await languageCookie(context), undefined, 'no link picked a language');

  // A page without the app: the switcher's link keeps the pick and says ?lang= in the address.
  await Promise.all([page.waitForURL(/\/datenschutz\?lang=en$/), page.locator('.lang-switch a[hreflang="en"]').click()]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await languageCookie(context))?.value, 'en');
  await context.close();

  // The app's switcher keeps it too.
  const app = await openPage(browser, DESKTOP);
  await visit(app.page, '/kontakt');
  await app.page.locator('main[data-bereit], .contact-card').first().waitFor();
  await Promise.all([app.page.waitForURL(/lang=fa/), app.page.locator('.lang-switch a[hreflang="fa"]').click()]);
  assert.equal((await languageCookie(app.context))?.value, 'fa');
  await app.context.close();
});

test('the statement: scope, conformity, each gap with reason and alternative, a way besides the form, the Schlichtungsstelle', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/barrierefreiheit');
  const main = page.locator('main');
  assert.match(await main.innerText(), /\/koordination/, 'the scope names the coordinators\' area');
  assert.match(await main.innerText(), /Niedersächsischen Verordnung über barrierefreie Informationstechnik öffentlicher Stellen \(NBITVO\)/);
  assert.match(await main.innerText(), /EN 301 549 V3\.2\.1/);
  assert.equal(await page.locator('#vereinbarkeit').getAttribute('data-conformity'), 'teilweise', 'config/site.toml says so');
  const gaps = await page.locator('ul.gaps > li').allInnerTexts();
  assert.ok(gaps.length >= 2, gaps.join('\n'));
  for (const gap of gaps) {
    assert.match(gap, /Grund:/, gap);
    assert.match(gap, /So kommen Sie trotzdem an den Inhalt:/, gap);
    assert.doesNotMatch(gap, /Prüfung/, 'the pending manual check is about the method, not a gap');
  }
  // Besides the form (which needs JavaScript): the phone, and an e-mail address the city gives.
  const contact = page.locator('#barriere-kontakt');
  assert.equal(await contact.locator('a[href^="tel:"]').count(), 1);
  const written = (await contact.locator('a[href^="mailto:"]').count()) + (await contact.locator('mark.placeholder').count());
  assert.equal(written, 1, 'a mailto: link, or the placeholder the deploy refuses');
  const conciliation = page.locator('#schlichtungsstelle');
  const linked = (await conciliation.locator('a[href^="https://"]').count()) + (await conciliation.locator('mark.placeholder').count());
  assert.ok(linked >= 1, 'a link to the Schlichtungsstelle, or its placeholder');
  assert.match(await page.locator('#message-hinweis').textContent(), SPECIAL);
  await context.close();
});

test('the form says what is not needed; its draft is gone once the registration arrived; the thanks name the configured months', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/mitmachen?bezirk=130');
  assert.match(await page.locator('#message-hinweis').textContent(), SPECIAL);
  assert.match(await page.locator('#feld-message').getAttribute('aria-describedby'), /message-hinweis/);
  await fillRegistration(page, 'Entwurf Test', 'entwurf@example.org');
  assert.ok(await page.evaluate((key) => localStorage.getItem(key), DRAFT), 'the draft is kept while typing');
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.locator('#danke').waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFT), null, 'settled: the draft is deleted');
  // wrangler.toml keeps registrations 365 days: 12 months.
  assert.match(await page.locator('.thanks').innerText(), /nach 12 Monaten gelöscht/);
  await context.close();
});

test('the coordinators\' export names the deletion rule next to its button', async () => {
  const coordinator = newCoordinator('e2e-export');
  coordinator.add();
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(coordinator.token);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const rule = page.locator('#export-regel');
  await rule.waitFor();
  assert.match(await rule.textContent(), /Löschfrist|Tage nach dem Export/);
  assert.equal(await page.getByRole('button', { name: 'Als CSV exportieren' }).getAttribute('aria-describedby'), 'export-regel');
  await context.close();
});
