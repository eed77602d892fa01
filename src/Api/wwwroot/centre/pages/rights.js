// The person's rights: a copy of their data, who received it, deleting the account, and the deletion certificate.
import { h, announce, field, showProblem, clearErrors, formValues, when, day, words } from '../dom.js';
import { get, post } from '../api.js';
import { signedOut } from '../app.js';
import { accountPage, table, nothing } from './shell.js';
import { progressView, poll } from './poll.js';

// The export being prepared, so that the page shows it again after a reload (an id, never the data).
const exportKey = 'pixyer-export';

async function followExport(exportId, slot) {
  const view = progressView('Export progress');
  slot.replaceChildren(view.element);
  const final = await poll(view, () => get(`/me/exports/${exportId}`),
    state => ['ready', 'failed', 'expired'].includes(state.status),
    state => state.status === 'ready'
      ? `Your data is ready (${Math.ceil((state.size ?? 0) / 1024)} KB), until ${when(state.expiresAt)}.`
      : `Export ${words(state.status)}: ${state.progress}%`);
  if (final?.status === 'ready' && final.downloadUrl) {
    slot.append(h('a', { class: 'button', href: final.downloadUrl, download: 'pixyer-my-data.zip', text: 'Download the ZIP file' }));
  }
  if (!final || final.status === 'expired') sessionStorage.removeItem(exportKey);
}

export async function dataExport() {
  const slot = h('div', {});
  const button = h('button', { type: 'button', text: 'Prepare a copy of my data' });
  button.addEventListener('click', async () => {
    try {
      const accepted = await post('/me/exports');
      sessionStorage.setItem(exportKey, accepted.id);
      await followExport(accepted.id, slot);
    } catch (problem) {
      showProblem(slot, problem);
    }
  });
  const previous = sessionStorage.getItem(exportKey);
  if (previous) followExport(previous, slot);
  return accountPage('Download my data',
    h('p', { text: 'You get one ZIP file with everything Pixyer holds about you: account, consents, images, visuals, sessions and more. It can be downloaded for seven days.' }),
    button, slot);
}

export async function disclosures() {
  const page = await get('/me/disclosures?pageSize=100');
  return accountPage('Who received my data',
    h('p', { text: 'Every time your data left Pixyer: to whom, where, why, and which data.' }),
    page.items.length === 0 ? nothing('Nobody outside Pixyer has received your data.') : table('Recipients of your data, newest first',
      ['When', 'Recipient', 'Kind', 'Country', 'Why', 'Legal basis', 'Data'],
      page.items.map(d => [when(d.disclosedAt), d.recipient, words(d.category), d.country, words(d.purpose), words(d.legalBasis),
        d.dataCategories.map(words).join(', ')])));
}

export async function deleteAccount() {
  const form = h('form', { novalidate: true },
    field('Your password', 'password', { type: 'password', autocomplete: 'current-password', required: true }, 'To be sure it is you.'),
    h('button', { type: 'submit', class: 'danger', text: 'Delete my account' }));
  const section = h('div', {},
    h('p', { text: 'Your account closes at once: you are logged out everywhere and every consent is withdrawn. Within 30 days all your personal data and files are erased; what the law makes us keep stays without anything that names you. We mail you a link to the deletion certificate.' }),
    form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    try {
      const request = await post('/me/deletion-request', { password: formValues(form).password });
      signedOut();
      section.replaceChildren(h('div', { class: 'success', role: 'status' },
        h('p', { text: `Your account is closed. It will be erased by ${day(request.dueAt)}.` }),
        h('p', { text: 'We mailed you the request id and the token that reads the certificate. Keep that mail.' }),
        h('p', {}, h('a', { href: `/deletion/${request.id}`, text: 'Read the deletion request' }))));
      announce('Your account is closed.');
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return accountPage('Delete your account', section);
}

function certificateView(request) {
  const certificate = request.certificate;
  return h('div', { role: 'status' },
    h('dl', { class: 'facts' },
      h('dt', { text: 'Status' }), h('dd', { text: words(request.status) }),
      h('dt', { text: 'Requested' }), h('dd', { text: when(request.requestedAt) }),
      h('dt', { text: 'Deadline' }), h('dd', { text: when(request.dueAt) }),
      h('dt', { text: 'Erased' }), h('dd', { text: when(request.erasedAt) }),
      h('dt', { text: 'Completed' }), h('dd', { text: when(request.completedAt) })),
    certificate
      ? h('section', { 'aria-labelledby': 'certificate-title' },
        h('h2', { id: 'certificate-title', text: 'Deletion certificate' }),
        h('p', { text: `Issued ${when(certificate.issuedAt)}. ${certificate.clean ? 'Nothing of your personal data was found after erasure.' : 'The verification found data that is still being removed.'}` }),
        h('h3', { text: 'Erased' }), h('ul', {}, certificate.categoriesErased.map(category => h('li', { text: words(category) }))),
        h('h3', { text: 'Kept, without anything that names you' }),
        certificate.retained.length === 0 ? nothing('Nothing.') : h('ul', {}, certificate.retained.map(item => h('li', { text: item }))),
        certificate.findings.length > 0 && [h('h3', { text: 'Findings' }), h('ul', {}, certificate.findings.map(item => h('li', { text: item })))])
      : h('p', { class: 'notice', text: 'The certificate is issued once the erasure is done and verified; come back later with the same token.' }));
}

// Opened from the deletion mail: the token is typed or pasted from the mail, and sent in a header, never in the address.
export async function certificate({ params: [requestId] }) {
  const result = h('div', {});
  const form = h('form', { novalidate: true },
    field('Token from the mail', 'token', { autocomplete: 'off', spellcheck: 'false', required: true }),
    h('button', { type: 'submit', text: 'Show the deletion request' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    try {
      const request = await get(`/deletion-requests/${requestId}`, { 'Deletion-Token': formValues(form).token.trim() });
      result.replaceChildren(certificateView(request));
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('section', {},
    h('h1', { text: 'Account deletion' }),
    h('p', { text: `Request ${requestId}. Enter the token from the mail we sent when the deletion began.` }),
    form, result);
}
