/** Injection token of the gateway's pino logger. */
export const LOGGER = Symbol('LOGGER');
