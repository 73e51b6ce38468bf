// "Barriere melden" on /barrierefreiheit: shows the form (hidden for browsers without
// JavaScript, which read the phone number instead) and sends it as JSON to POST /api/feedback
// with an idempotency key, so a resend after a lost answer is not stored twice. Its words come
// from the form's data- attributes; field errors from the Worker's problem+json.
const form = document.getElementById('barriere-formular');
const notice = document.getElementById('barriere-hinweis');
const button = form.querySelector('button[type=submit]');
const FIELDS = ['message', 'email'];
const pageIsGerman = document.documentElement.lang === 'de';
let key = crypto.randomUUID();
let sentBody = null;
let sending = false;

form.hidden = false;
document.querySelector('.feedback-no-script').hidden = true;

// A field error in the page's language, by the Worker's stable code ("message.too_short" →
// data-code-message-too-short); a code without words here keeps the Worker's German message.
function wordsFor(code) {
  const key = 'code' + (code || '').split(/[._]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return form.dataset[key];
}

function showErrors(problem) {
  const errors = problem.errors || {};
  const codes = problem.codes || {};
  let first = null;
  for (const field of FIELDS) {
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

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  // Not `disabled`: that would take the keyboard focus away from the button.
  if (sending) return;
  const body = JSON.stringify({
    message: form.elements.message.value,
    email: form.elements.email.value.trim(),
    website: form.elements.website.value,
  });
  // A changed report is a new one; the same one again (after a lost answer) keeps its key.
  if (sentBody !== null && body !== sentBody) key = crypto.randomUUID();
  sentBody = body;
  sending = true;
  button.setAttribute('aria-disabled', 'true');
  notice.classList.add('form-notice-info');
  notice.textContent = form.dataset.sending;
  try {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
    });
    if (response.ok) {
      showErrors({});
      form.reset();
      key = crypto.randomUUID();
      sentBody = null;
      notice.textContent = form.dataset.thanks;
      return;
    }
    const problem = await response.json().catch(() => ({}));
    notice.classList.remove('form-notice-info');
    if (response.status === 422 && problem.errors && FIELDS.some((f) => problem.errors[f])) {
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
