// The cookie banner (K2, K4): shown before anything else until a choice is made; refusing is as easy as accepting.
import { h, announce, checkbox, showProblem } from './dom.js';
import { get, put } from './api.js';

export async function showBanner(always) {
  const slot = document.getElementById('banner');
  let choices;
  try {
    choices = await get('/cookie-consent');
  } catch {
    choices = { essential: true, analytics: false, advertising: false, decided: false };
  }
  if (choices.decided && !always) return;

  const form = h('form', { 'aria-describedby': 'banner-text' },
    h('fieldset', {},
      h('legend', { text: 'Cookies on Pixyer' }),
      checkbox('Essential: keep you signed in and remember this choice (always on)', 'essential', { checked: true, disabled: true }),
      checkbox('Analytics: count page views to improve Pixyer', 'analytics', { checked: choices.analytics }),
      checkbox('Advertising: show ads based on what you do on Pixyer', 'advertising', { checked: choices.advertising })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'data-choice': 'all', text: 'Accept all' }),
      h('button', { type: 'button', 'data-choice': 'none', text: 'Reject all' }),
      h('button', { type: 'submit', class: 'secondary', text: 'Save my choices' })));

  const save = async (analytics, advertising) => {
    try {
      await put('/cookie-consent', { analytics, advertising });
      slot.replaceChildren();
      announce(`Cookie choices saved: analytics ${analytics ? 'on' : 'off'}, advertising ${advertising ? 'on' : 'off'}.`);
      document.querySelector('main h1')?.focus();
    } catch (problem) {
      showProblem(form, problem);
    }
  };
  form.querySelector('[data-choice="all"]').addEventListener('click', () => save(true, true));
  form.querySelector('[data-choice="none"]').addEventListener('click', () => save(false, false));
  form.addEventListener('submit', event => {
    event.preventDefault();
    save(form.elements.analytics.checked, form.elements.advertising.checked);
  });

  const section = h('section', { 'aria-labelledby': 'banner-title', role: 'region' },
    h('h2', { id: 'banner-title', tabindex: '-1', text: 'Your cookie choices' }),
    h('p', { id: 'banner-text', text: 'Pixyer uses essential cookies to run the site. Analytics and advertising cookies are off unless you turn them on; you can change your mind at any time under "Cookie settings".' }),
    form);
  slot.replaceChildren(section);
  section.querySelector('h2').focus();
}
