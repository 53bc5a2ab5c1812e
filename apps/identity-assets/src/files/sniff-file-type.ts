import { loadEsm } from 'load-esm';

/** The MIME types a document file may have at all; a document type may accept fewer. */
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

type FileTypeModule = typeof import('file-type');
let fileType: Promise<FileTypeModule> | null = null;

/**
 * The MIME type the bytes say they are (file-type reads the magic numbers; the name and the declared Content-Type
 * are never trusted), or null when it cannot tell. file-type is ESM-only; it is loaded the way @nestjs/common
 * loads it (ADR 0007).
 */
export async function sniffMimeType(bytes: Buffer): Promise<string | null> {
  fileType ??= loadEsm<FileTypeModule>('file-type');
  const { fileTypeFromBuffer } = await fileType;
  const detected = await fileTypeFromBuffer(bytes);
  return detected?.mime ?? null;
}
