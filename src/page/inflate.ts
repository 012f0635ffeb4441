import { inflateSync } from 'fflate';

/**
 * node:zlib's inflateRawSync as the zip reader uses it, on fflate for the page: the output buffer
 * is one byte larger than allowed, so a part that inflates past its declared size is seen.
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(options.maxOutputLength + 1) });
  if (out.length > options.maxOutputLength) throw Object.assign(new Error('inflated past its size'), { code: 'ERR_BUFFER_TOO_LARGE' });
  return out;
}
