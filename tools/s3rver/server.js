// The local S3-compatible server of the S3 file-store tests: s3rver, plus the two multipart calls it lacks
// (ListMultipartUploads, AbortMultipartUpload), answered from its own upload folders, so that the store's
// purge of abandoned uploads runs against it as against S3. Usage: node server.js <directory> <port> <bucket>
// Prints "listening <port>" once it accepts requests.
'use strict';
const fs = require('fs/promises');
const path = require('path');
const S3rver = require('s3rver');

const [directory, port, bucket] = process.argv.slice(2);
const server = new S3rver({ directory, port: Number(port), address: '127.0.0.1', silent: true, configureBuckets: [{ name: bucket }] });

const escape = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const uploadsFolder = name => server.store.getResourcePath(name, undefined, 'uploads');

async function listMultipartUploads(ctx, name) {
  const folder = uploadsFolder(name);
  const ids = await fs.readdir(folder).catch(() => []);
  const uploads = [];
  for (const id of ids) {
    const keyFile = path.join(folder, id, 'key');
    const [key, stat] = await Promise.all([fs.readFile(keyFile, 'utf8'), fs.stat(keyFile)]).catch(() => []);
    if (key !== undefined && key.startsWith(ctx.query.prefix || '')) {
      uploads.push(`<Upload><Key>${escape(key)}</Key><UploadId>${id}</UploadId><Initiated>${stat.mtime.toISOString()}</Initiated></Upload>`);
    }
  }
  ctx.type = 'application/xml';
  ctx.body = '<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
    + `<Bucket>${escape(name)}</Bucket><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${uploads.join('')}</ListMultipartUploadsResult>`;
}

server.middleware.unshift(async (ctx, next) => {
  const [name, ...key] = ctx.path.split('/').filter(segment => segment !== '');
  if (ctx.method === 'GET' && key.length === 0 && 'uploads' in ctx.query) {
    return listMultipartUploads(ctx, name);
  }
  if (ctx.method === 'DELETE' && key.length > 0 && ctx.query.uploadId) {
    await fs.rm(path.join(uploadsFolder(name), path.basename(ctx.query.uploadId)), { recursive: true, force: true });
    ctx.status = 204;
    return undefined;
  }
  return next();
});

server.run().then(address => console.log(`listening ${address.port}`), error => { console.error(error); process.exit(1); });
