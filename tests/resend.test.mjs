// The offline resend never traps a volunteer: a lost answer, a change after sending, a refusal
// and a key conflict, in Chromium against the real Worker and D1. Playwright's request routing
// plays the network (`route.fetch()` then `route.abort()`: the Worker stored it, the page saw
// a lost connection); Playwright's clock moves the page's time instead of waiting for the
// back-off (10 s, 30 s, 1, 2, 5, 10 minutes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launch, openPage, visit, PHONE, d1, postRegistration, registration } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DRAFT = 'netzwerkkarte.mitmachen.entwurf';
const rowsNamed = (name) => d1(`SELECT * FROM registrations WHERE name = '${name}'`);
const isPost = (response) => response.url().endsWith('/api/registrations') && response.request().method() === 'POST';

async function fillForm(page, name, message = 'Ich helfe gern.') {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('amira+resend@example.org');
  await page.getByRole('checkbox', { name: 'Deutsch', exact: true }).check();
  await page.getByRole('checkbox', { name: 'nach Absprache' }).check();
  await page.getByLabel('Nachricht', { exact: true }).fill(message);
  await page.getByRole('checkbox', { name: /Einwilligung/ }).check();
}

/** Every POST the page makes: its key, its body, and what the test did with it. */
function recordPosts(page, handle) {
  const posts = [];
  return {
    posts,
    ready: page.route('**/api/registrations', async (route) => {
      const request = route.request();
      const post = { key: request.headers()['idempotency-key'], body: request.postDataJSON() };
      posts.push(post);
      await handle(route, post, posts.length);
    }),
  };
}

/** The Worker answers and the page gets that answer; the test keeps its status and body. (A
 * routed response's body is read here: Playwright's page-side `response.json()` can wait
 * forever for a body it does not keep.) */
async function passThrough(route, post) {
  const response = await route.fetch();
  post.status = response.status();
  post.answer = await response.json();
  await route.fulfill({ response });
}

/** "Answer lost": the Worker gets the request and stores it, the page sees a broken connection. */
async function loseTheAnswer(route, post) {
  const response = await route.fetch();
  post.status = response.status();
  post.id = (await response.json()).id;
  await route.abort('failed');
}

test('the answer is lost: the same form goes out again by itself, gets the same id, "Danke!"', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await page.clock.install();
  const { posts, ready } = recordPosts(page, (route, post, n) => (n === 1 ? loseTheAnswer(route, post) : passThrough(route, post)));
  await ready;
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Wieder ${randomUUID()}`;
  await fillForm(page, name);
  // The first answer is lost (no response event), so the first response is the resend's.
  const resent = page.waitForResponse(isPost);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText(/Keine Verbindung\. Ihre Angaben sind gespeichert/).waitFor();
  assert.equal(posts[0].status, 201, 'the Worker stored the first send');
  await page.clock.fastForward('00:10'); // the back-off's first step
  const response = await resent;
  assert.equal(response.status(), 200, 'the same key and body again: the stored registration');
  assert.equal(posts[1].answer.id, posts[0].id, 'the same id');
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(posts.length, 2);
  assert.equal(posts[1].key, posts[0].key);
  assert.deepEqual(posts[1].body, posts[0].body);
  assert.equal(rowsNamed(name).length, 1, 'stored exactly once');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFT), null, 'the draft is gone');
  await context.close();
});

test('changed after a lost answer: the old form is sent again first, then the change is offered as a new registration', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await page.clock.install();
  let changed = false;
  const { posts, ready } = recordPosts(page, async (route, post, n) => {
    post.afterChange = changed;
    if (n === 1) await loseTheAnswer(route, post);
    else if (!changed) await route.abort('failed'); // a resend before the change: lost as well
    else await passThrough(route, post);
  });
  await ready;
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Geändert ${randomUUID()}`;
  await fillForm(page, name, 'Ich helfe gern.');
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText(/Keine Verbindung\. Ihre Angaben sind gespeichert/).waitFor();
  await page.getByLabel('Nachricht', { exact: true }).fill('Lieber dienstags.');
  changed = true;
  const resent = page.waitForResponse(isPost);
  await page.clock.fastForward('10:00'); // past whichever step of the back-off is waiting
  const response = await resent;
  assert.equal(response.status(), 200, 'the old form, already stored');
  const again = posts.find((post) => post.afterChange);
  assert.equal(again.key, posts[0].key, 'under the old key');
  assert.deepEqual(again.body, posts[0].body, 'the old body, not the change');
  assert.equal(again.body.message, 'Ich helfe gern.');

  await page.getByText(/Ihre Anmeldung ist angekommen – Ihre spätere Änderung aber nicht/).waitFor();
  const offer = page.getByRole('button', { name: 'Als neue Anmeldung senden' });
  await offer.waitFor();
  await page.getByRole('button', { name: 'Nein, so lassen' }).waitFor();
  assert.equal(await page.getByLabel('Nachricht', { exact: true }).inputValue(), 'Lieber dienstags.', 'the change is still there');
  assert.equal(rowsNamed(name).length, 1);

  const created = page.waitForResponse(isPost);
  await offer.click();
  assert.equal((await created).status(), 201);
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  const last = posts.at(-1);
  assert.notEqual(last.key, posts[0].key, 'a new key');
  assert.equal(last.body.message, 'Lieber dienstags.');
  const rows = rowsNamed(name);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows.map((row) => row.message).sort(), ['Ich helfe gern.', 'Lieber dienstags.']);
  await context.close();
});

