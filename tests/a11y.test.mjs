// Accessibility: axe-core (WCAG 2.1 A/AA rules) on the public pages and states and on the
// coordinators' sign-in, at phone size; no sideways scrolling at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, visit } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const STATES = [
  ['map', '/', (page) => page.locator('svg.district-map a').first().waitFor()],
  ['district open', '/bezirk/130', (page) => page.locator('.network-card').first().waitFor()],
  ['network page', '/netzwerk/refugium-fluechtlingshilfe', (page) => page.locator('.network-detail h1').waitFor()],
  ['form empty', '/mitmachen?bezirk=130', (page) => page.getByRole('button', { name: 'Absenden' }).waitFor()],
  ['form with errors', '/mitmachen', async (page) => {
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.locator('.field-error').first().waitFor();
  }],
  ['privacy notice', '/datenschutz', (page) => page.getByRole('heading', { name: 'Datenschutzhinweise' }).waitFor()],
  ['about', '/ueber', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['contact', '/kontakt', (page) => page.locator('.contact-card').waitFor()],
  ['coordinators sign-in', '/koordination', (page) => page.getByLabel('Zugangsschlüssel').waitFor()],
];

for (const [name, path, ready] of STATES) {
  test(`axe finds no violation: ${name}`, async () => {
    const { context, page } = await openPage(browser);
    await visit(page, path);
    await ready(page);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('at 320 px nothing scrolls sideways', async () => {
  const { context, page } = await openPage(browser, { width: 320, height: 640 });
  for (const path of ['/', '/bezirk/322', '/netzwerk/koordinierungsstelle-ehrenamt', '/mitmachen', '/ueber', '/koordination']) {
    await visit(page, path);
    await page.waitForTimeout(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path}: ${width}px wide`);
  }
  await context.close();
});
