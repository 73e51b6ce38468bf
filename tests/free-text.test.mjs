// Every free text of every input (registration, the volunteer's correction, barrier report,
// network, need) is stored trimmed and refuses control characters, bidirectional overrides
// and isolates, U+200B and U+FEFF, with one code (`field.hidden_characters`) and one message
// in five languages; direction marks and joiners stay. Against the real Worker and D1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  launch, openPage, visit, PHONE, d1, request, registration, postRegistration, freshAddress,
  newCoordinator, needBody, tag, fillRegistration,
} from './support.mjs';

const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE: "Amira\u202Eexe.txt" reads as "Amiratxt.exe"
const HIDDEN = 'field.hidden_characters';
const coordinator = newCoordinator('freitext');
const JSON_TYPE = { 'Content-Type': 'application/json' };
let browser;
before(async () => {
  coordinator.add();
  browser = await launch();
});
after(async () => { await browser?.close(); });

const asCoordinator = (method, path, body) => request(path, {
  method, headers: { Authorization: `Bearer ${coordinator.token}`, ...JSON_TYPE }, body: JSON.stringify(body),
});

test('a bidi override in a name is refused with its code, and nothing is stored', async () => {
  const marker = `bidi-${randomUUID()}`;
  const cases = [
    ['name', { name: `Test ${marker} Amira${RLO}txt.exe` }],
    ['name', { name: `Test ${marker} \u2066Amira\u2069` }],
    ['message', { message: `Hallo\u200B ${marker}` }],
    ['languages_other', { languages_other: '\uFEFFKurdisch' }],
    ['name', { name: `Test ${marker}\u001B[31m` }],
  ];
  for (const [field, overrides] of cases) {
    const response = await postRegistration(registration(marker, overrides), { localAddress: freshAddress() });
    assert.equal(response.status, 422, JSON.stringify(overrides));
    const problem = response.json();
    assert.equal(problem.codes[field], HIDDEN, JSON.stringify(overrides));
    assert.match(problem.errors[field], /unsichtbare Steuerzeichen/);
  }
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE name LIKE 'Test ${marker}%'`), []);
});

test('texts are stored trimmed; direction marks, joiners and line breaks stay', async () => {
  const marker = `trim-${randomUUID()}`;
  const name = `Test ${marker} \u200Fمریم\u200Cها`;
  const response = await postRegistration(
    registration(marker, { name: `  ${name}\n`, message: '\n  Erste Zeile\r\nzweite Zeile\t \n', languages_other: ' Kurdisch ' }),
    { localAddress: freshAddress() },
  );
  assert.equal(response.status, 201, response.text);
  const [row] = d1(`SELECT name, message, languages_other FROM registrations WHERE id = '${response.json().id}'`);
  assert.equal(row.name, name);
  assert.equal(row.message, 'Erste Zeile\r\nzweite Zeile');
  assert.equal(row.languages_other, 'Kurdisch');
});

test('the volunteer\'s correction, a barrier report, a network and a need refuse hidden characters too', async () => {
  const stored = await postRegistration(registration(`korrektur-${randomUUID()}`), { localAddress: freshAddress() });
  assert.equal(stored.status, 201);
  // This stack runs with mail switched off: the answer carries the personal link.
  const token = new URL(stored.json().link, 'http://x').hash.slice(1);
  assert.match(token, /^[0-9a-f]{64}$/);
  const corrected = await request('/api/anmeldung', {
    method: 'PATCH', headers: JSON_TYPE, body: JSON.stringify({ token, name: `Amira${RLO}` }),
  });
  assert.equal(corrected.status, 422);
  assert.equal(corrected.json().codes.name, HIDDEN);
  const report = await request('/api/feedback', {
    method: 'POST', localAddress: freshAddress(), headers: { ...JSON_TYPE, 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ message: `Der Aufzug ${RLO}tkefed tsi am Rathaus` }),
  });
  assert.equal(report.status, 422);
  assert.equal(report.json().codes.message, HIDDEN);
  const network = await asCoordinator('POST', '/api/admin/networks', {
    name: `Sprachcafé ${tag()}`, organiser: `Verein\u2067 e.V.`, district: 130,
    description: 'Deutsch üben.\nJeden Dienstag.', source: { name: 'Koordinierungsstelle' },
  });
  assert.equal(network.status, 422, network.text);
  assert.deepEqual(network.json().codes, { organiser: HIDDEN });
  const need = await asCoordinator('POST', '/api/admin/needs', needBody(`Sprachpatin ${tag()}`, { when: 'dienstags\u0007' }));
  assert.equal(need.status, 422, need.text);
  assert.deepEqual(need.json().codes, { when: HIDDEN });
});

test('the registration form says it in the reader\'s language, before anything is sent', async () => {
  const { context, page } = await openPage(browser, PHONE);
  const posts = [];
  page.on('request', (req) => { if (req.method() === 'POST') posts.push(req.url()); });
  await visit(page, '/mitmachen?bezirk=130&lang=en');
  await fillRegistration(page, `Amira${RLO}txt.exe`, 'amira+bidi@example.org');
  await page.locator('#feld-email').focus(); // leaving the field shows its error
  const message = page.locator('#name-fehler');
  await message.waitFor();
  assert.equal(await message.innerText(), 'Please remove hidden control characters (often from copying).');
  assert.equal(await page.locator('#feld-name').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(posts, []);
  await context.close();
});

test('the barrier report form translates the code on the Arabic page', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/barrierefreiheit?lang=ar');
  await page.locator('#feld-message').fill(`المصعد ${RLO}معطل منذ أسابيع`);
  await page.locator('#barriere-formular button[type=submit]').click();
  const error = page.locator('#message-fehler');
  await error.waitFor();
  assert.match(await error.innerText(), /يُرجى إزالة الأحرف الخفية/);
  assert.equal(await error.getAttribute('lang'), null, 'translated: no German marker');
  await context.close();
});
