// Accessibility: axe-core (WCAG 2.1 A/AA rules) on every public page and state, in German
// and in Arabic, and on the coordinators' pages; touch targets of at least 44×44 CSS px;
// the district panel by keyboard (focus in, Escape, focus back); no sideways scrolling at
// 320 px; 200 % zoom loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, request, registration, postRegistration, newCoordinator, DESKTOP, violations } from './support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-a11y');
const TOKEN = COORDINATOR.token;
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

async function fillForm(page) {
  await page.locator('#feld-name').fill(`A11y ${randomUUID().slice(0, 8)}`);
  await page.locator('#feld-email').fill('a11y@example.org');
  await page.locator('#feld-languages').check();
  await page.locator('#feld-availability-by-arrangement').check();
  await page.locator('#feld-consent').check();
}

// Each state is reached the same way in every language (no texts in the selectors).
const STATES = [
  ['map', '/', (page) => page.locator('svg.district-map a').first().waitFor()],
  ['district open', '/bezirk/130', (page) => page.locator('.network-card').first().waitFor()],
  ['network page', '/netzwerk/refugium-fluechtlingshilfe', (page) => page.locator('.network-detail h1').waitFor()],
  ['form empty', '/mitmachen?bezirk=130', (page) => page.locator('button[type="submit"]').waitFor()],
  ['form with errors', '/mitmachen', async (page) => {
    await page.locator('button[type="submit"]').click();
    await page.locator('.field-error').first().waitFor();
  }],
  ['confirmation', '/mitmachen?bezirk=130', async (page) => {
    await fillForm(page);
    await page.locator('button[type="submit"]').click();
    await page.locator('#danke').waitFor();
  }],
  ['privacy notice', '/datenschutz', (page) => page.locator('.contact-card').waitFor()],
  ['no network matches the filter', '/bezirk/130?suche=zzzzzz', (page) => page.locator('.result-count').waitFor()],
  ['network not found', '/netzwerk/gibt-es-nicht', (page) => page.locator('main h1').waitFor()],
  ['page not found', '/gibt-es-nicht', (page) => page.locator('main h1').waitFor()],
  // The map's pages bring their data: a page without it, then the map, must load it.
  ['data cannot be loaded', '/kontakt', async (page) => {
    await page.locator('main[data-bereit]').waitFor({ state: 'attached' });
    await page.locator('header a.brand').click();
    await page.locator('.load-error').waitFor();
  }, (page) => page.route('**/api/districts', (route) => route.abort('internetdisconnected'))],
  ['about', '/ueber', (page) => page.locator('.contact-card').waitFor()],
  ['contact', '/kontakt', (page) => page.locator('.contact-card').waitFor()],
];

