import { createReplier } from '@compliance/service-kafka';

export const reply = createReplier({ service: 'number-assignment' });
