// The HTML the stack serves for every page, in every language, passes the Nu Html Checker
// (npm's vnu-jar on Debian's Java) with no error. What a browser repairs silently (a stray end
// tag, an attribute where it is not allowed) a screen reader or an older browser may not.
// The checker runs once over all pages: each start of Java costs seconds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { request, newCoordinator, postNeed, needBody } from './support.mjs';

/** The languages a page is served in (`?lang=`). */
export const LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk'];

/**
 * Every page route; `languages` where a page exists in fewer. The not-found routes are pages
 * too: whatever status they answer with, their HTML is checked.
 */
export const PAGES = [
  { path: '/' },
  { path: '/bezirk/130' },
  { path: '/netzwerk/refugium-fluechtlingshilfe' },
  { path: '/ueber' },
  { path: '/kontakt' },
  { path: '/mitmachen' },
  { path: '/koordination', languages: ['de'] },
  { path: '/impressum' },
  { path: '/datenschutz' },
  { path: '/barrierefreiheit' },
  { path: '/leichte-sprache', languages: ['de'] },
  { path: '/anmeldung' },
  { path: '/zugang-anfragen' },
  { path: '/netzwerk-vorschlagen' },
  { path: '/bezirk/999', notFound: true },
  { path: '/netzwerk/gibt-es-nicht', notFound: true },
  { path: '/gesuch/gibt-es-nicht', notFound: true },
  { path: '/gibt-es-nicht', notFound: true },
];

// The package's main module is the jar's path (a String object).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

let folder;
// A need of the seed network Refugium (Mitte): the start page, the district's and the
// network's page show it, and it has a page of its own.
let needPath;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'html-validity-'));
  const coordinator = newCoordinator('html-validity');
  coordinator.add();
  const need = await postNeed(coordinator.token, needBody('Hausaufgabenhilfe & Lesen gesucht'));
  needPath = `/gesuch/${need.slug}`;
});
after(() => { if (folder) rmSync(folder, { recursive: true, force: true }); });

/** `/netzwerk/x?lang=ar` → `netzwerk-x.ar.html`: one file per page and language. */
function fileName(path, lang) {
  const stem = path === '/' ? 'start' : path.slice(1).replaceAll('/', '-');
  return `${stem}.${lang}.html`;
}

/** Fetches every page as a browser's navigation would, writes it; file name → URL. */
async function fetchPages() {
  const urls = new Map();
  for (const { path, languages = LANGUAGES } of [...PAGES, { path: needPath }]) {
    for (const lang of languages) {
      const url = `${path}?lang=${lang}`;
      const response = await request(url, { headers: { Accept: 'text/html' } });
      assert.match(String(response.headers['content-type']), /^text\/html/, `${url} answers HTML (${response.status})`);
      const name = fileName(path, lang);
      writeFileSync(join(folder, name), response.text);
      urls.set(name, `${url} (${response.status})`);
    }
  }
  return urls;
}

/** One checker run over `files`; its messages, parsed. */
function check(files) {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not start java (cargo xtask setup installs it): ${run.error.message}`);
  // It exits with 1 when it reports an error: the JSON still says what, and is the verdict.
  try {
    return JSON.parse(run.stdout).messages;
  } catch {
    throw new Error(`the checker gave no JSON (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  }
}

/** An error, the checker's fatal (unparsable) kind, or one about the file itself. */
function isError(message) {
  return message.type === 'error' || message.type === 'non-document-error' || message.subType === 'fatal';
}

/** Where a message points: `route (status) line:column`. */
function place(message, urls) {
  const name = message.url ? fileURLToPath(message.url).split('/').pop() : '?';
  const line = message.lastLine === undefined ? '' : ` ${message.lastLine}:${message.firstColumn ?? message.lastColumn}`;
  return `${urls.get(name) ?? name}${line}`;
}

/**
 * The messages grouped by what they say and the markup they quote, since one shared piece of
 * markup (the shell, a template) gives the same message on every page: each group once, with
 * the markup and every place.
 */
function report(messages, urls) {
  const groups = new Map();
  for (const message of messages) {
    // The markup itself, without the context the checker quotes around it.
    const { extract = '', hiliteStart = 0, hiliteLength = extract.length } = message;
    const markup = extract.slice(hiliteStart, hiliteStart + hiliteLength).replace(/\s+/g, ' ').trim();
    const key = `${message.message}\n      ${markup}`;
    groups.set(key, [...(groups.get(key) ?? []), place(message, urls)]);
  }
  return [...groups].map(([key, places]) => `${key}\n      on ${places.length}: ${places.join(', ')}`);
}

test('the network page of the list is a seed network, not a not-found page', async () => {
  const slugs = (await request('/api/networks')).json().map((network) => network.slug);
  for (const { path } of PAGES.filter((page) => page.path.startsWith('/netzwerk/') && !page.notFound)) {
    assert.ok(slugs.includes(path.split('/').pop()), `${path} is in GET /api/networks`);
  }
});

test('every page in every language passes the Nu Html Checker without an error', async (t) => {
  const urls = await fetchPages();
  const started = performance.now();
  const messages = check([...urls.keys()].map((name) => join(folder, name)));
  t.diagnostic(`vnu checked ${urls.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const warning of report(messages.filter((message) => !isError(message)), urls)) {
    t.diagnostic(`warning: ${warning}`);
  }
  const errors = report(messages.filter(isError), urls);
  if (errors.length > 0) assert.fail(`${errors.length} kind(s) of HTML error, each with every page it is on:\n  ${errors.join('\n  ')}`);
});
