// The report for the Steuerungskreis and the Runde Tisch: counted as things happen, unchanged
// by erasure, protected where it leaves the area, printed on A4, published at /zahlen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  launch, openPage, visit, request, d1, registration, postRegistration, newCoordinator, freshAddress,
  coordinatorApi, violations, outputPath, DESKTOP, PHONE,
} from './support.mjs';

let browser;
const COORDINATOR = newCoordinator('e2e-bericht');
const api = coordinatorApi(COORDINATOR);
before(async () => {
  browser = await launch();
  COORDINATOR.add();
});
after(async () => { await browser?.close(); });

const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date());
const total = (report, event) => report.totals.find((t) => t.event === event).figure;
const cell = (report, table, key, column = 0) => report.tables.find((t) => t.id === table).rows.find((r) => r.key === key)?.cells[column] ?? 0;

/** The exact report of `period`. */
async function exact(period) {
  const answer = await api('GET', `/api/admin/report?period=${encodeURIComponent(period)}`);
  assert.equal(answer.status, 200, answer.text);
  return answer.json();
}

test('a registration is counted as it comes, is confirmed, contacted and placed, once each', async () => {
  const month = thisMonth();
  const before = await exact(`${month}..${month}`);
  const marker = `Bericht ${randomUUID()}`;
  const sent = await postRegistration(registration(marker, { opened_with: 'district', districts: [221], network: null }), { localAddress: freshAddress() });
  assert.equal(sent.status, 201, sent.text);
  const { id } = sent.json();
  for (const status of ['placed', 'new', 'placed']) {
    const patched = await api('PATCH', `/api/admin/registrations/${id}`, { status });
    assert.equal(patched.status, 200, patched.text);
  }
  const after = await exact(`${month}..${month}`);
  assert.equal(total(after, 'registration.received') - total(before, 'registration.received'), 1);
  assert.equal(total(after, 'registration.confirmed') - total(before, 'registration.confirmed'), 1, 'mail is off: confirmed as it comes');
  assert.equal(total(after, 'registration.placed') - total(before, 'registration.placed'), 1, 'placed once, however often the status moves');
  assert.equal(total(after, 'registration.contacted') - total(before, 'registration.contacted'), 1);
  assert.equal(cell(after, 'districts', '221') - cell(before, 'districts', '221'), 1);
  assert.equal(cell(after, 'came', 'district') - cell(before, 'came', 'district'), 1);
  assert.equal(cell(after, 'placement-days', '0-1') - cell(before, 'placement-days', '0-1'), 1);
  // Erased by a coordinator: nothing counted goes down.
  assert.equal((await api('DELETE', `/api/admin/registrations/${id}`)).status, 204);
  const erased = await exact(`${month}..${month}`);
  assert.equal(total(erased, 'registration.received'), total(after, 'registration.received'));
  // No name, address or message of a registration in any figure.
  assert.ok(!JSON.stringify(erased).includes(marker));
  assert.ok(!JSON.stringify(d1('SELECT * FROM report_counts')).includes('amira'));
});

test('bad periods and tables are refused by name', async () => {
  for (const period of ['', '2026-13', '1000-01..2200-01', 'x']) {
    const answer = await api('GET', `/api/admin/report?period=${encodeURIComponent(period)}`);
    assert.equal(answer.status, 422, period);
    assert.equal(answer.json().codes.period, 'period.invalid');
  }
  const table = await api('GET', '/api/admin/report/csv?period=2024&table=people');
  assert.equal(table.status, 422);
  assert.equal(table.json().codes.table, 'table.unknown');
  const early = await api('POST', '/api/admin/report/publish', { period: `${new Date().getFullYear() + 1}` });
  assert.equal(early.status, 409, 'at odds with the time, not with the rules');
  assert.equal(early.json().codes.period, 'period.not_ended');
  const range = await api('POST', '/api/admin/report/publish', { period: '2024-01..2024-05' });
  assert.equal(range.json().codes.period, 'period.not_publishable');
  assert.equal((await request('/api/admin/report?period=2024')).status, 401, 'coordinators only');
});

