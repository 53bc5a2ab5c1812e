export * from './start-notifications-service';
export * from './config';
export * from './domain/clock';
export * from './domain/retry-schedule';
export * from './domain/webhook-signature';
export * from './domain/bundle-notification';