for (const lang of ['de', 'ar']) {
  for (const [name, path, ready, prepare] of STATES) {
    test(`axe finds no violation: ${name} (${lang})`, async () => {
      const { context, page } = await openPage(browser);
      await prepare?.(page);
      await visit(page, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
}

test('axe finds no violation on the coordinators\' pages: sign-in, registrations, networks, reported barriers, log', async () => {
  await postRegistration(registration(`A11y ${randomUUID().slice(0, 8)}`), { localAddress: '127.0.9.7' });
  await request('/api/feedback', {
    method: 'POST', localAddress: '127.0.9.7', body: JSON.stringify({ message: 'A11y: ein Bericht über eine Barriere', email: 'a11y@example.org' }),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
  });
  for (const viewport of [undefined, DESKTOP]) {
    const { context, page } = await openPage(browser, viewport);
    await visit(page, '/koordination');
    await page.locator('input[type="password"], input#token, form input').first().waitFor();
    assert.deepEqual(await violations(page), [], 'sign-in');
    await page.getByLabel('Zugangsschlüssel').fill(TOKEN);
    await page.getByLabel('Zugangsschlüssel').press('Enter');
    await page.getByRole('button', { name: 'Als CSV exportieren' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(page), [], 'registrations');
    await page.getByRole('button', { name: 'Netzwerke' }).click();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(page), [], 'networks');
    await page.getByRole('button', { name: 'Barrieren' }).click();
    await page.getByRole('heading', { name: 'Gemeldete Barrieren' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(page), [], 'reported barriers');
    await page.getByRole('button', { name: 'Protokoll' }).click();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(page), [], 'log');
    await context.close();
  }
});

test('touch targets are at least 44×44 CSS px, in German and Arabic', async () => {
  const { context, page } = await openPage(browser);
  const pages = [
    ['/', 'svg.district-map a'], ['/bezirk/130', '.network-card'],
    ['/netzwerk/refugium-fluechtlingshilfe', '.network-detail h1'], ['/mitmachen', 'button[type="submit"]'],
  ].flatMap(([path, ready]) => [[path, ready], [`${path}${path.includes('?') ? '&' : '?'}lang=ar`, ready]]);
  for (const [path, ready] of pages) {
    await visit(page, path);
    await page.locator(ready).first().waitFor();
    const small = await page.evaluate(() => {
      // Controls, and links that stand alone; links inside running text are exempt (WCAG 2.5.8).
      const targets = document.querySelectorAll(
        'button, .button, select, input:not([type="checkbox"]):not([type="radio"]):not([tabindex="-1"]), textarea, label.choice, .availability .slot, nav a, .lang-switch a, .site-footer a, .district-list a, .close',
      );
      return [...targets]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.hp, .skip-link'))
        .map((e) => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
        .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    assert.deepEqual(small, [], path);
  }
  await context.close();
});

test('the district panel by keyboard: focus moves in, Escape closes it, focus goes back', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/');
  await page.locator('a.district[href="/bezirk/130"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.network-card').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'panel-title', 'focus in the panel');
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => url.pathname === '/');
  await page.waitForFunction(() => document.activeElement?.getAttribute('href') === '/bezirk/130');
  await context.close();
});

test('focus is visible on the map\'s districts, on buttons and on links', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/bezirk/130');
  await page.locator('.network-card').first().waitFor();
  const look = (locator) => locator.evaluate((e) => {
    const s = getComputedStyle(e);
    return `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow} ${s.stroke} ${s.strokeWidth}`;
  });
  for (const selector of ['a.district[href="/bezirk/111"] path', '.card-actions .button', '.lang-switch a']) {
    const target = page.locator(selector).first();
    const focusable = selector.endsWith(' path') ? page.locator('a.district[href="/bezirk/111"]') : target;
    const before = await look(target);
    await page.keyboard.press('Tab'); // keyboard use, so :focus-visible applies
    await focusable.focus();
    const after = await look(target);
    assert.notEqual(after, before, `${selector} looks the same focused: ${after}`);
  }
  await context.close();
});

test('at 320 px nothing scrolls sideways, in German and Arabic', async () => {
  const { context, page } = await openPage(browser, { width: 320, height: 640 });
  for (const lang of ['de', 'ar']) {
    for (const path of ['/', '/bezirk/322', '/netzwerk/koordinierungsstelle-ehrenamt', '/mitmachen', '/ueber', '/datenschutz', '/koordination']) {
      await visit(page, `${path}?lang=${lang}`);
      // Measured once the next frame is laid out, whatever the page rendered last.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path} (${lang}): ${width}px wide`);
    }
  }
  await context.close();
});

test('200 % zoom loses nothing: a 1280×800 screen at 200 % (640×400 CSS px) shows every part without sideways scrolling', async () => {
  const { context, page } = await openPage(browser, { width: 640, height: 400 });
  for (const [path, ready] of [['/bezirk/130', '.network-card'], ['/mitmachen', 'button[type="submit"]'], ['/netzwerk/refugium-fluechtlingshilfe', '.network-detail h1']]) {
    await visit(page, path);
    await page.locator(ready).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 640, `${path}: ${width}px wide`);
    for (const part of ['.site-header nav', '.lang-switch', '.site-footer .phone', ready]) {
      await page.locator(part).first().scrollIntoViewIfNeeded();
      assert.ok(await page.locator(part).first().isVisible(), `${path}: ${part}`);
    }
  }
  await context.close();
});

test('reduced motion: no transitions or animations run', async () => {
  const { context, page } = await openPage(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await visit(page, '/bezirk/130');
  await page.locator('.network-card').first().waitFor();
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((e) => getComputedStyle(e))
    .filter((s) => parseFloat(s.transitionDuration) > 0 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0)).length);
  assert.equal(moving, 0);
  await context.close();
});
