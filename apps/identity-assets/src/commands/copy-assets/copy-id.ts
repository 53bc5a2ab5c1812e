import { createHash } from 'node:crypto';
import type { IdPrefix } from '@compliance/contracts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the copy of `sourceId` made by command `commandId` (a ULID): the command's time part and 80 bits of
 * SHA-256(commandId, sourceId). The same command always names the same copies, which makes copying idempotent.
 */
export function copyIdOf(prefix: IdPrefix, commandId: string, sourceId: string): string {
  const digest = createHash('sha256').update(`${commandId}\u0000${sourceId}`).digest();
  let random = '';
  for (let i = 0; i < 16; i += 1) {
    const bitOffset = i * 5;
    const byte = bitOffset >> 3;
    const word = ((digest[byte] ?? 0) << 8) | (digest[byte + 1] ?? 0);
    random += CROCKFORD[(word >> (11 - (bitOffset & 7))) & 31];
  }
  return `${prefix}${commandId.slice(0, 10)}${random}`;
}
