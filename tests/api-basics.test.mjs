// The Worker's basics: health, and errors as problem+json with the right status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, request } from './support.mjs';

const api = (path, init) => fetch(new URL(path, BASE_URL), init);

test('GET /api/health answers ok after a real D1 query', async () => {
  const response = await api('/api/health');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.database, 'ok');
  assert.match(body.version, /^\d+\.\d+\.\d+/);
});

test('an unknown API path answers 404 problem+json', async () => {
  const response = await api('/api/gibt-es-nicht');
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const problem = await response.json();
  assert.equal(problem.status, 404);
  assert.equal(typeof problem.title, 'string');
});

test('a wrong method answers 405 problem+json with Allow', async () => {
  for (const method of ['POST', 'DELETE', 'PUT']) {
    const response = await api('/api/health', { method });
    assert.equal(response.status, 405, method);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
    assert.equal((await response.json()).status, 405);
  }
});

test('a method the API does not know answers 405 with Allow, never 200', async () => {
  // QUERY reaches the Worker (workerd knows it; a made-up one like FOO it answers 501 itself).
  const response = await request('/api/health', { method: 'QUERY' });
  assert.equal(response.status, 405);
  assert.equal(response.headers['content-type'], 'application/problem+json');
  assert.equal(response.headers.allow, 'GET, HEAD');
  assert.equal(response.json().status, 405);
  const search = await request('/api/admin/registrations/search', { method: 'PATCH' });
  assert.equal(search.status, 405, 'a static path is no registration id');
  assert.equal(search.headers.allow, 'POST');
});

test('a path outside /api that is neither an asset nor a page gets a plain 404', async () => {
  for (const path of ['/gibt-es-nicht.js', '/robots.txt', '/bezirk/130.json']) {
    const response = await request(path, { headers: { 'Sec-Fetch-Mode': 'no-cors', Accept: '*/*' } });
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.headers['content-type'] ?? '', /html/, path);
  }
});

test('any GET of an app route gets its page (a link preview is no navigation)', async () => {
  for (const headers of [{ 'Sec-Fetch-Mode': 'navigate', Accept: 'text/html' }, { 'Sec-Fetch-Mode': 'no-cors', Accept: '*/*' }, {}]) {
    const response = await request('/kontakt', { headers });
    assert.equal(response.status, 200, JSON.stringify(headers));
    assert.match(response.text, /<html lang="de" dir="ltr"/);
    assert.match(response.text, /<h1>Kontakt<\/h1>/);
  }
});
