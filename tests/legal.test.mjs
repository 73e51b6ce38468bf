// The pages a German city must publish (Impressum, Datenschutz, Barrierefreiheit, Leichte
// Sprache): static HTML from the build, in the language asked for, readable without
// JavaScript, accessible, linked from every page's footer, with the city's missing details
// marked as "noch auszufüllen".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, request, PHONE, DESKTOP, violations } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LEGAL = ['/impressum', '/datenschutz', '/barrierefreiheit'];
const FOOTER_LINKS = ['/impressum', '/datenschutz', '/barrierefreiheit', '/leichte-sprache'];
const ARABIC = /[\u0600-\u06FF]/;

async function footerLinks(page) {
  return page.locator('.site-footer nav a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
}

test('each legal page in German and Arabic: its language, no axe violations, footer links, placeholders marked', async () => {
  const { context, page, problems } = await openPage(browser, PHONE);
  for (const path of LEGAL) {
    for (const lang of ['de', 'ar']) {
      const url = lang === 'de' ? path : `${path}?lang=${lang}`;
      await visit(page, url);
      await page.locator('main h1').waitFor();
      const [htmlLang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual([htmlLang, dir], lang === 'de' ? ['de', 'ltr'] : ['ar', 'rtl'], url);
      if (lang === 'ar') {
        assert.match(await page.locator('main h1').textContent(), ARABIC, url);
        // A translation says that the German text binds, and links to it.
        assert.equal(await page.locator('.binding-note a[href$="?lang=de"]').count(), 1, url);
      } else {
        assert.equal(await page.locator('.binding-note').count(), 0, url);
      }
      assert.deepEqual(await violations(page), [], url);
      for (const link of FOOTER_LINKS) assert.ok((await footerLinks(page)).includes(link), `${url}: footer links ${link}`);
      // What only the city can say is marked, never made up.
      const marks = await page.locator('mark.placeholder').allTextContents();
      assert.ok(marks.length > 0, `${url}: the repository's placeholders are shown`);
      if (lang === 'ar') {
        // The city's own (German) words are marked German, placeholders and values alike.
        const unmarked = await page.locator('mark.placeholder:not([lang="de"])').count();
        assert.equal(unmarked, 0, url);
      }
      for (const mark of marks) assert.match(mark, /^noch auszufüllen: \S/, url);
      assert.equal(await page.title() !== '', true);
    }
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.errorResponses, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('the privacy notice names what Art. 13 GDPR asks for', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/datenschutz');
  const text = await page.locator('main').innerText();
  for (const part of ['Datenschutzbeauftragte', 'Cloudflare, Inc.', 'Auftragsverarbeitung', 'Europäischen Union',
    'außerhalb der EU', 'freiwillig', 'Art. 15', 'Art. 17', 'Art. 20', 'Art. 21', 'Art. 77', 'Meldungen zu Barrieren', '12 Monate']) {
    assert.ok(text.includes(part), `the privacy notice says: ${part}`);
  }
  assert.ok(await page.locator('.contact-card').count() === 1, 'the Koordinierungsstelle to write to');
  await context.close();
});

test('without JavaScript every legal page and Leichte Sprache are complete; the form points to the phone', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [...LEGAL, '/leichte-sprache', '/datenschutz?lang=fa', '/impressum?lang=uk']) {
    const response = await page.goto(new URL(path, process.env.BASE_URL ?? 'http://127.0.0.1:8787').href);
    assert.equal(response.status(), 200, path);
    assert.ok((await page.locator('main h1').textContent()).trim().length > 3, path);
    assert.ok((await page.locator('main p').count()) > 3, `${path}: its text, not an empty shell`);
  }
  await page.goto(new URL('/barrierefreiheit', process.env.BASE_URL ?? 'http://127.0.0.1:8787').href);
  assert.equal(await page.locator('#barriere-formular').isVisible(), false, 'a form that cannot send is not offered');
  assert.equal(await page.locator('.feedback-no-script').isVisible(), true);
  assert.ok(await page.locator('main a[href^="tel:"]').count() > 0, 'the phone number instead');
  await context.close();
});

// Leichte Sprache, one plain sentence on each line (the rules app/locales/de/easy.ftl states and
// xtask/src/pages/easy.rs checks on the messages too):
// - at most 12 words;
// - at most one `.`, `!` or `?`, and only at the end; no `;` or `…`; at most one `:` (a trailing
//   one introduces a list, one inside says "das heißt: …");
// - no subordinate clause: no "dass", "weil", "wenn", … anywhere, and after a comma no relative
//   pronoun, conjunction or "…, in der …";
// - "tippen" only together with "klicken".
const SUBORDINATING = /(?<![\p{L}·])(?:dass|weil|wenn|falls|obwohl|ob|sobald|nachdem|bevor|sodass|indem|ehe)(?![\p{L}·])/iu;
const AFTER_COMMA = /, (?:die|der|das|dem|den|denen|deren|dessen|welche[mnrs]?|dass|wenn|weil|ob|damit|als|wie|wo|was|wer|wann|bis|seit|um|und|oder|aber|denn|sondern|doch)(?![\p{L}·])/iu;
const RELATIVE_AFTER_PREPOSITION = /, (?:in|mit|von|bei|auf|an|zu|für|über|aus|nach|durch) (?:die|der|das|dem|den|denen|deren|dessen|welche[mnrs]?)(?![\p{L}·])/iu;

function sentenceProblems(line) {
  const found = [];
  if (line.split(/\s+/).length > 12) found.push('more than 12 words');
  const ends = [...line.matchAll(/[.!?]/g)].map((m) => m.index);
  if (ends.length > 1 || ends.some((at) => at !== line.trimEnd().length - 1)) found.push('more than one sentence');
  if (/[;…]/.test(line)) found.push('a semicolon or an ellipsis');
  if ((line.match(/:/g) ?? []).length > 1) found.push('more than one colon');
  if (SUBORDINATING.test(line) || AFTER_COMMA.test(line) || RELATIVE_AFTER_PREPOSITION.test(line)) found.push('a subordinate clause');
  if (/tipp/i.test(line) && !/klick/i.test(line)) found.push('tippen without klicken');
  return found;
}

// The hard words, and whether one part of a word (lower case, a compound split at its middle
// dot) is that word. Where a word first appears, its line explains it:
// "[Das Wort | Ein | Eine | Die | Das | Der] <word> ist | sind | heißt | bedeutet …".
const HARD_WORDS = {
  Daten: (part) => part === 'daten',
  löschen: (part) => part.includes('lösch'),
  Netzwerk: (part) => part.startsWith('netzwerk'),
  'Koordinierungs·stelle': (part) => part.startsWith('koordinierung'),
  Gesuch: (part) => ['gesuch', 'gesuche', 'gesuches', 'gesuchs'].includes(part),
};
const bare = (word) => word.replace(/^[^\p{L}·]+|[^\p{L}·]+$/gu, '').toLowerCase();
const mentions = (line, isWord) => line.split(/[\s·-]+/).some((part) => isWord(bare(part)));
function explains(line, isWord) {
  const match = line.match(/^(?:Das Wort |(?:Ein|Eine|Die|Das|Der) )?(\S+) (?:ist|sind|heißt|bedeutet)(?=[\s:])/u);
  return match !== null && match[1].split('·').some((part) => isWord(bare(part)));
}

test('Leichte Sprache: German only, short lines, one statement each, hard words explained, the ways to the map, the form and the barriers', async () => {
  // The rules themselves catch what they are for.
  for (const bad of ['Die Gruppen helfen Menschen, die nach Braunschweig geflüchtet sind.', 'Wenn Sie Zeit haben, dann melden Sie sich.',
    'Wir wissen, dass Sie helfen möchten.', 'Das ist eine Gruppe, in der viele helfen.', 'Ja. Nein.', 'Tippen Sie hier.']) {
    assert.notDeepEqual(sentenceProblems(bad), [], bad);
  }
  assert.deepEqual(sentenceProblems('Das heißt: Sie bekommen kein Geld dafür.'), []);
  assert.equal(explains('Ein Netzwerk ist eine Gruppe von Menschen.', HARD_WORDS.Netzwerk), true);
  assert.equal(mentions('Gesucht bis morgen.', HARD_WORDS.Gesuch), false);

  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/leichte-sprache?lang=ar');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('.lang-switch').count(), 0, 'nothing to switch to');
  // Mail is off on this stack: no mail to confirm, one section fewer than with mail.
  assert.ok((await page.locator('.easy h2').count()) >= 8, 'a section for each thing a reader does');
  const lines = (await page.locator('.easy p').allTextContents()).map((line) => line.trim());
  assert.ok(lines.length >= 60, `${lines.length} lines`);
  for (const line of lines) assert.deepEqual(sentenceProblems(line), [], `one plain sentence: ${line}`);
  for (const [word, isWord] of Object.entries(HARD_WORDS)) {
    const first = lines.find((line) => mentions(line, isWord));
    assert.ok(first, `the page says ${word}`);
    assert.ok(explains(first, isWord), `${word} is explained where it first appears: ${first}`);
  }
  for (const href of ['/?lang=de', '/mitmachen?lang=de', '/barrierefreiheit?lang=de']) {
    assert.equal(await page.locator(`.easy a.button[href="${href}"]`).count(), 1, href);
  }
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('the browser\'s language picks the page\'s; any GET gets the page; unknown pages stay 404', async () => {
  const arabic = await request('/impressum', { headers: { 'Accept-Language': 'ar-SY,ar;q=0.9,de;q=0.5' } });
  assert.equal(arabic.status, 200);
  assert.match(arabic.text, /<html lang="ar" dir="rtl">/);
  assert.equal(arabic.headers['content-language'], 'ar');
  assert.match(arabic.headers.vary ?? '', /Accept-Language/);
  // A messenger's link preview: Accept */*, no Sec-Fetch-Mode.
  const preview = await request('/datenschutz?lang=uk', { headers: { Accept: '*/*' } });
  assert.equal(preview.status, 200);
  assert.match(preview.text, /<html lang="uk"/);
  assert.match(preview.text, /<title>[^<]+<\/title><meta name="description" content="[^"]+">/);
  assert.equal((await request('/leichte-sprache', { headers: { 'Accept-Language': 'fa' } })).text.includes('<html lang="de"'), true);
  assert.equal((await request('/seiten/impressum.de')).status, 404, 'the files behind the pages are not a second address');
  assert.equal((await request('/impressum', { method: 'POST' })).status, 404);
});

test('the app\'s footers link the legal pages in the reader\'s language, the coordinators\' area too', async () => {
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/?lang=ar');
  await page.locator('svg.district-map a').first().waitFor();
  const hrefs = await page.locator('.site-footer nav a.footer-legal').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['/impressum?lang=ar', '/datenschutz?lang=ar', '/barrierefreiheit?lang=ar']);
  await page.locator('.site-footer a.footer-impressum').click();
  await page.waitForURL(/\/impressum\?lang=ar$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  // German stays German, whatever the browser prefers: the links say so.
  const german = await openPage(browser, DESKTOP, { locale: 'uk-UA' });
  await visit(german.page, '/ueber?lang=de');
  await german.page.locator('main h1').waitFor();
  await german.page.locator('.site-footer a.footer-privacy').click();
  await german.page.waitForURL(/\/datenschutz\?lang=de$/);
  assert.equal(await german.page.evaluate(() => document.documentElement.lang), 'de');
  await german.page.locator('.site-footer a.footer-impressum').click();
  await german.page.waitForURL(/\/impressum\?lang=de$/);
  assert.equal(await german.page.evaluate(() => document.documentElement.lang), 'de');
  await german.context.close();
  for (const path of ['/mitmachen', '/koordination']) {
    await visit(page, path);
    await page.locator('main h1, main form').first().waitFor();
    for (const link of FOOTER_LINKS) assert.ok((await footerLinks(page)).includes(link), `${path}: footer links ${link}`);
  }
  await context.close();
});
