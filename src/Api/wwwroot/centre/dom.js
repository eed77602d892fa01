// Builds elements from data: text is always set as text, never parsed as HTML.
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = message; }, 50);
}

export const when = value => value ? new Date(value).toLocaleString() : '—';

export const day = value => value ? new Date(value).toLocaleDateString() : '—';

export const words = wireName => wireName ? wireName.replaceAll('_', ' ') : '';

let fieldCounter = 0;

// A labelled input with its hint and the place where the API's field error goes.
export function field(label, name, { tag = 'input', options = [], ...attributes } = {}, hint = null) {
  const id = `f-${name}-${++fieldCounter}`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const input = h(tag, { ...attributes, id, name, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') }, options);
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id, text: label }),
    hint && h('p', { class: 'hint', id: hintId, text: hint }),
    input,
    h('p', { class: 'error', id: errorId, hidden: true }));
}

export function checkbox(label, name, attributes = {}) {
  const id = `f-${name}-${++fieldCounter}`;
  const errorId = `${id}-error`;
  return h('div', { class: 'field inline', 'data-field': name },
    h('input', { type: 'checkbox', id, name, 'aria-describedby': errorId, ...attributes }),
    h('label', { for: id, text: label }),
    h('p', { class: 'error', id: errorId, hidden: true }));
}

export function clearErrors(form) {
  form.querySelectorAll('.error').forEach(error => { error.hidden = true; error.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
  form.querySelector('.alert')?.remove();
}

// Shows a problem+json answer: each field error next to its field, the title and detail above the form.
export function showProblem(container, problem) {
  if (container.tagName === 'FORM') clearErrors(container);
  const unplaced = [];
  for (const [name, messages] of Object.entries(problem.errors ?? {})) {
    const slot = container.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!slot) { unplaced.push(...messages); continue; }
    const error = slot.querySelector('.error');
    error.textContent = messages.join(' ');
    error.hidden = false;
    slot.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
  }
  const alert = h('div', { class: 'alert', role: 'alert' },
    h('p', {}, h('strong', { text: problem.title })),
    problem.detail && h('p', { text: problem.detail }),
    unplaced.length > 0 && h('ul', {}, unplaced.map(message => h('li', { text: message }))));
  container.prepend(alert);
  const firstInvalid = container.querySelector('[aria-invalid="true"]');
  (firstInvalid ?? alert).focus?.();
  return alert;
}

export function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}
