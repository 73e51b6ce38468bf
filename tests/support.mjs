// Shared helpers for the end-to-end tests: a real Chromium (Debian's) against the real local stack.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8787';
// The privacy notice's version the form agrees to: the model's own constant, read from its source.
export const CONSENT_VERSION = readFileSync('model/src/registration/mod.rs', 'utf8')
  .match(/CONSENT_VERSION: &str = "([^"]+)"/)[1];
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'tests/screenshots';
export const E2E_OUTPUT = process.env.E2E_OUTPUT ?? 'target/xtask-test/e2e';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** Debian's Chromium, with the flags a closed network and root need. */
export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A page that records what a person would not see: console errors, failed requests,
 * error responses and any request to a host other than the stack's own.
 */
export async function openPage(browser, viewport = PHONE, { locale = 'de-DE', serviceWorkers = 'block' } = {}) {
  // The service worker is blocked unless a test is about it: Playwright's request routing
  // does not see what a service worker answers.
  const context = await browser.newContext({ viewport, locale, serviceWorkers });
  const page = await context.newPage();
  const problems = { consoleErrors: [], failedRequests: [], foreignRequests: [], errorResponses: [] };
  const origin = new URL(BASE_URL).origin;
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreignRequests.push(req.url());
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.errorResponses.push(`${res.status()} ${res.url()}`); });
  return { context, page, problems };
}

/**
 * Waits until the page's service worker is activated: installed (its precache done), older
 * caches deleted, the page claimed. `navigator.serviceWorker.ready` alone resolves while it
 * is still activating.
 */
export async function serviceWorkerActivated(page) {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => { if (worker.state === 'activated') resolve(); }));
    }
  });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

export function outputPath(name) {
  mkdirSync(E2E_OUTPUT, { recursive: true });
  return join(E2E_OUTPUT, name);
}

/** A navigation the way a browser makes it, so the SPA fallback answers app routes. */
export async function visit(page, path) {
  return page.goto(new URL(path, BASE_URL).href, { waitUntil: 'networkidle' });
}

/**
 * A plain HTTP request with exactly the given headers (node's fetch adds its own
 * `Sec-Fetch-Mode`), optionally from another loopback address (`localAddress`).
 * Resolves to { status, headers, text, json() }.
 */
export function request(path, { method = 'GET', headers = {}, body, localAddress } = {}) {
  const url = new URL(path, BASE_URL);
  // The HTTPS stack has wrangler's self-signed certificate.
  const [client, tls] = url.protocol === 'https:' ? [https, { rejectUnauthorized: false }] : [http, {}];
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method, headers, localAddress, agent: false, ...tls }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * Rows from the test stack's local D1 (the same database the Worker uses). The Worker may hold
 * the database's lock at that moment (SQLITE_BUSY): then the command runs again, a few times,
 * each try a new wrangler process that takes its own second to start.
 */
export function d1(sql, tries = 5) {
  try {
    const output = execFileSync('node_modules/.bin/wrangler', [
      'd1', 'execute', 'DB', '--local', '--json', '--persist-to', process.env.D1_PERSIST_TO,
      '--config', process.env.WRANGLER_CONFIG, '--command', sql,
    ], { env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(output.toString('utf8'))[0].results;
  } catch (error) {
    const busy = String(error.stderr ?? '').includes('SQLITE_BUSY') || String(error.stdout ?? '').includes('SQLITE_BUSY');
    if (busy && tries > 1) return d1(sql, tries - 1);
    throw error;
  }
}

/**
 * A coordinator for this run: a fresh token and a name made unique, so that a file can run
 * again on the same stack. `add()` stores it (in a `before` hook).
 */
export function newCoordinator(prefix, { revoked = false } = {}) {
  const token = randomBytes(32).toString('base64url');
  const name = `${prefix}-${randomBytes(4).toString('hex')}`;
  const hash = createHash('sha256').update(token).digest('hex');
  const revokedAt = revoked ? "'2026-11-25T01:00:00Z'" : 'NULL';
  // Valid for 180 days from now, as `cargo xtask coordinator add` makes them.
  const expiresAt = new Date(Date.now() + 180 * 86_400_000).toISOString();
  const add = () => d1(`INSERT INTO coordinators (name, token_hash, created_at, expires_at, revoked_at) VALUES ('${name}', '${hash}', '2026-11-25T00:00:00Z', '${expiresAt}', ${revokedAt})`);
  return { name, token, add };
}

/**
 * A loopback address of its own (127.x.y.z), for requests that must not count against
 * another test's rate limit or failed sign-ins, on a fresh stack or a rerun alike.
 */
export function freshAddress() {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `127.${100 + Math.floor(Math.random() * 100)}.${byte()}.${byte()}`;
}

/** A valid registration body; `marker` goes into the name so a test finds its rows. */
export function registration(marker, overrides = {}) {
  return {
    name: `Test ${marker}`, email: 'amira+test@example.org', phone: '0531 123456', contact_via: 'email',
    districts: [130], network: 'refugium-fluechtlingshilfe', interests: ['sprachcafe'], languages: ['de', 'ar'],
    languages_other: '', availability: ['mon-evening', 'sat-morning'], message: 'Ich helfe gern.',
    consent: true, consent_version: CONSENT_VERSION, website: '', ...overrides,
  };
}

/** POSTs a registration as JSON with an idempotency key, from a given loopback address. */
export function postRegistration(body, { key = randomUUID(), localAddress, headers = {} } = {}) {
  return request('/api/registrations', {
    method: 'POST', localAddress, body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
  });
}

/** The coordinators' API as `coordinator` (its bearer token): `(method, path, body)`. */
export const coordinatorApi = (coordinator) => (method, path, body) => request(path, {
  method, body: body && JSON.stringify(body),
  headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
});

/** A title's unique part: letters and digits, never seven digits in a row (a phone number). */
export const tag = () => Math.random().toString(36).slice(2, 7);

/** Today in Braunschweig, or the calendar day `days` from it, as `YYYY-MM-DD` (counted in
 * days, not hours: a day of 23 or 25 hours changes nothing). */
export function berlinDay(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The seed network the needs' tests post for. */
export const NEED_NETWORK = 'refugium-fluechtlingshilfe';

/** A need as the coordinators' API takes it: the seed network's, open for 30 days. */
export function needBody(title, overrides = {}) {
  return {
    network: NEED_NETWORK, title, activity: 'patenschaften', languages: ['de', 'fa'],
    description: 'Gemeinsam Deutsch üben, einmal in der Woche im Stadtteilcafé.',
    place: 'Stadtteilcafé', when: 'dienstags 15–17 Uhr', slots: ['tue-afternoon'], people: 2,
    valid_until: berlinDay(30), ...overrides,
  };
}

/** Posts `body` as the coordinator with `token`; the created need. */
export async function postNeed(token, body) {
  const created = await request('/api/admin/needs', {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (created.status !== 201) throw new Error(`posting a need: ${created.status} ${created.text}`);
  return JSON.parse(created.text);
}

/** Fills the form on /mitmachen (any language) with what it needs: a name, an address,
 * German, "by arrangement", the consent. Waits until the form's wasm has taken over. */
export async function fillRegistration(page, name, email) {
  await page.locator('main[data-bereit]').waitFor();
  await page.locator('#feld-name').fill(name);
  await page.locator('#feld-email').fill(email);
  await page.locator('input[name=languages][value=de]').check();
  await page.locator('input[name=availability][value=by-arrangement]').check();
  await page.locator('#feld-consent').check();
}

/** What axe-core finds against WCAG 2.1 A and AA on the page as it is, one line each. */
export async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
