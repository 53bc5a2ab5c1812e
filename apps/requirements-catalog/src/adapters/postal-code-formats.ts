// The postal-code format rule lives in @compliance/postal-codes (shared with identity-assets).
export { createPostalCodeFormats } from '@compliance/postal-codes';
