import { Module } from '@nestjs/common';

/** Placeholder created by the gateway shell; the accounts engineer fills it (controllers, Kafka client, projection). */
@Module({})
export class AccountsModule {}
