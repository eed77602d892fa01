// The frame of every signed-in page: its heading, the account's sections, and a pending policy to accept.
import { h } from '../dom.js';

const sections = [
  ['/account', 'Overview'],
  ['/account/profile', 'Profile'],
  ['/account/consents', 'Consents'],
  ['/account/uploads', 'Images and visuals'],
  ['/account/export', 'Download my data'],
  ['/account/disclosures', 'Who received my data'],
  ['/account/sessions', 'Sessions'],
  ['/account/notices', 'Notices'],
  ['/account/delete', 'Delete account'],
];

// The API tells which significant policy version waits for acceptance only by refusing a request for it
// (403 policy-acceptance-required); the centre keeps that version until it is accepted.
const pendingKey = 'pixyer-policy-pending';

export const pendingPolicy = () => sessionStorage.getItem(pendingKey);

export function policyPending(version) {
  if (version) sessionStorage.setItem(pendingKey, version);
  else sessionStorage.removeItem(pendingKey);
}

export async function accountPage(title, ...content) {
  const pending = location.pathname === '/account/policy' ? null : pendingPolicy();
  return h('div', {},
    h('h1', { text: title }),
    h('nav', { class: 'account-nav', 'aria-label': 'Account' },
      h('ul', {}, sections.map(([href, label]) =>
        h('li', {}, h('a', { href, 'aria-current': location.pathname === href ? 'page' : false, text: label }))))),
    pending && h('div', { class: 'notice', role: 'status' },
      h('p', { text: `The privacy policy changed (version ${pending}). Read and accept it to keep using Pixyer.` }),
      h('a', { href: '/account/policy', text: 'Review the new policy' })),
    content);
}

export function table(caption, headers, rows) {
  return h('table', {},
    h('caption', { class: 'visually-hidden', text: caption }),
    h('thead', {}, h('tr', {}, headers.map(header => h('th', { scope: 'col', text: header })))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))));
}

export const nothing = text => h('p', { class: 'hint', text });
