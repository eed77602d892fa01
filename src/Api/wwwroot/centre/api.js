// The one way the centre talks to Pixyer: same origin, the session cookie, and the CSRF token echoed on unsafe requests.
const base = '/api/v1';
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class Problem extends Error {
  constructor(status, body) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.status = status;
    this.type = body.type ?? '';
    this.title = body.title ?? 'The request failed';
    this.detail = body.detail ?? '';
    this.errors = body.errors ?? {};
    this.body = body;
  }

  is(problemType) {
    return this.type.endsWith(`/${problemType}`);
  }
}

export function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('pixyer_csrf='));
  return cookie ? decodeURIComponent(cookie.slice('pixyer_csrf='.length)) : null;
}

export async function api(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const token = csrfToken();
  if (unsafe.has(method) && token) init.headers['X-CSRF-Token'] = token;

  let response;
  try {
    response = await fetch(base + path, init);
  } catch {
    throw new Problem(0, { title: 'Pixyer cannot be reached', detail: 'Check your connection and try again.' });
  }
  if (!response.ok) {
    const problem = new Problem(response.status, await response.json().catch(() => ({})));
    if (problem.is('policy-acceptance-required')) {
      window.dispatchEvent(new CustomEvent('pixyer:policy-required', { detail: problem.body.version }));
    }
    throw problem;
  }
  if (response.status === 204) return null;
  return (response.headers.get('content-type') ?? '').includes('json') ? response.json() : null;
}

export const get = (path, headers) => api('GET', path, undefined, headers);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = path => api('DELETE', path);
