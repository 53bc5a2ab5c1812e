import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ASSET_STATUSES } from './identity.messages';
import { ERASED_MARKER } from './identity.views';

export const IDENTITY_TEXT_MAX_LENGTH = 200;
export const IDENTITY_DEFAULT_PAGE_SIZE = 20;
export const IDENTITY_MAX_PAGE_SIZE = 100;
const END_USER_ID = /^eu_[0-9A-HJKMNP-TV-Z]{26}$/;
const ERASED = `Reads as \`${ERASED_MARKER}\` once the data subject is erased.`;

/** Given: must not be null (undefined means "not given" in a PATCH). */
const Given = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
/** Given and not null: null clears the value. */
const GivenNotNull = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

const FIELDS_DESCRIPTION =
  'Field name → value, checked against the catalog type (unknown name, wrong type, too long, value not allowed, bad ' +
  'date or e-mail, pattern mismatch: 400 naming `fields.<name>`). Required fields are checked when a bundle is evaluated.';

export class ListAssetsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: IDENTITY_MAX_PAGE_SIZE, default: IDENTITY_DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(IDENTITY_MAX_PAGE_SIZE)
  pageSize: number = IDENTITY_DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The opaque `nextPageToken` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pageToken?: string;
}

export class CreateEndUserDto {
  @ApiProperty({ enum: ['INDIVIDUAL', 'BUSINESS'], description: 'End-user type of the catalog.' })
  @IsString()
  @MaxLength(64)
  type!: string;

  @ApiProperty({ maxLength: IDENTITY_TEXT_MAX_LENGTH, example: 'Erika Mustermann' })
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  friendlyName!: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customReference?: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: FIELDS_DESCRIPTION,
    example: { firstName: 'Erika', lastName: 'Mustermann', email: 'erika@example.com' },
  })
  @IsObject()
  fields!: Record<string, unknown>;
}

export class UpdateEndUserDto {
  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH })
  @Given()
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  friendlyName?: string;

  @ApiPropertyOptional({
    maxLength: IDENTITY_TEXT_MAX_LENGTH,
    nullable: true,
    description: 'null clears it.',
  })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customReference?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: `Merged into the current fields; a null value removes the field. ${FIELDS_DESCRIPTION}`,
  })
  @Given()
  @IsObject()
  fields?: Record<string, unknown>;
}

class AddressLines {
  @ApiProperty({ maxLength: IDENTITY_TEXT_MAX_LENGTH, example: 'Erika Mustermann' })
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customerName!: string;

  @ApiProperty({ maxLength: IDENTITY_TEXT_MAX_LENGTH, example: 'Heidestraße 17' })
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  street!: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  streetSecondary?: string | null;

  @ApiProperty({ maxLength: IDENTITY_TEXT_MAX_LENGTH, example: 'Köln' })
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  city!: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  region?: string | null;

  @ApiProperty({
    maxLength: 20,
    example: '51147',
    description: "Must match the country's postal-code format.",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postalCode!: string;

  @ApiProperty({
    description: 'ISO 3166-1 alpha-2 or alpha-3, any case (answers use alpha-3).',
    example: 'DE',
  })
  @IsString()
  @MaxLength(3)
  country!: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customReference?: string | null;
}

export class CreateAddressDto extends AddressLines {
  @ApiPropertyOptional({
    nullable: true,
    example: 'eu_01JGFJJZ000000000000000000',
    description:
      'An end user of this account whose data key protects the address: erasing that end user erases the address too. ' +
      'Without it the address has a data key of its own. Cannot change later.',
  })
  @GivenNotNull()
  @IsString()
  @Matches(END_USER_ID, { message: 'endUserId must be an end-user id (eu_...)' })
  endUserId?: string | null;
}

export class UpdateAddressDto {
  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH })
  @Given()
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customerName?: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH })
  @Given()
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  street?: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  streetSecondary?: string | null;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH })
  @Given()
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  city?: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  region?: string | null;

  @ApiPropertyOptional({
    maxLength: 20,
    description: "Checked against the (new or current) country's format.",
  })
  @Given()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postalCode?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 or alpha-3.' })
  @Given()
  @IsString()
  @MaxLength(3)
  country?: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customReference?: string | null;
}

export class CreateDocumentDto {
  @ApiProperty({ description: 'Document type of the catalog.', example: 'passport' })
  @IsString()
  @MaxLength(64)
  type!: string;

  @ApiProperty({ maxLength: IDENTITY_TEXT_MAX_LENGTH, example: 'Passport of Erika Mustermann' })
  @IsString()
  @MinLength(1)
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  friendlyName!: string;

