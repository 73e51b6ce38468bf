// The mails `wrangler dev` writes instead of sending: it logs "Email: <path>.eml" for each, in
// the stack's log (WRANGLER_LOG). These helpers find the new ones and read them as MIME.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOG = process.env.WRANGLER_LOG;

/** Where the log ends now: mails written later are "after" this mark. */
export function logMark() {
  return readFileSync(LOG).length;
}

/** The mails logged after `mark`, parsed; waits up to 15 s until `count` are there. */
export async function mailsAfter(mark, { count = 1, to } = {}) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const log = readFileSync(LOG).subarray(mark).toString('utf8');
    const paths = [...log.matchAll(/Email: (\S+\.eml)/g)].map((m) => m[1]);
    const mails = paths.map((path) => parseMail(readFileSync(path, 'utf8')))
      .filter((mail) => !to || mail.headers.to.includes(to));
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?utf-8?Q?…?=`) as text. */
export function decodeWords(value) {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, kind, text) => {
    const bytes = kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return bytes.toString(charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1');
  });
}

function decodeBody(body, encoding) {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function headersOf(head) {
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** A message: its headers (subject decoded), raw text, and its text/plain and text/html parts. */
export function parseMail(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = headersOf(raw.slice(0, split));
  headers.subject = decodeWords(headers.subject ?? '');
  headers.to = decodeWords(headers.to ?? '');
  const parts = {};
  const boundary = /boundary="?([^";]+)"?/i.exec(raw)?.[1];
  const chunks = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw.slice(split)];
  for (const chunk of chunks) {
    const at = chunk.search(/\r?\n\r?\n/);
    const partHeaders = headersOf(chunk.slice(0, at));
    const type = /text\/(plain|html)/i.exec(partHeaders['content-type'] ?? headers['content-type'] ?? 'text/plain')?.[1];
    if (type) parts[type] = decodeBody(chunk.slice(at).trim(), partHeaders['content-transfer-encoding'] ?? '');
  }
  return { raw, headers, text: parts.plain ?? '', html: parts.html ?? '' };
}

/** A message of an `app/locales/<lang>/<bundle>.ftl` file, as written there. */
export function message(lang, bundle, id) {
  const text = readFileSync(join('app/locales', lang, `${bundle}.ftl`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${lang}/${bundle}.ftl has no ${id}`);
  return line.slice(id.length + 2).trim();
}

/** A message with placeables (`{ $time }`) as a pattern: each placeable any text. */
export function messagePattern(lang, bundle, id) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(message(lang, bundle, id).split(/\{ *\$[a-z]+ *\}/).map(escape).join('.+?'));
}

/** Mails sent of `kind`, as the Worker counts them (`mail_sends`, one row per mail sent). */
export function sentCount(d1, kind) {
  return d1(`SELECT COUNT(*) AS n FROM mail_sends WHERE kind = '${kind}'`)[0].n;
}
