// The coordinators' session over HTTPS, as production serves it (this file runs on a stack
// with `--local-protocol https` and wrangler's self-signed certificate): the cookie is
// `__Secure-sitzung` with `Secure`, the plain name opens nothing, and sign-out clears the
// prefixed one. Plain HTTP signs in only from the machine itself (sessions.test.mjs and the
// Worker's unit tests cover that branch).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { request, newCoordinator, freshAddress, BASE_URL } from './support.mjs';

const ORIGIN = new URL(BASE_URL).origin;
const COORDINATOR = newCoordinator('e2e-https');
before(() => {
  assert.equal(new URL(BASE_URL).protocol, 'https:', 'this file runs on the HTTPS stack');
  COORDINATOR.add();
});

const signIn = () => request('/api/admin/session', {
  method: 'POST', localAddress: freshAddress(),
  headers: { 'Content-Type': 'application/json', Origin: ORIGIN }, body: JSON.stringify({ token: COORDINATOR.token }),
});

test('over HTTPS the session cookie is __Secure-prefixed and Secure; the plain name opens nothing', async () => {
  const answer = await signIn();
  assert.equal(answer.status, 201, answer.text);
  const [cookie] = answer.headers['set-cookie'] ?? [];
  assert.match(cookie, /^__Secure-sitzung=[0-9a-f]{64}; /);
  for (const part of ['HttpOnly', 'SameSite=Strict', 'Path=/api/admin', 'Secure']) {
    assert.ok(cookie.split('; ').includes(part), `${cookie}: ${part}`);
  }
  const id = cookie.split(';')[0].split('=')[1];
  const session = (name) => request('/api/admin/session', { headers: { Cookie: `${name}=${id}` } });
  assert.equal((await session('__Secure-sitzung')).status, 200);
  assert.equal((await session('sitzung')).status, 401, 'the plain name is no session over HTTPS');
  const out = await request('/api/admin/session', { method: 'DELETE', headers: { Cookie: `__Secure-sitzung=${id}`, Origin: ORIGIN } });
  assert.equal(out.status, 204);
  assert.match(out.headers['set-cookie'][0], /^__Secure-sitzung=; .*Max-Age=0.*; Secure$/);
  assert.equal((await session('__Secure-sitzung')).status, 401, 'signed out');
});
