// /anmeldung: a volunteer's own registration, opened with the token in the link's fragment
// (/anmeldung#<token>), which the browser never sends to a server: this script sends it in
// the body of POST /api/anmeldung…. It shows what is stored, confirms (a button, so a mail
// scanner that opens the link confirms nothing), corrects contact fields and interests, and
// withdraws. Its words come with the page (#anmeldung-worte); the Worker's field errors are
// German and marked so on the other languages' pages, unless the page has words for the code.
const words = JSON.parse(document.getElementById('anmeldung-worte').textContent);
const state = document.getElementById('anmeldung-stand');
const content = document.getElementById('anmeldung');
const confirmBox = document.getElementById('anmeldung-bestaetigen');
const facts = document.getElementById('anmeldung-daten');
const form = document.getElementById('anmeldung-aendern');
const formNotice = document.getElementById('aendern-hinweis');
const withdrawButton = document.getElementById('zurueckziehen');
const withdrawSure = document.getElementById('wirklich-zurueckziehen');
const FIELDS = ['name', 'email', 'phone', 'contact_via', 'interests'];
const pageLang = document.documentElement.lang;
const renewButton = document.getElementById('neuer-link');
const renewNotice = document.getElementById('neuer-link-hinweis');
const renewBox = document.getElementById('neuer-link-adresse');
const renewLink = document.getElementById('neuer-link-oeffnen');
const contactBox = document.getElementById('kontakt');
const contactNotice = document.getElementById('kontakt-hinweis');
let token = decodeURIComponent(location.hash.slice(1)).trim();
// A link mailed to a new address carries a token that only confirms that address.
const ADDRESS = 'adresse-';
const addressToken = token.startsWith(ADDRESS) ? token.slice(ADDRESS.length) : null;
// Read once, then out of the address bar and the history: a shared screen or a synced
// history does not pass the link on.
if (location.hash) history.replaceState(null, '', location.pathname + location.search);
// A link to this page with another token (the renewed one) opens that one.
window.addEventListener('hashchange', () => location.reload());
let busy = false;

const w = (id) => words[id] ?? id;
const date = (iso) => (iso ? new Date(iso).toLocaleDateString(pageLang, { day: 'numeric', month: 'long', year: 'numeric' }) : '');
const moment = (iso) => new Date(iso).toLocaleString(pageLang, {
  timeZone: 'Europe/Berlin', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit',
});

async function call(path, method = 'POST', extra = {}) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, ...extra }),
  });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  return { response, body };
}

function say(text) {
  state.hidden = false;
  state.textContent = text;
}

function fact(term, value) {
  if (value === null || value === undefined || value === '') return;
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  facts.append(dt, dd);
}

function slotWords(slot) {
  if (slot === 'by-arrangement') return w('by-arrangement');
  const [day, time] = slot.split('-');
  return `${w(`day-${day}`)} ${w(`time-${time}`)}`;
}

function show(registration) {
  facts.replaceChildren();
  fact(w('field-name'), registration.name);
  fact(w('field-email'), registration.email);
  fact(w('own-pending-email'), registration.pending_email);
  fact(w('field-phone'), registration.phone);
  fact(w('field-contact-via'), w(`via-${registration.contact_via}`));
  fact(w('field-districts'), registration.districts.map((n) => w(`district-${n}`)).join(', '));
  fact(w('field-network'), registration.network);
  fact(w('field-interests'), registration.interests.map((a) => w(`activity-${a}`)).join(', '));
  fact(w('field-languages'), registration.languages.map((l) => w(`language-${l}`)).join(', '));
  fact(w('field-languages-other'), registration.languages_other);
  fact(w('field-availability'), registration.availability.map(slotWords).join(', '));
  fact(w('field-message'), registration.message);
  fact(w('own-mail-language'), w(`language-${registration.lang}`));
  fact(w('own-registered'), date(registration.created_at));
  fact(w('own-confirmed-at'), registration.confirmed_at ? date(registration.confirmed_at) : w('own-not-confirmed'));
  fact(w('own-consent'), w('own-consent-value').replace('{date}', date(registration.consent_at)).replace('{version}', registration.consent_version));
  fact(w('own-status'), w(`own-status-${registration.status}`));
  fact(w('own-placed'), registration.placed_network);
  // Asked for only where the site sends mail: without it, no page mentions one.
  if (registration.notify_placed) fact(w('own-notify-placed'), w('own-yes'));
  // Answering a network's need: whether it may contact them, and how the first contact stands.
  if (registration.need_network) {
    if (registration.network_contact) fact(w('own-network-contact'), registration.need_network);
    fact(w('own-first-contact'), w(`own-first-contact-${registration.first_contact ?? 'none'}`));
  }
  contactBox.hidden = !registration.network_contact;
  fact(w('own-note'), registration.note || w('own-no-note'));
  confirmBox.hidden = Boolean(registration.confirmed_at);
  form.elements.name.value = registration.name;
  form.elements.email.value = registration.email;
  form.elements.phone.value = registration.phone ?? '';
  for (const radio of form.querySelectorAll('[name=contact_via]')) radio.checked = radio.value === registration.contact_via;
  for (const box of form.querySelectorAll('[name=interests]')) box.checked = registration.interests.includes(box.value);
  content.hidden = false;
}

