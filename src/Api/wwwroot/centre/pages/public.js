// Pages anyone can open: the start page, registration, log-in, and the pages that mails link to.
import { h, announce, field, checkbox, showProblem, clearErrors, formValues, day, words } from '../dom.js';
import { get, post } from '../api.js';
import { state, navigate, loadProfile } from '../app.js';

const adultAge = 18;

// Optional at registration, and each can be changed later under "Consents".
const registrationConsents = [
  ['marketing_email', 'Send me news and offers by email'],
  ['model_improvement', 'Use my images to improve Pixyer\'s models'],
];

export async function home() {
  return h('section', {},
    h('h1', { text: 'Your data at Pixyer' }),
    h('p', { text: 'See and correct what Pixyer holds about you, choose what you agree to, download a copy of your data, see who received it, or delete your account.' }),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: '/login', text: 'Log in' }),
      h('a', { class: 'button secondary', href: '/register', text: 'Create an account' })),
    h('p', {}, 'Read the ', h('a', { href: '/policy', text: 'privacy policy' }), '.'));
}

export async function policy() {
  const current = await get('/policies/current');
  return h('section', {},
    h('h1', { text: 'Privacy policy' }),
    h('p', { text: `Version ${current.version}, in force since ${day(current.effectiveAt)}.` }),
    h('div', { class: 'policy-text', tabindex: '0', role: 'region', 'aria-label': 'Privacy policy text', text: current.text }));
}

export async function register() {
  const current = await get('/policies/current');
  const form = h('form', { novalidate: true },
    field('Username', 'username', { autocomplete: 'username', required: true }),
    field('Email address', 'email', { type: 'email', autocomplete: 'email', required: true }),
    field('Password', 'password', { type: 'password', autocomplete: 'new-password', required: true }, 'At least 12 characters.'),
    field('Date of birth', 'dateOfBirth', { type: 'date', required: true }, `Pixyer accounts are for people aged ${adultAge} or over.`),
    h('h2', { text: `Privacy policy (version ${current.version})` }),
    h('div', { class: 'policy-text', tabindex: '0', role: 'region', 'aria-label': 'Privacy policy text', text: current.text }),
    checkbox(`I have read and accept the privacy policy (version ${current.version})`, 'acceptedPolicyVersion', { value: current.version, required: true }),
    h('fieldset', {},
      h('legend', { text: 'Optional: what else you agree to (you can change this at any time)' }),
      registrationConsents.map(([purpose, label]) => checkbox(label, `consent-${purpose}`, { value: purpose }))),
    h('button', { type: 'submit', text: 'Create account' }));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const values = formValues(form);
    if (!values.acceptedPolicyVersion) {
      showProblem(form, { title: 'Accept the privacy policy to create an account', errors: { acceptedPolicyVersion: ['Tick the box to accept the policy.'] } });
      return;
    }
    const consents = registrationConsents.map(([purpose]) => purpose).filter(purpose => values[`consent-${purpose}`]);
    try {
      await post('/accounts', {
        username: values.username, email: values.email, password: values.password,
        dateOfBirth: values.dateOfBirth || null, acceptedPolicyVersion: values.acceptedPolicyVersion, consents,
      });
      const done = h('div', { class: 'success', role: 'status' },
        h('h2', { text: 'Check your mailbox' }),
        h('p', { text: `We sent a link to ${values.email}. Open it to verify your address, then log in.` }));
      form.replaceWith(done);
      announce('Registration received. Check your mailbox.');
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('section', {}, h('h1', { text: 'Create a Pixyer account' }), form);
}

export async function login({ query }) {
  const form = h('form', { novalidate: true },
    field('Email address', 'email', { type: 'email', autocomplete: 'email', required: true }),
    field('Password', 'password', { type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', text: 'Log in' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const { email, password } = formValues(form);
    try {
      await post('/sessions', { email, password });
      await loadProfile();
      const next = query.get('next');
      await navigate(next && next.startsWith('/account') ? next : '/account');
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('section', {},
    h('h1', { text: 'Log in' }),
    form,
    h('p', {}, 'No account yet? ', h('a', { href: '/register', text: 'Create one' }), '.'));
}

// Opened from the verification mail: the address is confirmed as the page opens, and the token leaves the address bar.
export async function verifyEmail({ query }) {
  const token = query.get('token');
  history.replaceState(null, '', '/verify-email');
  const section = h('section', {}, h('h1', { text: 'Verify your email address' }));
  if (!token) {
    section.append(h('p', { class: 'alert', role: 'alert', text: 'This link has no token. Open the link from the mail again.' }));
    return section;
  }
  try {
    await post('/accounts/email-verification', { token });
    section.append(h('div', { class: 'success', role: 'status' },
      h('p', { text: 'Your email address is verified.' }),
      h('p', {}, state.profile ? h('a', { href: '/account', text: 'Go to your account' }) : h('a', { href: '/login', text: 'Log in' }))));
  } catch (problem) {
    showProblem(section, problem);
  }
  return section;
}

// Opened from a marketing mail: shows what the link stops, and stops it with one click.
export async function unsubscribe({ query }) {
  const token = query.get('token') ?? '';
  const section = h('section', {}, h('h1', { text: 'Unsubscribe' }));
  const path = `/unsubscribe?token=${encodeURIComponent(token)}`;
  try {
    const subscription = await get(path);
    const status = h('p', { role: 'status', text: subscription.subscribed
      ? `You receive ${words(subscription.purpose)} mails from Pixyer.`
      : `You are not subscribed to ${words(subscription.purpose)} mails.` });
    const button = h('button', { type: 'button', text: 'Unsubscribe' });
    button.addEventListener('click', async () => {
      try {
        await post(path);
        status.textContent = `Done: you will receive no more ${words(subscription.purpose)} mails.`;
        status.className = 'success';
        button.remove();
      } catch (problem) {
        showProblem(section, problem);
      }
    });
    section.append(status);
    if (subscription.subscribed) section.append(button);
  } catch (problem) {
    showProblem(section, problem);
  }
  return section;
}

export async function notFound() {
  return h('section', {}, h('h1', { text: 'Page not found' }), h('p', {}, h('a', { href: '/', text: 'Back to the start' })));
}