test('the retention run erases the rows, not the report', async () => {
  const marker = `Alt ${randomUUID()}`;
  const ids = [];
  // Registrations of 2024, backdated in D1 (the triggers count them in their own month).
  for (const [i, day] of ['2024-02-10', '2024-02-11', '2024-05-20', '2024-11-30'].entries()) {
    const id = randomUUID();
    ids.push(id);
    d1(`INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, contact_via, districts, interests, languages, availability, consent_version, consent_at, confirmed_at, opened_with) VALUES ('${id}', '${id}', 'h', '${day}T10:00:00.000Z', '${marker} ${i}', 'alt@example.org', 'email', '[130]', '["sprachcafe"]', '["ar"]', '[]', 'v', '${day}T10:00:00.000Z', '${day}T11:00:00.000Z', 'need')`);
  }
  d1(`UPDATE registrations SET placed_at = '2024-02-20T09:00:00.000Z', contacted_at = '2024-02-12T09:00:00.000Z', status = 'placed' WHERE id = '${ids[0]}'`);
  const before = await exact('2024');
  const protectedBefore = (await api('GET', '/api/admin/report?period=2024&protected=true')).json();
  assert.ok(total(before, 'registration.received') >= 4);
  const run = await request(`/cdn-cgi/handler/scheduled?cron=15+3+*+*+*&time=${Date.now()}`);
  assert.equal(run.status, 200);
  assert.deepEqual(d1(`SELECT id FROM registrations WHERE name LIKE '${marker}%'`), [], 'the rows are gone');
  assert.deepEqual(await exact('2024'), before, 'the report is the same');
  assert.deepEqual((await api('GET', '/api/admin/report?period=2024&protected=true')).json(), protectedBefore);
  const month = thisMonth();
  assert.ok(total(await exact(`${month}..${month}`), 'registration.erased') >= 4, 'the erasure is counted in its own month');
});

/** A year of fixed counters (2023): registrations every month in three districts, some small
 * counts, placements with their days, answers to two needs. */
function seed2023() {
  d1("DELETE FROM report_counts WHERE month LIKE '2023-%'");
  d1("DELETE FROM published_reports WHERE period LIKE '2023%'");
  d1('DELETE FROM report_patterns WHERE year = 2023');
  const rows = [];
  const add = (month, event, dimension, value, count) => { if (count > 0) rows.push(`('2023-${String(month).padStart(2, '0')}', '${event}', '${dimension}', '${value}', ${count})`); };
  for (let m = 1; m <= 12; m += 1) {
    const [a, b, c] = [m % 3, (m % 4) + 3, 4 + (m % 2) * 5];
    add(m, 'registration.received', 'total', '', a + b + c);
    add(m, 'registration.confirmed', 'total', '', a + b + c - 1);
    add(m, 'registration.received', 'district', '130', a);
    add(m, 'registration.received', 'district', '221', b);
    add(m, 'registration.received', 'district', '310', c);
    add(m, 'registration.received', 'came', 'need', a + b);
    add(m, 'registration.received', 'came', 'direct', c);
    add(m, 'registration.received', 'language', 'ar', b);
    add(m, 'registration.received', 'language', 'uk', a);
    add(m, 'registration.received', 'language', 'fa', m === 7 ? 1 : 0);
    add(m, 'registration.received', 'interest', 'sprachcafe', b + c);
    add(m, 'registration.received', 'interest', 'patenschaften', a);
    add(m, 'registration.placed', 'total', '', m % 2 + 2);
    add(m, 'registration.placed', 'days', m % 2 ? '4-7' : '8-14', m % 2 + 2);
    add(m, 'registration.placed', 'district', '221', m % 2 + 2);
    add(m, 'registration.contacted', 'total', '', 4);
    add(m, 'registration.contacted', 'days', '0-1', 3);
    add(m, 'registration.contacted', 'days', '2-3', 1);
    add(m, 'need.posted', 'total', '', 2);
    add(m, 'need.filled', 'total', '', 1);
  }
  d1(`INSERT INTO report_counts (month, event, dimension, value, count) VALUES ${rows.join(', ')}`);
}

/** Every count a protected report shows. */
function shownCounts(report) {
  const figures = report.totals.filter((t) => !t.event.startsWith('need.posted') && !t.event.startsWith('entry.') && !['need.filled', 'need.expired'].includes(t.event)).map((t) => t.figure);
  for (const table of report.tables) {
    for (const row of table.rows) figures.push(...row.cells);
    if (table.total) figures.push(...table.total);
  }
  return figures;
}