// Field errors this page has words for, by the Worker's stable code; others stay German.
const CODE_WORDS = { 'field.hidden_characters': 'err-hidden-characters' };

function showErrors(problem) {
  let first = null;
  for (const field of FIELDS) {
    const translated = words[CODE_WORDS[(problem.codes || {})[field]]];
    const message = (problem.errors || {})[field] ? translated || problem.errors[field] : '';
    const error = document.getElementById(`${field}-fehler`);
    error.textContent = message;
    error.hidden = !message;
    if (translated || pageLang === 'de') error.removeAttribute('lang');
    else error.lang = 'de';
    const input = document.getElementById(`feld-${field}`);
    input.toggleAttribute('aria-invalid', Boolean(message));
    input.closest('.field').classList.toggle('has-error', Boolean(message));
    if (message && !first) first = input.matches('fieldset') ? input.querySelector('input') : input;
  }
  if (first) first.focus();
}

async function open() {
  if (!/^[0-9a-fA-F]{64}$/.test(token)) return say(w('own-missing'));
  try {
    const { response, body } = await call('/api/anmeldung');
    if (!response.ok) return say(w(response.status === 404 ? 'own-missing' : 'own-failed'));
    state.hidden = true;
    show(body);
  } catch {
    say(w('own-failed'));
  }
}

async function once(work) {
  if (busy) return;
  busy = true;
  try {
    await work();
  } catch {
    say(w('own-failed'));
  } finally {
    busy = false;
  }
}

document.getElementById('bestaetigen').addEventListener('click', () => once(async () => {
  const { response, body } = await call('/api/anmeldung/bestaetigen');
  if (!response.ok) return say(w(response.status === 404 ? 'own-missing' : 'own-failed'));
  show(body);
  say(w('own-confirmed'));
}));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  once(async () => {
    formNotice.textContent = '';
    formNotice.classList.remove('form-notice-info');
    const change = {
      name: form.elements.name.value,
      email: form.elements.email.value.trim(),
      phone: form.elements.phone.value.trim(),
      contact_via: form.querySelector('[name=contact_via]:checked')?.value ?? 'email',
      interests: [...form.querySelectorAll('[name=interests]:checked')].map((box) => box.value),
    };
    const { response, body } = await call('/api/anmeldung', 'PATCH', change);
    if (response.ok) {
      showErrors({});
      show(body);
      formNotice.classList.add('form-notice-info');
      // A new address (with mail) waits for the link mailed to it.
      formNotice.textContent = body?.pending_email === change.email ? w('own-address-sent') : w('own-saved');
    } else if (response.status === 422 && body) {
      formNotice.textContent = w('own-check');
      showErrors(body);
    } else {
      formNotice.textContent = w(response.status === 404 ? 'own-missing' : 'own-failed');
    }
  });
});

renewButton.addEventListener('click', () => once(async () => {
  const { response, body } = await call('/api/anmeldung/neuer-link');
  if (response.status === 202 && body) {
    // By mail: the token this page holds opens nothing any more.
    content.hidden = true;
    say(w('own-renewed-mail').replace('{time}', moment(body.expected_by)));
    document.getElementById('anmeldung-titel').focus();
  } else if (response.ok && body?.link) {
    token = decodeURIComponent(body.link.split('#')[1]);
    renewLink.href = body.link;
    renewLink.textContent = `${location.origin}${body.link}`;
    renewBox.hidden = false;
    renewNotice.textContent = w('own-renewed-link');
  } else if (response.status === 503) {
    renewNotice.textContent = w('own-renew-later');
  } else {
    renewNotice.textContent = w(response.status === 404 ? 'own-missing' : 'own-failed');
  }
}));

document.getElementById('kontakt-zuruecknehmen').addEventListener('click', () => once(async () => {
  const { response, body } = await call('/api/anmeldung/kontakt-zuruecknehmen');
  if (!response.ok) return say(w(response.status === 404 ? 'own-missing' : 'own-failed'));
  show(body);
  say(w('own-contact-withdrawn'));
}));

withdrawButton.addEventListener('click', () => {
  withdrawSure.hidden = false;
  withdrawSure.focus();
});

withdrawSure.addEventListener('click', () => once(async () => {
  const { response } = await call('/api/anmeldung/widerrufen');
  if (response.status !== 204 && response.status !== 404) return say(w('own-failed'));
  content.hidden = true;
  say(w('own-withdrawn'));
  document.getElementById('anmeldung-titel').focus();
}));

if (addressToken !== null) {
  // A button, so that a mail scanner that opens the link confirms nothing.
  const box = document.getElementById('adresse-bestaetigen');
  state.hidden = true;
  box.hidden = false;
  document.getElementById('adresse-knopf').addEventListener('click', () => once(async () => {
    const response = await fetch('/api/anmeldung/adresse', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: addressToken }),
    });
    box.hidden = true;
    say(w(response.status === 204 ? 'own-address-confirmed' : response.status === 404 ? 'own-missing' : 'own-failed'));
  }));
} else {
  open();
}
