export * from './start-identity-service';
export * from './migrate-identity';
export * from './identity-deps';
export * from './crypto/aes-gcm';
export * from './crypto/key-ring';
export * from './crypto/master-key';
