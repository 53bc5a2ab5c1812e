import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATIONS_DEFAULT_PAGE_SIZE,
  NOTIFICATIONS_MAX_PAGE_SIZE,
  type NotificationAttemptView,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationView,
} from './notifications.messages';

/** `GET .../bundles/{bundleId}/notifications?pageSize=&pageToken=`. */
export class ListNotificationsQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: NOTIFICATIONS_MAX_PAGE_SIZE,
    default: NOTIFICATIONS_DEFAULT_PAGE_SIZE,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(NOTIFICATIONS_MAX_PAGE_SIZE)
  pageSize: number = NOTIFICATIONS_DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The `nextPageToken` of the previous page.', maxLength: 512 })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  pageToken?: string;
}

export class NotificationAttemptDto implements NotificationAttemptView {
  @ApiProperty({ example: 1, description: '1 for the first attempt.' })
  attempt!: number;

  @ApiProperty({ example: '2026-11-22T08:00:01.000Z' })
  attemptedAt!: string;

  @ApiProperty({ example: 42 })
  durationMs!: number;

  @ApiProperty({ enum: ['DELIVERED', 'FAILED'] })
  outcome!: 'DELIVERED' | 'FAILED';

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 500,
    description:
      'The HTTP status of the receiver (webhooks) or the SMTP reply code (e-mails); null when none came.',
  })
  statusCode!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'timeout after 10000 ms' })
  error!: string | null;
}

export class NotificationResponseDto implements NotificationView {
  @ApiProperty({
    format: 'uuid',
    description:
      'The bundle event notified: the webhook body `eventId` and its `X-Compliance-Event-Id` header.',
  })
  eventId!: string;

  @ApiProperty({ example: 'bun_01JGFJJZ000000000000000000' })
  bundleId!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  channel!: NotificationChannel;

  @ApiProperty({
    description: 'The statusCallback URL, or the e-mail address.',
    example: 'https://example.com/hooks',
  })
  target!: string;

  @ApiProperty({
    enum: NOTIFICATION_STATUSES,
    description:
      'PENDING: not delivered yet (retried with exponential backoff for 72 h); DELIVERED: accepted (2xx, or the ' +
      'mail server took it); FAILED: given up after 72 h. Per bundle and channel, one notification leaves only ' +
      'after the one before it was delivered or given up.',
  })
  status!: NotificationStatus;

  @ApiProperty({ example: '2026-11-22T08:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, description: 'When the next attempt is due (PENDING only).' })
  nextAttemptAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  deliveredAt!: string | null;

  @ApiProperty({
    type: [NotificationAttemptDto],
    description: 'The delivery log: every attempt, oldest first.',
  })
  attempts!: NotificationAttemptDto[];
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationResponseDto], description: 'Oldest first.' })
  data!: NotificationResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `pageToken` for the next page; null at the end.',
  })
  nextPageToken!: string | null;
}
