// A marker with a script, quotes and an ampersand in every free-text field of a network, a
// need and a registration: on every page that shows it, as the Worker sends it and as the app
// renders it, it is text, escaped, and no script runs. (The mails: mail-escaping.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, visit, request, newCoordinator, postNeed, needBody, postRegistration,
  registration, freshAddress, tag, DESKTOP, PHONE,
} from './support.mjs';

const coordinator = newCoordinator('e2e-escaping');
const MARK = `Esc${tag()}`;
/** What would run, or break out of an attribute, if a page put it in unescaped. */
const EVIL = `<script>__esc=1</script><b onmouseover="__esc=2">f</b>"'&`;
const marked = (field) => `${MARK} ${field} ${EVIL}`;
/** The escaped form a page's HTML must hold instead. */
const ESCAPED = '&lt;script&gt;__esc=1&lt;/script&gt;&lt;b onmouseover=&quot;__esc=2&quot;&gt;f&lt;/b&gt;&quot;&#39;&amp;';

let browser;
let network;
let need;
let link;
before(async () => {
  browser = await launch();
  coordinator.add();
  const created = await request('/api/admin/networks', {
    method: 'POST',
    headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: marked('Name'), organiser: marked('Träger'), district: 130,
      description: marked('Beschreibung'), activities: ['sprachcafe'], languages: ['de'],
      place: marked('Ort'), source: { name: marked('Quelle') },
    }),
  });
  assert.equal(created.status, 201, created.text);
  network = created.json();
  need = await postNeed(coordinator.token, needBody(marked('Titel'), {
    network: network.slug, district: 130, description: marked('Aufgabe'), place: marked('Treffpunkt'),
    when: marked('Wann'),
  }));
  const registered = await postRegistration(registration('x', {
    name: marked('Person'), message: marked('Nachricht'), languages_other: marked('Sprache'),
    network: network.slug, need: need.slug, districts: [130],
  }), { localAddress: freshAddress() });
  assert.equal(registered.status, 201, registered.text);
  link = registered.json().link;
});
after(async () => {
  // Off the public map and the coordinators' lists again: other files count the seed's
  // networks and look for their own needs by label.
  await request(`/api/admin/needs/${need?.id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'closed' }),
  });
  await request(`/api/admin/networks/${network?.id}/archive`, {
    method: 'POST', headers: { Authorization: `Bearer ${coordinator.token}` },
  });
  await browser?.close();
});

/** The public pages that show the network's or the need's texts, and what each must show. */
const pages = () => [
  [`/netzwerk/${network.slug}`, ['Name', 'Träger', 'Beschreibung', 'Ort', 'Quelle', 'Titel']],
  [`/gesuch/${need.slug}`, ['Titel', 'Aufgabe', 'Treffpunkt', 'Wann', 'Name']],
  ['/bezirk/130', ['Name', 'Träger', 'Beschreibung', 'Titel']],
  ['/', ['Titel', 'Name']],
  [`/mitmachen?netzwerk=${network.slug}`, ['Name']],
  [`/mitmachen?gesuch=${need.slug}`, ['Titel']],
];

test('every page the Worker sends holds the marker escaped, never as markup', async () => {
  for (const [path, fields] of pages()) {
    for (const lang of ['de', 'ar']) {
      const page = await request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      assert.equal(page.status, 200, path);
      assert.ok(!page.text.includes('<script>__esc'), `${path}: a script in the page`);
      assert.ok(!page.text.includes('onmouseover="__esc'), `${path}: markup from the data`);
      for (const field of fields) {
        assert.ok(page.text.includes(`${MARK} ${field} ${ESCAPED}`), `${path} (${lang}): ${field} escaped`);
      }
    }
  }
});

test('in Chromium, before and after the app takes over and on pages the app renders, the marker is text', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  try {
    const shows = async (where, fields) => {
      assert.equal(await page.evaluate(() => window.__esc), undefined, `${where}: no script ran`);
      const text = await page.locator('main').innerText();
      for (const field of fields) assert.ok(text.includes(`${MARK} ${field} ${EVIL}`), `${where}: ${field}`);
      assert.equal(await page.locator('main [onmouseover]').count(), 0, `${where}: no markup from the data`);
    };
    for (const [path, fields] of pages()) {
      await visit(page, path);
      await page.locator('main[data-bereit]').waitFor();
      await shows(path, fields.filter((field) => !path.startsWith('/mitmachen')));
    }
    // The app renders the network's page itself: from the district's panel, by a click.
    await visit(page, '/bezirk/130');
    await page.locator('main[data-bereit]').waitFor();
    await page.locator(`a[href="/netzwerk/${network.slug}"]`).first().click();
    await page.waitForURL(`**/netzwerk/${network.slug}`);
    await page.locator('main .network-detail').waitFor();
    await shows('the app\'s network page', ['Name', 'Träger', 'Beschreibung', 'Ort', 'Quelle']);
    // The volunteer's own page fills itself from the API with the script of the page.
    await visit(page, link);
    await page.locator('#anmeldung:not([hidden])').waitFor();
    assert.equal(await page.evaluate(() => window.__esc), undefined, 'the own page: no script ran');
    const own = await page.locator('main').innerText();
    assert.ok(own.includes(`${MARK} Person ${EVIL}`) || (await page.locator('#feld-name').inputValue()).includes(`${MARK} Person`), 'the own page shows the name');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('in the coordinators\' area the marker is text in every list', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  try {
    await visit(page, '/koordination');
    await page.getByLabel('Zugangsschlüssel').fill(coordinator.token);
    await page.getByLabel('Zugangsschlüssel').press('Enter');
    await page.getByLabel('Suche (Name, E-Mail, Nachricht)').fill(MARK);
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await page.getByRole('cell', { name: `${MARK} Person ${EVIL}` }).waitFor();
    for (const [tab, field] of [['Gesuche', 'Titel'], ['Netzwerke', 'Name']]) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await page.getByText(`${MARK} ${field} ${EVIL}`).first().waitFor();
    }
    assert.equal(await page.evaluate(() => window.__esc), undefined, 'no script ran');
    assert.equal(await page.locator('main [onmouseover]').count(), 0);
  } finally {
    await context.close();
  }
});
