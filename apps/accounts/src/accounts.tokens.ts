import type { Pool } from '@compliance/postgres';
import type { CommandDeps } from './commands/command-context';

export const COMMAND_DEPS = Symbol('COMMAND_DEPS');
export const READ_MODEL_POOL = Symbol('READ_MODEL_POOL');

export type { CommandDeps, Pool };