test('a quarter and its year are published, protected alike, and never change; a correction is a new version', async () => {
  seed2023();
  const quarter = await api('POST', '/api/admin/report/publish', { period: '2023-q3', remark: 'Für die Sitzung im Oktober.' });
  assert.equal(quarter.status, 201, quarter.text);
  const year = await api('POST', '/api/admin/report/publish', { period: '2023' });
  assert.equal(year.status, 201, year.text);
  const [published] = (await request('/api/reports/2023')).json();
  assert.equal(published.version, 1);
  for (const report of [published.report, (await request('/api/reports/2023-q3')).json()[0].report]) {
    for (const figure of shownCounts(report)) {
      assert.ok(typeof figure !== 'number' || figure === 0 || figure >= 3, `a count of ${figure} left the area`);
    }
    assert.ok(shownCounts(report).includes('small'), 'the small counts are there, as "< 3"');
  }
  // July's one Farsi speaker: "< 3" in the quarter, and the year does not give it away.
  const q3 = (await request('/api/reports/2023-q3')).json()[0];
  assert.equal(q3.report.tables.find((t) => t.id === 'languages').rows.find((r) => r.key === 'fa').cells[0], 'small');
  assert.deepEqual((await request('/api/reports/2023-q3')).json()[0], quarter.json(), 'the quarter is as it was published');
  const correction = await api('POST', '/api/admin/report/publish', { period: '2023', remark: 'Berichtigt: die Zahl der Gesuche.' });
  assert.equal(correction.json().version, 2);
  const versions = (await request('/api/reports/2023')).json();
  assert.deepEqual(versions.map((v) => v.version), [2, 1]);
  assert.deepEqual(versions[1], published, 'the first version stays as it was');
  const csv = await request('/api/reports/2023/languages.csv?lang=de');
  assert.equal(csv.status, 200);
  assert.match(csv.headers['content-type'], /text\/csv/);
  assert.ok(csv.text.includes('< 3'));
});

test('the published page in German and Arabic: the figures, the files, no barrier', async () => {
  for (const [lang, title, dir] of [['de', 'Zahlen 2023', 'ltr'], ['ar', 'أرقام 2023', 'rtl']]) {
    const { context, page, problems } = await openPage(browser, PHONE);
    await visit(page, `/zahlen/2023?lang=${lang}`);
    await page.getByRole('heading', { name: title }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), dir);
    assert.ok(await page.getByText('Berichtigt: die Zahl der Gesuche.').isVisible());
    assert.ok(await page.locator('svg.report-map').isVisible(), 'the districts as a map');
    assert.ok((await page.locator('.report-table').count()) >= 8, 'each chart has its table');
    assert.deepEqual(await violations(page), [], `axe on /zahlen/2023 (${lang})`);
    assert.deepEqual(problems.foreignRequests, []);
    await context.close();
  }
  const missing = await request('/zahlen/1999?lang=de');
  assert.equal(missing.status, 404);
  assert.ok(missing.text.includes('Für diesen Zeitraum ist kein Bericht veröffentlicht.'));
  const { context, page } = await openPage(browser, PHONE);
  await visit(page, '/ueber');
  await page.getByRole('link', { name: /Zahlen/ }).click();
  await page.getByRole('link', { name: 'Zahlen 2023' }).waitFor();
  await context.close();
});

test('the coordinators print a year on at most four A4 pages, no table or chart split', async () => {
  seed2023();
  const { context, page } = await openPage(browser, DESKTOP);
  await visit(page, '/koordination');
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR.token);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Bericht' }).click();
  await page.getByLabel('Jahr', { exact: false }).last().fill('2023');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await page.getByRole('heading', { name: 'Zahlen 2023' }).waitFor();
  assert.deepEqual(await violations(page), [], 'axe on the report');
  await page.getByLabel('Bemerkung für Ausdruck und Veröffentlichung').fill('Vorlage für den Runden Tisch.');
  await page.getByLabel(/So zeigen, wie er die Koordinierungsstelle verlässt/).check();
  await page.locator('.report-table td', { hasText: '< 3' }).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', tagged: true, printBackground: true });
  writeFileSync(outputPath('bericht-2023.pdf'), pdf);
  await context.close();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  assert.ok(document.numPages <= 4, `${document.numPages} pages`);
  const items = [];
  for (let p = 1; p <= document.numPages; p += 1) {
    const content = await (await document.getPage(p)).getTextContent();
    for (const item of content.items) if (item.str.trim()) items.push({ page: p, text: item.str.trim() });
  }
  const all = items.map((i) => i.text).join(' ');
  assert.ok(all.includes('Zahlen 2023') && all.includes('Vorlage für den Runden Tisch.'), 'title and remark');
  assert.ok(all.includes('Stadt Braunschweig') && all.includes('Stand:'), "the city's header and the date");
  const headings = ['Auf einen Blick', 'Nach Monat', 'Nach Stadtbezirk', 'Nach Sprache', 'Nach Interesse',
    'Wie die Menschen zum Formular kamen', 'Tage bis zum ersten Kontakt', 'Tage bis zur Vermittlung',
    'Gesuche mit den meisten Antworten', 'Gesuche mit den wenigsten Antworten'];
  const starts = headings.map((h) => items.findIndex((i) => i.text === h));
  starts.forEach((s, k) => assert.ok(s >= 0, `${headings[k]} is printed`));
  for (let k = 0; k < starts.length; k += 1) {
    const end = k + 1 < starts.length ? starts[k + 1] : items.length;
    const pages = new Set(items.slice(starts[k], end).filter((i) => i.text !== 'Seite').map((i) => i.page));
    assert.equal(pages.size, 1, `"${headings[k]}" is on one page, not split (${[...pages]})`);
  }
});
