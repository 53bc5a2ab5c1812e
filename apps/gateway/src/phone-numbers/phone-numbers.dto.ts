import {
  BULK_PHONE_NUMBER_ACTIONS,
  MAX_BULK_PHONE_NUMBERS,
  PHONE_NUMBER_CHANGE_REASONS,
  PHONE_NUMBER_ERROR_CODES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBERS_MAX_PAGE_SIZE,
} from '@compliance/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

export const NUMBER_TYPE_MAPPING_DOC =
  'Each number is checked with libphonenumber-js (full metadata): valid E.164, a number of the bundle’s country, and ' +
  'a type that fits the bundle’s number type: LOCAL takes FIXED_LINE and FIXED_LINE_OR_MOBILE; MOBILE takes MOBILE ' +
  'and FIXED_LINE_OR_MOBILE (so a North American number fits LOCAL and MOBILE); TOLL_FREE takes TOLL_FREE; NATIONAL ' +
  'takes the non-geographic types UAN, SHARED_COST, PERSONAL_NUMBER and VOIP. PREMIUM_RATE, PAGER, VOICEMAIL and ' +
  'numbers whose type the numbering plan does not tell fit no bundle (WRONG_NUMBER_TYPE).';

/** `POST .../bundles/{bundleId}/phoneNumbers/bulk`. Each number's content is judged per number, not here. */
export class BulkPhoneNumbersBodyDto {
  @ApiProperty({ enum: BULK_PHONE_NUMBER_ACTIONS, example: 'ADD' })
  @IsIn(BULK_PHONE_NUMBER_ACTIONS)
  action!: 'ADD' | 'REMOVE';

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_BULK_PHONE_NUMBERS,
    example: ['+390144230024', '+390144230034'],
    description:
      `1 to ${MAX_BULK_PHONE_NUMBERS} numbers in E.164. A number that is malformed, of another country or type, ` +
      'given twice, or in another bundle gets its own FAILED result; the others are processed.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_PHONE_NUMBERS)
  phoneNumbers!: unknown[];

  @ApiProperty({
    type: Boolean,
    example: true,
    description:
      'Must be true: you confirm the bundle’s details are accurate (else 422 ACKNOWLEDGEMENT_REQUIRED).',
  })
  @IsOptional()
  allDetailsAccurate?: unknown;
}

export class BulkPhoneNumberResultDto {
  @ApiProperty({ example: '+390144230024' })
  phoneNumber!: string;

  @ApiProperty({
    enum: ['ATTACHED', 'PENDING_ACTIVATION', 'REMOVED', 'FAILED'],
    description:
      'ATTACHED: active on an APPROVED bundle. PENDING_ACTIVATION: on a PENDING_REVIEW or IN_REVIEW bundle; becomes ' +
      'ATTACHED when the bundle is approved, FAILED when it is rejected. REMOVED: taken off. FAILED: see errorCode.',
  })
  status!: string;

  @ApiPropertyOptional({ enum: PHONE_NUMBER_ERROR_CODES })
  errorCode?: string;

  @ApiPropertyOptional({ description: 'What to do about the failure.' })
  message?: string;
}

export class BulkPhoneNumbersResponseDto {
  @ApiProperty({
    type: [BulkPhoneNumberResultDto],
    description: 'One result per given number, in the given order.',
  })
  results!: BulkPhoneNumberResultDto[];
}

export class PhoneNumberResponseDto {
  @ApiProperty({ example: '+390144230024' })
  phoneNumber!: string;

  @ApiProperty({
    example: 'bun_01JGFJJZ000000000000000000',
    description: 'The bundle the number is (or was last) on.',
  })
  bundleId!: string;

  @ApiProperty({
    enum: PHONE_NUMBER_STATUSES,
    description:
      'SUSPENDED: its APPROVED bundle was rejected; it comes back ATTACHED when the bundle is approved again.',
  })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'When it was first attached to this bundle.' })
  attachedAt!: string | null;

  @ApiProperty({ description: 'When its status last changed.' })
  updatedAt!: string;
}

export class PhoneNumberChangeDto {
  @ApiProperty({ example: 'bun_01JGFJJZ000000000000000000' })
  bundleId!: string;

  @ApiProperty({ enum: PHONE_NUMBER_STATUSES, nullable: true })
  previousStatus!: string | null;

  @ApiProperty({ enum: PHONE_NUMBER_STATUSES })
  status!: string;

  @ApiProperty({ enum: PHONE_NUMBER_CHANGE_REASONS })
  reason!: string;

  @ApiProperty()
  occurredAt!: string;
}

export class PhoneNumberHistoryDto {
  @ApiProperty({ type: [PhoneNumberChangeDto], description: 'Oldest first.' })
  data!: PhoneNumberChangeDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole history is one page.' })
  nextPageToken!: null;
}

export class PhoneNumberPageDto {
  @ApiProperty({ type: [PhoneNumberResponseDto] })
  data!: PhoneNumberResponseDto[];

  @ApiProperty({ type: String, nullable: true })
  nextPageToken!: string | null;
}

export class ListPhoneNumbersQueryDto {
  @ApiPropertyOptional({ description: `1 to ${PHONE_NUMBERS_MAX_PAGE_SIZE}, default 20.`, example: '20' })
  @IsOptional()
  @IsString()
  @Matches(/^[1-9]\d{0,2}$/, {
    message: `pageSize must be an integer from 1 to ${PHONE_NUMBERS_MAX_PAGE_SIZE}`,
  })
  pageSize?: string;

  @ApiPropertyOptional({ description: 'The nextPageToken of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  pageToken?: string;

  @ApiPropertyOptional({ enum: PHONE_NUMBER_STATUSES })
  @IsOptional()
  @IsIn(PHONE_NUMBER_STATUSES)
  status?: string;
}

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED: every bad parameter or field is listed in `errors`.',
  401: 'UNAUTHENTICATED: no key, an unknown or a revoked key.',
  403: "FORBIDDEN: a customer key on another account's path.",
  404: 'NOT_FOUND: an unknown bundle or number, or one of another account.',
  413: 'PAYLOAD_TOO_LARGE: the body is over 1 MiB.',
  422: 'ACKNOWLEDGEMENT_REQUIRED: allDetailsAccurate is missing or not true.',
  503: 'DEPENDENCY_UNAVAILABLE: a service did not answer; retry after `Retry-After` seconds.',
};

export function NumberProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem details',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      }),
    ),
  );
}
