// The app shell: the home page and the contact page render in Chromium without errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, screenshotPath, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`home page renders at ${viewport.width}×${viewport.height} without errors`, async () => {
    const { context, page, problems } = await openPage(browser, viewport);
    const response = await visit(page, '/');
    assert.equal(response.status(), 200);
    await page.locator('header').getByRole('link', { name: 'Kontakt', exact: true }).waitFor();
    assert.match(await page.title(), /Netzwerkkarte/);
    assert.equal(await page.locator('header').getByText('Netzwerkkarte Ehrenamt').count(), 1);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= viewport.width, `no sideways scrolling (${scrollWidth}px)`);
    await page.screenshot({ path: screenshotPath(`home-${name}`), fullPage: true });
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [], errorResponses: [] });
    await context.close();
  });
}

test('/kontakt opened directly shows the phone number as a tel: link', async () => {
  const { context, page, problems } = await openPage(browser);
  const response = await visit(page, '/kontakt');
  assert.equal(response.status(), 200, 'the SPA fallback serves the app for a deep link');
  const phone = page.locator('.contact-card').getByRole('link', { name: '0531 4705091' });
  await phone.waitFor();
  assert.equal(await phone.getAttribute('href'), 'tel:+495314705091');
  for (const text of ['Naumburgstraße 25', 'Postfach 3309', '0531 4705099', 'Termin nach Vereinbarung']) {
    assert.equal(await page.getByText(text).count() > 0, true, `shows ${text}`);
  }
  await page.screenshot({ path: screenshotPath('kontakt-phone'), fullPage: true });
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.errorResponses, []);
  await context.close();
});

test('the Kontakt link in the header leads to the contact page', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/');
  await page.locator('header').getByRole('link', { name: 'Kontakt', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Kontakt' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/kontakt');
  await context.close();
});

test('an unknown app path shows a friendly not-found page', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/gibt-es-nicht');
  await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
  await context.close();
});
