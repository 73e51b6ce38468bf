// No page and no part of the coordinators' area shows source code as text. A `>` inside an
// unbraced attribute of a Leptos `view!` ends the tag early, and the rest of the line becomes
// the button's label ("= pages on:click=move |_| turn(1)>Weiter"): this reads what a person
// sees on every page, in every tab and open form of the area, after the app has taken over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, newCoordinator, postNeed, needBody, tag, DESKTOP } from './support.mjs';

/** What code looks like, and text for people never does. */
const FRAGMENTS = ['on:click', 'on:input', 'on:change', 'on:submit', 'prop:', 'move |', '=>', '|_|', '::', 'view!'];

let browser;
const COORDINATOR = newCoordinator('e2e-sichtbar');
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

/** The fragments the visible text of `page` holds, each with the text around it. */
async function codeOnScreen(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return FRAGMENTS.filter((fragment) => text.includes(fragment)).map((fragment) => {
    const at = text.indexOf(fragment);
    return `${fragment} in "…${text.slice(Math.max(0, at - 40), at + 40)}…"`;
  });
}

test('no public page shows code, before or after the app takes over', async () => {
  const need = await postNeed(COORDINATOR.token, needBody(`Lesepatin ${tag()}`));
  const paths = [
    '/', '/bezirk/130', '/netzwerk/refugium-fluechtlingshilfe', `/gesuch/${need.slug}`, '/ueber',
    '/kontakt', '/mitmachen', '/gibt-es-nicht', '/impressum', '/datenschutz', '/barrierefreiheit',
    '/leichte-sprache', '/anmeldung',
  ];
  const { context, page } = await openPage(browser, DESKTOP);
  try {
    for (const path of paths) {
      for (const lang of ['de', 'ar']) {
        await visit(page, `${path}?lang=${lang}`);
        assert.deepEqual(await codeOnScreen(page), [], `${path}?lang=${lang}`);
      }
    }
  } finally {
    await context.close();
  }
});

test('no tab and no open form of the coordinators\' area shows code', async () => {
  const { context, page, problems } = await openPage(browser, DESKTOP);
  try {
    await visit(page, '/koordination');
    assert.deepEqual(await codeOnScreen(page), [], 'the sign-in');
    await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
    await page.getByLabel('Zugangsschlüssel').press('Enter');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    const tabs = [
      ['Anmeldungen', 'Anwenden'],
      ['Gesuche', 'Gesuch einstellen'],
      ['Netzwerke', 'Netzwerk hinzufügen'],
      ['Barrieren', null],
      ['Protokoll', null],
      ['Einstellungen', null],
    ];
    for (const [tab, opens] of tabs) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await codeOnScreen(page), [], tab);
      if (opens) {
        await page.getByRole('button', { name: opens }).first().click();
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await codeOnScreen(page), [], `${tab}, after "${opens}"`);
      }
    }
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
  }
});
