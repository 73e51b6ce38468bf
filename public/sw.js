// The service worker: the map's app shell and the last directory data, so a resident who
// opened the map once can read it again offline. `cargo xtask build` fills in the file list
// and the version; see ARCHITECTURE.md ("Offline").
'use strict';

const VERSION = '__VERSION__';
// The map's page and its hashed assets: kept at once. (A translation is kept when the app
// first fetches it: a first visit does not download the four languages it does not read.)
const MAP = __MAP__;
// The form's page and files: kept at once only if the form is open (a person who only looks
// at the map does not download them); otherwise kept when the form is first opened.
const FORM = __FORM__;
// The data a page needs to show districts, networks and current needs, kept as last fetched.
const DATA = ['/api/districts', '/api/networks', '/api/needs'];
// Kept at once: the networks and the needs, for a district's page offline. The districts come
// with every page the Worker sends that shows the map, so they are kept when the app fetches
// them.
const DATA_AT_INSTALL = ['/api/networks', '/api/needs'];
// Every cache belongs to one release: a new release fills its own while installing, and
// its activation deletes every other (an older release's data may not fit the new app).
const SHELL_CACHE = `shell-${VERSION}`;
const RUNTIME_CACHE = `runtime-${VERSION}`;
const DATA_CACHE = `data-${VERSION}`;
const CACHES = [SHELL_CACHE, RUNTIME_CACHE, DATA_CACHE];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL_CACHE);
    await shell.addAll(MAP);
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (windows.some((client) => isForm(new URL(client.url)))) await shell.addAll(FORM);
    await Promise.all(DATA_AT_INSTALL.map((path) => fetchData(new Request(path)).catch(() => undefined)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (!CACHES.includes(key)) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (DATA.includes(url.pathname) && url.search === '') {
    event.respondWith(fetchData(request).then((response) => (response.status >= 500 ? cachedData(request, response) : response), () => cachedData(request)));
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/koordination')) {
    event.respondWith(page(request, url));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  }
});

// Fresh data from the network, kept with the time it was fetched.
async function fetchData(request) {
  const response = await fetch(request);
  if (response.ok) {
    const headers = new Headers(response.headers);
    headers.set('X-Stand', new Date().toISOString());
    const kept = new Response(await response.clone().blob(), { status: 200, headers });
    await (await caches.open(DATA_CACHE)).put(new URL(request.url).pathname, kept);
  }
  return response;
}

// Offline (or the server failing): the kept data, marked so the page can say
// "offline – Stand von …"; without a copy, the server's own answer or a network error.
async function cachedData(request, failed) {
  const kept = await (await caches.open(DATA_CACHE)).match(new URL(request.url).pathname);
  if (!kept) return failed || Response.error();
  const headers = new Headers(kept.headers);
  headers.set('X-Offline-Stand', kept.headers.get('X-Stand') || '');
  return new Response(await kept.blob(), { status: 200, headers });
}

// Pages from the network while online, each kept under exactly the path asked for; offline,
// the page kept for that path, else the app's page of its kind (the map's `/` or the form's
// `/register`), never another kind's page.
async function page(request, url) {
  try {
    const response = await fetch(request);
    const isPage = (response.headers.get('Content-Type') || '').startsWith('text/html');
    if (response.ok && isPage) await (await caches.open(RUNTIME_CACHE)).put(url.pathname, response.clone());
    return response;
  } catch (offline) {
    return (await kept(url.pathname)) || (await kept(isForm(url) ? '/register' : '/')) || Response.error();
  }
}

// A page kept for `path`: the latest from the network, else the one installed with the release.
async function kept(path) {
  return (await (await caches.open(RUNTIME_CACHE)).match(path)) || (await (await caches.open(SHELL_CACHE)).match(path));
}

// The paths the form's page (register.html) serves.
function isForm(url) {
  return url.pathname === '/register' || url.pathname.startsWith('/mitmachen');
}

// Hashed assets never change: the cache first, then the network (and keep it).
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(RUNTIME_CACHE)).put(request, response.clone());
  return response;
}
