import type { DocumentTypeView } from '@compliance/contracts';
import { acceptedMimeType, safeFileName } from '../src/commands/create-document/create-document.handler';
import { FileRejectedError } from '../src/domain/file-errors';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
const type = (acceptedMimeTypes: string[]): DocumentTypeView => ({
  type: 't',
  friendlyName: 'T',
  fields: [],
  proofRequired: true,
  acceptedMimeTypes,
  deleteFileAfterVerification: false,
});

describe('document file checks (file-type on the bytes)', () => {
  it('names the type the bytes are, whatever the file is called', async () => {
    await expect(acceptedMimeType(PNG, type(['image/png', 'application/pdf']))).resolves.toBe('image/png');
    await expect(acceptedMimeType(PDF, type(['application/pdf']))).resolves.toBe('application/pdf');
  });

  it('refuses a type the document type does not accept, text, executables, and more than 10 MiB', async () => {
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (e: FileRejectedError) => e.code,
      );
    await expect(code(acceptedMimeType(PNG, type(['application/pdf'])))).resolves.toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expect(code(acceptedMimeType(Buffer.from('hello'), type(['application/pdf'])))).resolves.toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const elf = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(100)]);
    await expect(code(acceptedMimeType(elf, type(['application/pdf'])))).resolves.toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(code(acceptedMimeType(big, type(['image/png'])))).resolves.toBe('PAYLOAD_TOO_LARGE');
  });

  it('keeps only the last segment of a file name, without control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\erika\\scan.pdf')).toBe('scan.pdf');
    expect(safeFileName('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(safeFileName('   ')).toBeNull();
    expect(safeFileName(null)).toBeNull();
  });
});
