/**
 * Events identity-assets publishes on `identity.events` besides its own aggregate events (which carry ciphertext
 * only). v1. `EndUserErased`: the end user's data key is destroyed; every copy of their data now reads as erased.
 */
export interface EndUserErasedV1 {
  endUserId: string;
  accountId: string;
  erasedAt: string;
}
