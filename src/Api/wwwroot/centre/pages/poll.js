// Live progress: asks again every second while the page still shows it, and says each change aloud (aria-live).
import { h } from '../dom.js';

export function progressView(label) {
  const bar = h('progress', { max: '100', value: '0', 'aria-label': `${label}, percent done` });
  const text = h('p', { 'aria-live': 'polite', role: 'status' });
  return { element: h('div', { class: 'progress', role: 'group', 'aria-label': label }, text, bar), bar, text };
}

export async function poll(view, read, isFinal, describe) {
  for (;;) {
    let current;
    try {
      current = await read();
    } catch (problem) {
      view.text.textContent = problem.detail || problem.title;
      return null;
    }
    view.bar.value = current.progress ?? 0;
    const description = describe(current);
    if (view.text.textContent !== description) view.text.textContent = description;
    if (isFinal(current) || !view.element.isConnected) return current;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}
