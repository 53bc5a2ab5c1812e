import { createReplier } from '@compliance/service-kafka';
import { CATALOG_REPLIES } from './to-error-reply';

export const reply = createReplier(CATALOG_REPLIES);
