/**
 * What is wrong inside a package, as a stable code a clerk can quote and a maintainer can grep:
 * the reader's own errors carry one; a library's (zlib or fflate inflating) gets its
 * family's. Messages never show a library's English prose.
 */

export type PackageErrorCode =
  | 'zip.noEndOfDirectory'
  | 'zip.badCentralDirectory'
  | 'zip.badLocalHeader'
  | 'zip.truncatedEntry'
  | 'zip.unsupportedMethod'
  | 'zip.sizeMismatch'
  | 'zip.inflate'
  | 'xml.unterminated'
  | 'xml.malformedTag'
  | 'xml.malformed';

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    /** Where in the part, when known (a byte offset). */
    readonly at?: number,
  ) {
    super(at === undefined ? code : `${code}@${at}`);
    this.name = 'PackageError';
  }
}

/** The code shown for any error met while reading one part of a package. */
export function packageErrorCode(err: unknown, family: 'zip' | 'xml'): string {
  if (err instanceof PackageError) return err.message;
  return family === 'zip' ? 'zip.inflate' : 'xml.malformed';
}
