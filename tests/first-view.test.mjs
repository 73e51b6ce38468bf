// The first view's size: every response the browser loads for / at 390×844 until the network
// is idle, each gzip -9, summed. xtask checks the budget and prints the number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, openPage, visit, outputPath } from './support.mjs';

test('first view is measured response by response', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser);
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await visit(page, '/');
    const sizes = [];
    for (const response of responses) {
      if (response.status() >= 300 && response.status() < 400) continue;
      const body = await response.body();
      sizes.push({ url: response.url(), bytes: body.length, gzip_bytes: gzipSync(body, { level: 9 }).length });
    }
    const gzipBytes = sizes.reduce((sum, s) => sum + s.gzip_bytes, 0);
    for (const s of sizes) console.log(`${String(s.gzip_bytes).padStart(8)} B gzip  ${s.url}`);
    console.log(`first view: ${gzipBytes} B gzip -9 in ${sizes.length} responses`);
    assert.ok(sizes.some((s) => s.url.endsWith('.wasm')), 'the app wasm is part of the first view');
    writeFileSync(outputPath('first-view.json'), JSON.stringify({ gzip_bytes: gzipBytes, responses: sizes }, null, 2));
  } finally {
    await browser.close();
  }
});
