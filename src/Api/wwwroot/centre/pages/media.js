// Uploads, a generation with live progress, and the visuals it made, each downloadable.
import { h, announce, field, showProblem, clearErrors, when, words } from '../dom.js';
import { get, post, del } from '../api.js';
import { navigate } from '../app.js';
import { accountPage, nothing } from './shell.js';
import { progressView, poll } from './poll.js';

const kilobytes = bytes => `${Math.ceil(bytes / 1024)} KB`;

function assetCard(asset) {
  const content = `/api/v1/assets/${asset.id}/content`;
  const extension = asset.contentType.split('/')[1] ?? 'img';
  return h('li', {},
    h('img', { src: content, alt: `${words(asset.template)} visual, ${asset.format} format`, width: '180' }),
    h('p', { text: `${words(asset.template)} · ${asset.format} · ${asset.width}×${asset.height}` }),
    h('a', { href: content, download: `pixyer-${asset.template}-${asset.format}.${extension}`, text: `Download ${asset.format}` }));
}

function uploadForm() {
  const form = h('form', { novalidate: true },
    field('Image (JPEG, PNG or WebP)', 'file', { type: 'file', accept: 'image/jpeg,image/png,image/webp', required: true },
      'Location and camera data are removed from the image when it is stored.'),
    h('button', { type: 'submit', text: 'Upload' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const file = form.elements.file.files[0];
    if (!file) return showProblem(form, { title: 'Choose an image first', errors: { file: ['Choose an image file.'] } });
    const body = new FormData();
    body.append('file', file);
    try {
      const upload = await post('/uploads', body);
      announce(`Uploaded ${upload.originalName}.`);
      await navigate('/account/uploads', { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

function generationForm(uploads, choices) {
  const result = h('div', {});
  const form = h('form', { novalidate: true },
    field('Image', 'uploadId', { tag: 'select', options: uploads.map(u => h('option', { value: u.id, text: u.originalName })) }),
    field('Template', 'template', { tag: 'select', options: choices.templates.map(t => h('option', { value: t.name, text: `${words(t.name)}: ${t.description}` })) }),
    h('fieldset', { 'data-field': 'formats' },
      h('legend', { text: 'Formats' }),
      choices.formats.map((format, index) => {
        const id = `format-${format.name}`;
        return h('div', { class: 'field inline' },
          h('input', { type: 'checkbox', id, name: 'formats', value: format.name, checked: index === 0 }),
          h('label', { for: id, text: `${format.name} (${format.width}×${format.height})` }));
      }),
      h('p', { class: 'error', hidden: true })),
    field('Headline (optional)', 'headline', { maxlength: '80' }),
    h('button', { type: 'submit', text: 'Generate' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const data = new FormData(form);
    try {
      const accepted = await post('/generations', {
        uploadId: data.get('uploadId'), template: data.get('template'), formats: data.getAll('formats'), headline: data.get('headline') || null,
      });
      await follow(accepted.id, result);
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('div', {}, form, result);
}

async function follow(generationId, result) {
  const view = progressView('Generation progress');
  result.replaceChildren(h('h3', { text: 'Your generation' }), view.element);
  const final = await poll(view, () => get(`/generations/${generationId}`),
    state => state.status === 'succeeded' || state.status === 'failed',
    state => state.status === 'failed'
      ? `Generation failed: ${state.failureReason ?? 'unknown reason'}.`
      : `Generation ${words(state.status)}: ${state.progress}%`);
  if (final?.status === 'succeeded') {
    const assets = await Promise.all(final.assetIds.map(id => get(`/assets/${id}`)));
    result.append(h('ul', { class: 'gallery', 'aria-label': 'Visuals of this generation' }, assets.map(assetCard)));
  }
}

export async function uploads() {
  const [mine, choices, assets] = await Promise.all([
    get('/uploads?pageSize=50'), get('/generations/templates'), get('/assets?pageSize=50')]);
  const list = h('ul', { class: 'gallery', 'aria-label': 'Your images' }, mine.items.map(upload => {
    const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': `Delete ${upload.originalName}`, text: 'Delete' });
    remove.addEventListener('click', async () => {
      try {
        await del(`/uploads/${upload.id}`);
        announce(`Deleted ${upload.originalName}.`);
        await navigate('/account/uploads', { replace: true });
      } catch (problem) {
        showProblem(list, problem);
      }
    });
    return h('li', {},
      h('img', { src: upload.thumbnailUrl, alt: upload.originalName, width: '180' }),
      h('p', { text: `${upload.originalName} · ${upload.width}×${upload.height} · ${kilobytes(upload.size)} · ${when(upload.uploadedAt)}` }),
      remove);
  }));
  return accountPage('Images and visuals',
    h('h2', { text: 'Upload an image' }),
    uploadForm(),
    h('h2', { text: 'Your images' }),
    mine.items.length === 0 ? nothing('No image uploaded yet.') : list,
    h('h2', { text: 'Generate a visual' }),
    mine.items.length === 0 ? nothing('Upload an image first.') : generationForm(mine.items, choices),
    h('h2', { text: 'Your visuals' }),
    assets.items.length === 0 ? nothing('No visual generated yet.') : h('ul', { class: 'gallery', 'aria-label': 'All your visuals' }, assets.items.map(assetCard)));
}
