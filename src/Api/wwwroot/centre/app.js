// The privacy centre: a router over the history API, the signed-in state, and the page shell.
import { h } from './dom.js';
import { get, del } from './api.js';
import { showBanner } from './banner.js';
import { policyPending } from './pages/shell.js';
import * as publicPages from './pages/public.js';
import * as account from './pages/account.js';
import * as media from './pages/media.js';
import * as rights from './pages/rights.js';

const routes = [
  [/^\/$/, publicPages.home],
  [/^\/register$/, publicPages.register],
  [/^\/login$/, publicPages.login],
  [/^\/verify-email$/, publicPages.verifyEmail],
  [/^\/unsubscribe$/, publicPages.unsubscribe],
  [/^\/policy$/, publicPages.policy],
  [/^\/deletion\/([0-9a-f-]{36})$/i, rights.certificate],
  [/^\/account$/, account.overview, true],
  [/^\/account\/profile$/, account.profile, true],
  [/^\/account\/consents$/, account.consents, true],
  [/^\/account\/uploads$/, media.uploads, true],
  [/^\/account\/export$/, rights.dataExport, true],
  [/^\/account\/disclosures$/, rights.disclosures, true],
  [/^\/account\/sessions$/, account.sessions, true],
  [/^\/account\/notices$/, account.notices, true],
  [/^\/account\/policy$/, account.policyAcceptance, true],
  [/^\/account\/delete$/, rights.deleteAccount, true],
];

export const state = { profile: undefined };

export async function loadProfile() {
  try {
    state.profile = await get('/me');
  } catch {
    state.profile = null;
  }
  renderNav();
  return state.profile;
}

export function signedOut() {
  state.profile = null;
  policyPending(null);
  renderNav();
}

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return render();
}

function renderNav() {
  const nav = document.getElementById('site-nav');
  nav.replaceChildren(...(state.profile
    ? [
      h('a', { href: '/account', text: 'My account' }),
      h('span', { text: `Signed in as ${state.profile.username}` }),
      h('button', { type: 'button', class: 'secondary', onclick: logOut, text: 'Log out' }),
    ]
    : [h('a', { href: '/login', text: 'Log in' }), h('a', { href: '/register', text: 'Register' })]));
}

async function logOut() {
  await del('/sessions/current').catch(() => null);
  signedOut();
  await navigate('/login');
}

async function render() {
  if (state.profile === undefined) await loadProfile();
  if (location.pathname === '/' && state.profile) history.replaceState(null, '', '/account');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const [pattern, page, needsSession] = routes.find(([regex]) => regex.test(path)) ?? [null, publicPages.notFound, false];
  const main = document.getElementById('main');
  if (needsSession && !state.profile) {
    return navigate(`/login?next=${encodeURIComponent(path)}`, { replace: true });
  }
  const params = pattern ? path.match(pattern).slice(1) : [];
  const content = await page({ params, query: new URLSearchParams(location.search) });
  main.replaceChildren(content);
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Pixyer privacy centre` : 'Pixyer privacy centre';
  if (heading && !document.querySelector('#banner section')) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

// Links within the centre stay in the page; links to the API (downloads) and elsewhere behave as links do.
document.addEventListener('click', event => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || link.hasAttribute('download') || link.target) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', render);
window.addEventListener('pixyer:policy-required', event => {
  policyPending(event.detail);
  if (location.pathname !== '/account/policy') navigate('/account/policy');
});
document.getElementById('cookie-settings').addEventListener('click', () => showBanner(true));

await showBanner(false);
await render();
