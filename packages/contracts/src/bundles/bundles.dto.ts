import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BUNDLE_ASSET_TYPES, BUNDLE_STATUSES } from './bundles.integration-events';
import { BUNDLE_SORT_FIELDS } from './bundles.messages';

export const BUNDLE_TEXT_MAX_LENGTH = 200;
export const BUNDLE_EMAIL_MAX_LENGTH = 254;
export const BUNDLE_URL_MAX_LENGTH = 2048;
export const BUNDLE_REMARKS_MAX_LENGTH = 2000;
export const BUNDLE_ID_MAX_LENGTH = 64;
export const BUNDLE_DEFAULT_PAGE_SIZE = 20;
export const BUNDLE_MAX_PAGE_SIZE = 100;

const NUMBER_TYPES = ['LOCAL', 'NATIONAL', 'MOBILE', 'TOLL_FREE'];
const END_USER_TYPES = ['INDIVIDUAL', 'BUSINESS'];
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

// ---- Requests ----

export class CreateBundleDto {
  @ApiPropertyOptional({
    description: 'The regulation; or give country, numberType and endUserType instead.',
    example: 'reg_01JGFJJZ000000000000000000',
  })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  regulationId?: string;

  @ApiPropertyOptional({
    description: 'ISO 3166-1 alpha-2 or alpha-3, any case (without regulationId).',
    example: 'DE',
  })
  @ValidateIf((o: CreateBundleDto) => o.regulationId === undefined || o.country !== undefined)
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  country?: string;

  @ApiPropertyOptional({
    description: `${NUMBER_TYPES.join(', ')} (GEOGRAPHIC means LOCAL).`,
    example: 'LOCAL',
  })
  @ValidateIf((o: CreateBundleDto) => o.regulationId === undefined || o.numberType !== undefined)
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  numberType?: string;

  @ApiPropertyOptional({ enum: END_USER_TYPES })
  @ValidateIf((o: CreateBundleDto) => o.regulationId === undefined || o.endUserType !== undefined)
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  endUserType?: string;

