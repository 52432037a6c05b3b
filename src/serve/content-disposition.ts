/**
 * `Content-Disposition: attachment` for a Chinese file name: browsers take the UTF-8 name from
 * `filename*` (RFC 5987 / RFC 6266); `filename` carries an ASCII stand-in for old clients, since
 * a header value must be ASCII.
 */

/** RFC 5987 attr-char: everything else is percent-encoded from UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function asciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return `${stem === '' ? 'huibao' : stem}${extension}`;
}

export function attachment(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const name = fileName.replace(/[\u0000-\u001F\u007F"\\/]/g, '').trim() || 'huibao';
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
