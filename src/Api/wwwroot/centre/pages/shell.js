// The frame of every signed-in page: its heading, the account's sections, and a pending policy to accept.
import { h } from '../dom.js';
import { get } from '../api.js';
import { state } from '../app.js';

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

// The significant policy version the person has not accepted yet, if any.
export async function pendingPolicy() {
  const current = await get('/policies/current').catch(() => null);
  return current && current.significant && state.profile && current.version !== state.profile.acceptedPolicyVersion ? current : null;
}

export async function accountPage(title, ...content) {
  const pending = location.pathname === '/account/policy' ? null : await pendingPolicy();
  return h('div', {},
    h('h1', { text: title }),
    h('nav', { class: 'account-nav', 'aria-label': 'Account' },
      h('ul', {}, sections.map(([href, label]) =>
        h('li', {}, h('a', { href, 'aria-current': location.pathname === href ? 'page' : false, text: label }))))),
    pending && h('div', { class: 'notice', role: 'status' },
      h('p', { text: `The privacy policy changed (version ${pending.version}). Read and accept it to keep using Pixyer.` }),
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