  @ApiPropertyOptional({ maxLength: IDENTITY_TEXT_MAX_LENGTH, nullable: true })
  @GivenNotNull()
  @IsString()
  @MaxLength(IDENTITY_TEXT_MAX_LENGTH)
  customReference?: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: FIELDS_DESCRIPTION.replace('catalog type', 'document type'),
    example: { firstName: 'Erika', lastName: 'Mustermann', documentNumber: 'C01X00T47' },
  })
  @IsObject()
  fields!: Record<string, unknown>;

  @ApiPropertyOptional({
    nullable: true,
    description: 'An end user of this account whose data key protects the document (see addresses).',
  })
  @GivenNotNull()
  @IsString()
  @Matches(END_USER_ID, { message: 'endUserId must be an end-user id (eu_...)' })
  endUserId?: string | null;
}

export class UpdateDocumentDto extends UpdateEndUserDto {}

// ---- Responses (OpenAPI) ----

class AssetResponseCommon {
  @ApiProperty({ example: 'acc_01JGFJJZ000000000000000000' })
  accountId!: string;

  @ApiProperty({
    enum: ASSET_STATUSES,
    description:
      'Follows the bundles the asset is in: APPROVED in any → APPROVED; under review in any → PENDING_REVIEW; ' +
      'rejected → REJECTED (or EXPIRED when an approval lapsed after a regulation update); otherwise DRAFT.',
  })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why REJECTED or EXPIRED.' })
  failureReason!: string | null;

  @ApiProperty({ description: `True once the data subject was erased. ${ERASED}` })
  erased!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The asset this one was copied from (bundle copies).',
  })
  copiedFrom!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class EndUserResponseDto extends AssetResponseCommon {
  @ApiProperty({ example: 'eu_01JGFJJZ000000000000000000' })
  endUserId!: string;

  @ApiProperty({ enum: ['INDIVIDUAL', 'BUSINESS'] })
  type!: string;

  @ApiProperty({ description: ERASED })
  friendlyName!: string;

  @ApiProperty({ type: String, nullable: true, description: ERASED })
  customReference!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Decrypted for the owning account; `{}` once erased.',
  })
  fields!: Record<string, string>;
}

export class AddressResponseDto extends AssetResponseCommon {
  @ApiProperty({ example: 'adr_01JGFJJZ000000000000000000' })
  addressId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The end user whose data key protects it.' })
  endUserId!: string | null;

  @ApiProperty({ description: ERASED }) customerName!: string;
  @ApiProperty({ description: ERASED }) street!: string;
  @ApiProperty({ type: String, nullable: true, description: ERASED }) streetSecondary!: string | null;
  @ApiProperty({ description: ERASED }) city!: string;
  @ApiProperty({ type: String, nullable: true, description: ERASED }) region!: string | null;
  @ApiProperty({ description: ERASED }) postalCode!: string;
  @ApiProperty({ description: `ISO 3166-1 alpha-3. ${ERASED}` }) country!: string;
  @ApiProperty({ type: String, nullable: true, description: ERASED }) customReference!: string | null;
}

export class DocumentResponseDto extends AssetResponseCommon {
  @ApiProperty({ example: 'doc_01JGFJJZ000000000000000000' })
  documentId!: string;

  @ApiProperty({ type: String, nullable: true }) endUserId!: string | null;
  @ApiProperty({ example: 'passport' }) type!: string;
  @ApiProperty({ description: ERASED }) friendlyName!: string;
  @ApiProperty({ type: String, nullable: true, description: ERASED }) customReference!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '`{}` once erased.' })
  fields!: Record<string, string>;

  @ApiProperty({ type: String, nullable: true, description: `As uploaded. ${ERASED}` }) fileName!:
    | string
    | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['application/pdf', 'image/png', 'image/jpeg'],
    description: 'Judged from the bytes, never from the name or the declared Content-Type.',
  })
  mimeType!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Bytes.' }) fileSize!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the file (hex).' }) sha256!:
    | string
    | null;

  @ApiProperty({ description: 'False without a file, or after its deletion following verification.' })
  fileContentExists!: boolean;
}

export class EndUserPageDto {
  @ApiProperty({ type: [EndUserResponseDto] }) data!: EndUserResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class AddressPageDto {
  @ApiProperty({ type: [AddressResponseDto] }) data!: AddressResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class DocumentPageDto {
  @ApiProperty({ type: [DocumentResponseDto] }) data!: DocumentResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}