  @ApiProperty({ maxLength: BUNDLE_TEXT_MAX_LENGTH, example: 'Berlin office' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_TEXT_MAX_LENGTH)
  friendlyName!: string;

  @ApiProperty({ description: 'Where status e-mails go.', example: 'compliance@example.com' })
  @IsEmail()
  @MaxLength(BUNDLE_EMAIL_MAX_LENGTH)
  email!: string;

  @ApiPropertyOptional({
    description: 'An http(s) URL that receives a signed POST on every status change.',
    example: 'https://example.com/compliance/callback',
    nullable: true,
  })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(BUNDLE_URL_MAX_LENGTH)
  statusCallback?: string | null;

  @ApiPropertyOptional({ maxLength: BUNDLE_TEXT_MAX_LENGTH, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_TEXT_MAX_LENGTH)
  customReference?: string | null;
}

export class AcknowledgementsDto {
  @ApiProperty({ description: 'Must be true to submit.' })
  @IsBoolean()
  allDetailsAccurate!: boolean;
}

export class UpdateBundleDto {
  @ApiPropertyOptional({ maxLength: BUNDLE_TEXT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_TEXT_MAX_LENGTH)
  friendlyName?: string;

  @ApiPropertyOptional({ maxLength: BUNDLE_TEXT_MAX_LENGTH, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_TEXT_MAX_LENGTH)
  customReference?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(BUNDLE_EMAIL_MAX_LENGTH)
  email?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null removes the webhook.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(BUNDLE_URL_MAX_LENGTH)
  statusCallback?: string | null;

  @ApiPropertyOptional({
    enum: ['PENDING_REVIEW'],
    description:
      'Submits the bundle (from DRAFT or REJECTED) with acknowledgements.allDetailsAccurate = true, after a fresh evaluation.',
  })
  @IsOptional()
  @IsIn(['PENDING_REVIEW'])
  status?: 'PENDING_REVIEW';

  @ApiPropertyOptional({ type: AcknowledgementsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AcknowledgementsDto)
  acknowledgements?: AcknowledgementsDto;
}

export class AssignItemDto {
  @ApiProperty({ enum: BUNDLE_ASSET_TYPES })
  @IsIn(BUNDLE_ASSET_TYPES)
  assetType!: (typeof BUNDLE_ASSET_TYPES)[number];

  @ApiProperty({ example: 'eu_01JGFJJZ000000000000000000' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  assetId!: string;
}

export class CreateCopyDto {
  @ApiPropertyOptional({ maxLength: BUNDLE_TEXT_MAX_LENGTH, description: 'Defaults to the original’s name.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_TEXT_MAX_LENGTH)
  friendlyName?: string;
}

export class ReplaceItemsDto {
  @ApiProperty({ description: 'An APPROVED copy of this bundle.', example: 'bun_01JGFJJZ000000000000000000' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  fromBundleId!: string;
}

export class ItemFailureDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  itemId!: string;

  @ApiProperty({ maxLength: BUNDLE_REMARKS_MAX_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_REMARKS_MAX_LENGTH)
  failureReason!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: ['APPROVE', 'REJECT'] })
  @IsIn(['APPROVE', 'REJECT'])
  decision!: 'APPROVE' | 'REJECT';

  @ApiPropertyOptional({ description: 'Required for REJECT: what the customer must fix.' })
  @ValidateIf((o: DecisionDto) => o.decision === 'REJECT' || o.remarks !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(BUNDLE_REMARKS_MAX_LENGTH)
  remarks?: string;

  @ApiPropertyOptional({ type: [ItemFailureDto], description: 'REJECT only: the assets at fault and why.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ItemFailureDto)
  itemFailures?: ItemFailureDto[];
}

export class PageQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: BUNDLE_MAX_PAGE_SIZE,
    default: BUNDLE_DEFAULT_PAGE_SIZE,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BUNDLE_MAX_PAGE_SIZE)
  pageSize: number = BUNDLE_DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The `nextPageToken` of the previous page.', maxLength: 512 })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  pageToken?: string;
}

export class ListBundlesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BUNDLE_STATUSES })
  @IsOptional()
  @IsIn(BUNDLE_STATUSES)
  status?: (typeof BUNDLE_STATUSES)[number];

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 or alpha-3, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  country?: string;

  @ApiPropertyOptional({ description: `${NUMBER_TYPES.join(', ')} (GEOGRAPHIC means LOCAL).` })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  numberType?: string;

  @ApiPropertyOptional({ enum: END_USER_TYPES })
  @IsOptional()
  @IsString()
  @MaxLength(BUNDLE_ID_MAX_LENGTH)
  endUserType?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only bundles with a validUntil; false: only those without.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasValidUntil?: boolean;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only bundles whose validUntil is before this time.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  validUntilBefore?: string;

  @ApiPropertyOptional({ enum: BUNDLE_SORT_FIELDS, default: 'createdAt' })
  @IsOptional()
  @IsIn(BUNDLE_SORT_FIELDS)
  sortBy: (typeof BUNDLE_SORT_FIELDS)[number] = 'createdAt';

  @ApiPropertyOptional({ enum: ['ASC', 'DESC'], default: 'DESC' })
  @IsOptional()
  @IsIn(['ASC', 'DESC'])
  sortDirection: 'ASC' | 'DESC' = 'DESC';
}

export class ReviewsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING_REVIEW', 'IN_REVIEW'], description: 'Both when absent.' })
  @IsOptional()
  @IsIn(['PENDING_REVIEW', 'IN_REVIEW'])
  status?: 'PENDING_REVIEW' | 'IN_REVIEW';
}

// ---- Responses (OpenAPI) ----

export class BundleResponseDto {
  @ApiProperty({ example: 'bun_01JGFJJZ000000000000000000' }) bundleId!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty({ enum: BUNDLE_STATUSES }) status!: string;
  @ApiProperty() regulationId!: string;
  @ApiProperty() regulationVersion!: number;
  @ApiProperty({ description: 'ISO 3166-1 alpha-3.' }) country!: string;
  @ApiProperty({ enum: NUMBER_TYPES }) numberType!: string;
  @ApiProperty({ enum: END_USER_TYPES }) endUserType!: string;
  @ApiProperty() friendlyName!: string;
  @ApiProperty({ type: String, nullable: true }) customReference!: string | null;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) statusCallback!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description:
      'Set when a newer regulation version was published: fix the bundle (copy, replaceItems) before then.',
  })
  validUntil!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The reviewer's remarks." }) remarks!:
    | string
    | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'REVIEW_REJECTED (see remarks) or REGULATION_UPDATED (validUntil passed).',
  })
  failureReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) copiedFrom!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class BundlePageDto {
  @ApiProperty({ type: [BundleResponseDto] }) data!: BundleResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class BundleItemResponseDto {
  @ApiProperty({ example: 'itm_01JGFJJZ000000000000000000' }) itemId!: string;
  @ApiProperty({ enum: BUNDLE_ASSET_TYPES }) assetType!: string;
  @ApiProperty() assetId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class BundleItemPageDto {
  @ApiProperty({ type: [BundleItemResponseDto] }) data!: BundleItemResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class InvalidFieldResponseDto {
  @ApiProperty() field!: string;
  @ApiProperty() friendlyName!: string;
  @ApiProperty({ description: 'What is wrong and what to do.' }) failureReason!: string;
  @ApiProperty({ example: 'REQUIRED' }) errorCode!: string;
}

export class EvaluationResultResponseDto {
  @ApiProperty({ example: 'proofOfIdentity' }) requirementName!: string;
  @ApiProperty() friendlyName!: string;
  @ApiProperty({ enum: BUNDLE_ASSET_TYPES }) objectType!: string;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: String, nullable: true }) failureReason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'DOCUMENT_MISSING' }) errorCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) assetId!: string | null;
  @ApiProperty({ type: [InvalidFieldResponseDto] }) invalidFields!: InvalidFieldResponseDto[];
}

export class EvaluationResponseDto {
  @ApiProperty({ example: 'evl_01JGFJJZ000000000000000000' }) evaluationId!: string;
  @ApiProperty() bundleId!: string;
  @ApiProperty() regulationId!: string;
  @ApiProperty() regulationVersion!: number;
  @ApiProperty({ enum: ['COMPLIANT', 'NONCOMPLIANT'] }) status!: string;
  @ApiProperty({ type: [EvaluationResultResponseDto] }) results!: EvaluationResultResponseDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EvaluationPageDto {
  @ApiProperty({ type: [EvaluationResponseDto] }) data!: EvaluationResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class HistoryEntryResponseDto {
  @ApiProperty({ example: 'BundleStatusChanged' }) type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ description: 'The account key, staff member or `system` that caused it.' }) actor!: string;
  @ApiProperty({ type: Object, description: 'What changed; no personal data.' }) data!: Record<
    string,
    unknown
  >;
}

export class HistoryPageDto {
  @ApiProperty({ type: [HistoryEntryResponseDto] }) data!: HistoryEntryResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}
