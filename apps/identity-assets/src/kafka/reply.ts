import { createReplier } from '@compliance/service-kafka';

export const reply = createReplier({ service: 'identity-assets' });
