// The static pages' public forms: "Barriere melden", "Zugang anfragen" and "Netzwerk
// vorschlagen". Shows the form (hidden for browsers without JavaScript, which read the phone
// number instead) and sends its fields (each `feld-<name>`) as JSON to its data-endpoint with
// an idempotency key, so a resend after a lost answer is not stored twice; with
// data-with-language, the page's language too. Its words come from the form's data- attributes;
// field errors from the Worker's problem+json, by code. A claim's list of networks comes from
// /api/networks, the one in the address (?netzwerk=) chosen.
const form = document.querySelector('form[data-endpoint]');
const notice = form.querySelector('.form-notice');
const button = form.querySelector('button[type=submit]');
const fields = [...form.querySelectorAll('[id^=feld-]')]
  .map((input) => input.name)
  .filter((name) => name !== 'website');
const pageIsGerman = document.documentElement.lang === 'de';
let key = crypto.randomUUID();
let sentBody = null;
let sending = false;

form.hidden = false;
document.querySelector('[data-no-script]').hidden = true;

const networkSelect = form.elements.network;
if (networkSelect) fillNetworks(networkSelect);

async function fillNetworks(select) {
  const wanted = new URLSearchParams(location.search).get('netzwerk');
  const choose = new Option(form.dataset.choose, '');
  select.append(choose);
  try {
    const response = await fetch('/api/networks');
    const networks = await response.json();
    networks
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .forEach((network) => {
        const option = new Option(network.name, network.slug, false, network.slug === wanted);
        option.lang = network.content_lang;
        select.append(option);
      });
  } catch {
    notice.textContent = form.dataset.failed;
  }
}

// A field error in the page's language, by the Worker's stable code ("phone.invalid" →
// data-code-phone-invalid); a code without words here keeps the Worker's German message.
function wordsFor(code) {
  const name = 'code' + (code || '').split(/[._]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return form.dataset[name];
}

function showErrors(problem) {
  const errors = problem.errors || {};
  const codes = problem.codes || {};
  let first = null;
  for (const field of fields) {
    const input = document.getElementById(`feld-${field}`);
    const error = document.getElementById(`${field}-fehler`);
    const translated = wordsFor(codes[field]);
    const message = errors[field] ? translated || errors[field] : '';
    error.textContent = message;
    error.hidden = !message;
    // The Worker's own words are German: marked so on the other languages' pages.
    if (translated || pageIsGerman) error.removeAttribute('lang');
    else error.lang = 'de';
    input.toggleAttribute('aria-invalid', Boolean(message));
    input.closest('.field').classList.toggle('has-error', Boolean(message));
    if (message && !first) first = input;
  }
  if (first) first.focus();
}

function body() {
  const values = { website: form.elements.website.value };
  if ('withLanguage' in form.dataset) values.language = document.documentElement.lang;
  for (const field of fields) {
    const value = form.elements[field].value.trim();
    // A district is a number; none is a city-wide offer.
    values[field] = field === 'district' ? (value === '' ? null : Number(value)) : value;
  }
  return JSON.stringify(values);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  // Not `disabled`: that would take the keyboard focus away from the button.
  if (sending) return;
  const sent = body();
  // A changed request is a new one; the same one again (after a lost answer) keeps its key.
  if (sentBody !== null && sent !== sentBody) key = crypto.randomUUID();
  sentBody = sent;
  sending = true;
  button.setAttribute('aria-disabled', 'true');
  notice.classList.add('form-notice-info');
  notice.textContent = form.dataset.sending;
  try {
    const response = await fetch(form.dataset.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: sent,
    });
    const problem = response.ok ? {} : await response.json().catch(() => ({}));
    if (response.ok) {
      showErrors({});
      form.reset();
      key = crypto.randomUUID();
      sentBody = null;
      notice.textContent = form.dataset.thanks;
      return;
    }
    notice.classList.remove('form-notice-info');
    if ([409, 422].includes(response.status) && problem.errors && fields.some((f) => problem.errors[f])) {
      notice.textContent = form.dataset.check;
      showErrors(problem);
    } else {
      notice.textContent = form.dataset.failed;
    }
  } catch {
    notice.classList.remove('form-notice-info');
    notice.textContent = form.dataset.failed;
  } finally {
    sending = false;
    button.removeAttribute('aria-disabled');
  }
});
