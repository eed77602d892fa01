// The signed-in person's own data: profile, consents, sessions, notices, and accepting a changed policy.
import { h, announce, field, showProblem, clearErrors, formValues, when, day, words } from '../dom.js';
import { get, post, put, patch, del } from '../api.js';
import { state, navigate, loadProfile, signedOut } from '../app.js';
import { accountPage, table, nothing, pendingPolicy, policyPending } from './shell.js';

export async function overview() {
  const profile = state.profile;
  return accountPage(`Hello, ${profile.username}`,
    h('p', { text: 'From here you can see and correct your data, change what you agreed to, download a copy, see who received it, end sessions, and delete your account.' }),
    !profile.emailVerified && h('p', { class: 'notice', text: 'Your email address is not verified yet: open the link we mailed you.' }));
}

export async function profile() {
  const me = await get('/me');
  state.profile = me;
  const form = h('form', { novalidate: true },
    field('Username', 'username', { value: me.username, autocomplete: 'username' }),
    field('Email address', 'email', { type: 'email', value: me.email, autocomplete: 'email' }, 'A new address is used once you open the link we mail to it.'),
    h('button', { type: 'submit', text: 'Save corrections' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const { username, email } = formValues(form);
    const changes = {};
    if (username !== me.username) changes.username = username;
    if (email !== me.email) changes.email = email;
    if (Object.keys(changes).length === 0) return announce('Nothing to correct.');
    try {
      await patch('/me', changes);
      await loadProfile();
      announce('Your profile is corrected.');
      await navigate('/account/profile', { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return accountPage('Your profile',
    h('dl', { class: 'facts' },
      h('dt', { text: 'Username' }), h('dd', { text: me.username }),
      h('dt', { text: 'Email address' }), h('dd', { text: `${me.email} (${me.emailVerified ? 'verified' : 'not verified'})` }),
      me.pendingEmail && [h('dt', { text: 'New address waiting for verification' }), h('dd', { text: me.pendingEmail })],
      h('dt', { text: 'Date of birth' }), h('dd', { text: day(me.dateOfBirth) }),
      h('dt', { text: 'Accepted policy version' }), h('dd', { text: me.acceptedPolicyVersion }),
      h('dt', { text: 'Account created' }), h('dd', { text: when(me.createdAt) })),
    h('h2', { text: 'Correct your data' }),
    form);
}

function consentSwitch(consent, onChange) {
  const labelId = `consent-${consent.purpose}`;
  const button = h('button', {
    type: 'button', role: 'switch', 'aria-checked': String(consent.granted), 'aria-labelledby': labelId,
    'aria-describedby': `${labelId}-since`, text: consent.granted ? 'On' : 'Off',
  });
  button.addEventListener('click', () => onChange(consent.purpose, !consent.granted));
  return h('div', { class: 'switch-row' },
    h('div', { class: 'what' },
      h('strong', { id: labelId, text: consent.description }),
      h('p', { class: 'hint', id: `${labelId}-since`, text: consent.changedAt
        ? `${consent.granted ? 'Granted' : 'Withdrawn'} on ${when(consent.changedAt)}`
        : 'Never chosen: off' })),
    button);
}

export async function consents() {
  const [current, history] = await Promise.all([get('/me/consents'), get('/me/consents/history?pageSize=100')]);
  const list = h('div', {});
  const change = async (purpose, granted) => {
    try {
      await put(`/me/consents/${purpose}`, { granted });
      announce(`${words(purpose)}: ${granted ? 'granted' : 'withdrawn'}.`);
      await navigate('/account/consents', { replace: true });
      document.querySelector(`[aria-labelledby="consent-${purpose}"]`)?.focus();
    } catch (problem) {
      showProblem(list, problem);
    }
  };
  list.append(...current.map(consent => consentSwitch(consent, change)));
  return accountPage('Your consents',
    h('p', { text: 'Each switch turns one use of your data on or off. Turning one off takes effect at once.' }),
    list,
    h('h2', { text: 'History of your choices' }),
    history.items.length === 0 ? nothing('No choices recorded yet.') : table('Every grant and withdrawal, newest first',
      ['When', 'Purpose', 'Choice', 'Policy version', 'How'],
      history.items.map(entry => [when(entry.occurredAt), words(entry.purpose), entry.granted ? 'granted' : 'withdrawn',
        entry.policyVersion, entry.fromCookieBanner ? 'cookie banner' : words(entry.channel)])));
}

export async function sessions() {
  const page = await get('/sessions?pageSize=100');
  const container = h('div', {});
  const act = async (work, message, then) => {
    try {
      await work();
      announce(message);
      await then();
    } catch (problem) {
      showProblem(container, problem);
    }
  };
  const endOne = session => act(() => del(`/sessions/${session.id}`), 'The session is ended.', () => navigate('/account/sessions', { replace: true }));
  const logOut = () => act(() => del('/sessions/current'), 'You are logged out.', () => { signedOut(); return navigate('/login'); });
  const everywhere = () => act(() => del('/sessions'), 'You are logged out everywhere.', () => { signedOut(); return navigate('/login'); });
  container.append(
    table('Your active sessions', ['Device', 'Started', 'Last seen', 'Expires', ''],
      page.items.map(session => [
        session.current ? `${session.device} (this browser)` : session.device, when(session.createdAt), when(session.lastSeenAt),
        when(session.expiresAt),
        session.current
          ? h('button', { type: 'button', class: 'secondary', onclick: logOut, text: 'Log out' })
          : h('button', { type: 'button', class: 'secondary', onclick: () => endOne(session), 'aria-label': `End the session on ${session.device} started ${when(session.createdAt)}`, text: 'End session' }),
      ])),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'danger', onclick: everywhere, text: 'Log out everywhere' })));
  return accountPage('Your sessions', container);
}

export async function notices() {
  const [mine, general] = await Promise.all([get('/me/notices?pageSize=50'), get('/notices?pageSize=50')]);
  const items = list => list.items ?? list;
  return accountPage('Notices',
    h('h2', { text: 'Addressed to you' }),
    items(mine).length === 0 ? nothing('No notice concerns you.') : h('ul', {}, items(mine).map(notice =>
      h('li', {}, h('strong', { text: notice.title }), ` (${when(notice.notifiedAt)}) `, h('p', { text: notice.body })))),
    h('h2', { text: 'Public notices' }),
    items(general).length === 0 ? nothing('No public notice.') : h('ul', {}, items(general).map(notice =>
      h('li', {}, h('strong', { text: notice.title }), ` (${when(notice.publishedAt)}) `, notice.body && h('p', { text: notice.body })))));
}

export async function policyAcceptance() {
  const pending = pendingPolicy();
  const shown = await get(pending ? `/policies/${encodeURIComponent(pending)}` : '/policies/current');
  const section = h('div', {},
    h('p', { text: `Version ${shown.version}, in force since ${day(shown.effectiveAt)}${shown.significant ? '; it changes how your data is used, so we ask you to accept it' : ''}.` }),
    h('div', { class: 'policy-text', tabindex: '0', role: 'region', 'aria-label': 'Privacy policy text', text: shown.text }));
  if (!pending) {
    section.append(h('p', { class: 'success', text: 'Nothing is waiting for your acceptance.' }));
    return accountPage('The privacy policy', section);
  }
  const button = h('button', { type: 'button', text: `I accept version ${shown.version}` });
  button.addEventListener('click', async () => {
    try {
      await post('/me/policy-acceptances', { version: shown.version });
      policyPending(null);
      announce('Thank you: the new policy is accepted.');
      await navigate('/account');
    } catch (problem) {
      showProblem(section, problem);
    }
  });
  section.append(h('p', { text: 'Until you accept it, you can still read and download your data, withdraw consents, and delete your account.' }), button);
  return accountPage('The privacy policy changed', section);
}
