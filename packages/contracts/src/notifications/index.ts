export * from './notifications.topics';
export * from './notifications.messages';
export * from './notifications.dto';
