/** File problems with the stable codes of API.md (not in the shared DomainError codes: they are HTTP-shaped). */
export class FileRejectedError extends Error {
  constructor(
    readonly code: 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE',
    message: string,
  ) {
    super(message);
    this.name = 'FileRejectedError';
  }
}

/** At most 10 MiB per document file (API.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