test('a refusal (400) stops the automatic resends; "Absenden" sends again', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await page.clock.install();
  const refusal = { type: 'about:blank', title: 'Ungültige Anfrage', status: 400, detail: 'Testfehler.' };
  const { posts, ready } = recordPosts(page, async (route, post, n) => {
    if (n === 1) await route.abort('failed'); // lost before it arrived
    else if (n === 2) await route.fulfill({ status: 400, contentType: 'application/problem+json', body: JSON.stringify(refusal) });
    else await route.continue();
  });
  await ready;
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Abgelehnt ${randomUUID()}`;
  await fillForm(page, name);
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText(/Keine Verbindung\. Ihre Angaben sind gespeichert/).waitFor();
  assert.equal(posts.length, 1);
  await page.clock.fastForward('00:10'); // the back-off's first step: the resend, refused
  await page.getByText('Das hat nicht geklappt: Testfehler.').waitFor();
  assert.equal(posts.length, 2);
  assert.equal(posts[1].key, posts[0].key);
  // Every later step of the back-off, and more: nothing goes out by itself.
  for (const step of ['00:30', '01:00', '02:00', '05:00', '10:00', '10:00', '10:00']) {
    await page.clock.fastForward(step);
  }
  assert.equal(posts.length, 2, 'no automatic resend after a 4xx');
  assert.equal(rowsNamed(name).length, 0);
  // The person's own "Absenden" is the next request: anything the clock had sent would come first.
  const created = page.waitForResponse(isPost);
  await page.getByRole('button', { name: 'Absenden' }).click();
  assert.equal((await created).status(), 201);
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.equal(posts.length, 3, 'only the person\'s own send');
  assert.equal(rowsNamed(name).length, 1);
  await context.close();
});

test('a key conflict (409 on Idempotency-Key) is no field error: the form offers a new registration', async () => {
  const { context, page } = await openPage(browser, PHONE);
  const { posts, ready } = recordPosts(page, (route, post) => passThrough(route, post));
  await ready;
  const answers = [];
  page.on('response', (response) => { if (isPost(response)) answers.push(response.status()); });
  await visit(page, '/mitmachen?bezirk=130');
  const name = `Schlüssel ${randomUUID()}`;
  await fillForm(page, name);
  // Another registration was stored under this form's key (as from an older page that sent
  // the form, lost the answer and let the person change it).
  const key = await page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey)).key, DRAFT);
  const other = `Schlüssel anders ${randomUUID()}`;
  const stored = await postRegistration(registration(other), { key, localAddress: '127.0.12.1' });
  assert.equal(stored.status, 201);

  const conflict = page.waitForResponse(isPost);
  await page.getByRole('button', { name: 'Absenden' }).click();
  const response = await conflict;
  assert.equal(response.status(), 409);
  assert.deepEqual(Object.keys(posts[0].answer.errors), ['Idempotency-Key']);
  const offer = page.getByRole('button', { name: 'Als neue Anmeldung senden' });
  await offer.waitFor();
  await page.getByText(/schon eine Anmeldung mit anderen Angaben angekommen/).waitFor();
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'no field marked');
  assert.equal(await page.locator('.field-error').count(), 0, 'no field error');
  assert.doesNotMatch(await page.locator('.form-notice').textContent(), /prüfen/);

  const created = page.waitForResponse(isPost);
  await offer.click();
  assert.equal((await created).status(), 201);
  await page.getByRole('heading', { name: 'Danke!' }).waitFor();
  assert.deepEqual(answers, [409, 201]);
  assert.equal(posts.length, 2);
  assert.equal(posts[0].key, key);
  assert.notEqual(posts[1].key, key, 'a new key');
  assert.equal(rowsNamed(name).length, 1);
  assert.equal(rowsNamed(`Test ${other}`).length, 1, 'the other registration is untouched');
  await context.close();
});
