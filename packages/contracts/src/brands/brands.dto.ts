import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ALT_BUSINESS_ID_TYPES,
  BRAND_ENTITY_TYPES,
  BRAND_VERTICALS,
  EVP_IDS,
  IDENTITY_STATUSES,
  REQUESTABLE_EVP_IDS,
  STOCK_EXCHANGES,
  VETTING_CLASSES,
  VETTING_STATUSES,
  type AltBusinessIdType,
  type BrandEntityType,
  type BrandVertical,
  type EvpId,
  type IdentityStatus,
  type RequestableEvpId,
  type StockExchange,
  type VettingClass,
  type VettingStatus,
} from './brands.values';

export const BRAND_DEFAULT_PAGE_SIZE = 20;
export const BRAND_MAX_PAGE_SIZE = 100;

const ALPHA2 = /^[A-Z]{2}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
/** Letters, digits and dashes (a US EIN is `12-3456789`; other countries use other formats). */
const EIN = /^[A-Za-z0-9-]{1,21}$/;
const VETTING_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** No control characters in free text (they break the XML form and every downstream system). */
const PRINTABLE = /^[^\p{Cc}]*$/u;

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** `POST .../10dlc/brands` (JSON, or the `<Brand>` element of the XML form). */
export class CreateBrandDto {
  @ApiProperty({ enum: BRAND_ENTITY_TYPES, example: 'PRIVATE_PROFIT' })
  @IsIn(BRAND_ENTITY_TYPES, { message: `entityType must be ${oneOf(BRAND_ENTITY_TYPES)}` })
  entityType!: BrandEntityType;

  @ApiProperty({ maxLength: 255, example: 'Bandwidth Inc.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @Matches(PRINTABLE, { message: 'companyName must not contain control characters' })
  companyName!: string;

  @ApiProperty({ maxLength: 255, example: 'Bandwidth' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @Matches(PRINTABLE, { message: 'displayName must not contain control characters' })
  displayName!: string;

  @ApiProperty({ description: 'Tax id: letters, digits and dashes, at most 21.', example: '111111111' })
  @IsString()
  @Matches(EIN, { message: 'ein must be 1 to 21 letters, digits or dashes' })
  ein!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2, upper case.', example: 'US' })
  @IsString()
  @Matches(ALPHA2, { message: 'einIssuingCountry must be an ISO 3166-1 alpha-2 code in upper case' })
  einIssuingCountry!: string;

  @ApiProperty({ description: 'E.164.', example: '+18009999999' })
  @IsString()
  @Matches(E164, { message: 'phone must be an E.164 number such as +18009999999' })
  phone!: string;

  @ApiProperty({ maxLength: 100, example: 'support@bandwidth.com' })
  @IsString()
  @MaxLength(100)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ maxLength: 100, example: '1200 Test Road' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(PRINTABLE, { message: 'street must not contain control characters' })
  street!: string;

  @ApiProperty({ maxLength: 100, example: 'Raleigh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(PRINTABLE, { message: 'city must not contain control characters' })
  city!: string;

  @ApiProperty({ maxLength: 20, example: 'NC' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @Matches(PRINTABLE, { message: 'state must not contain control characters' })
  state!: string;

  @ApiProperty({ maxLength: 10, example: '27606' })
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{2,10}$/, {
    message: 'postalCode must be 2 to 10 letters, digits, spaces or dashes',
  })
  postalCode!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2, upper case.', example: 'US' })
  @IsString()
  @Matches(ALPHA2, { message: 'country must be an ISO 3166-1 alpha-2 code in upper case' })
  country!: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'https://www.bandwidth.com' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  website?: string;

  @ApiProperty({ enum: BRAND_VERTICALS, example: 'COMMUNICATION' })
  @IsIn(BRAND_VERTICALS, { message: `vertical must be ${oneOf(BRAND_VERTICALS)}` })
  vertical!: BrandVertical;

  @ApiPropertyOptional({ maxLength: 10, description: 'Required for PUBLIC_PROFIT.', example: 'BAND' })
  @ValidateIf(
    (brand: CreateBrandDto) => brand.entityType === 'PUBLIC_PROFIT' || brand.stockSymbol !== undefined,
  )
  @IsString({ message: 'stockSymbol is required for PUBLIC_PROFIT brands and must be text' })
  @Matches(/^[A-Za-z0-9.-]{1,10}$/, {
    message: 'stockSymbol must be 1 to 10 letters, digits, dots or dashes',
  })
  stockSymbol?: string;

  @ApiPropertyOptional({
    enum: STOCK_EXCHANGES,
    description: 'Required for PUBLIC_PROFIT.',
    example: 'NASDAQ',
  })
  @ValidateIf(
    (brand: CreateBrandDto) => brand.entityType === 'PUBLIC_PROFIT' || brand.stockExchange !== undefined,
  )
  @IsIn(STOCK_EXCHANGES, {
    message: `stockExchange is required for PUBLIC_PROFIT brands and must be ${oneOf(STOCK_EXCHANGES)}`,
  })
  stockExchange?: StockExchange;

  @ApiPropertyOptional({ maxLength: 50, example: '111111111' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,50}$/, { message: 'altBusinessId must be 1 to 50 letters, digits or dashes' })
  altBusinessId?: string;

  @ApiPropertyOptional({ enum: ALT_BUSINESS_ID_TYPES, description: 'Required with altBusinessId.' })
  @ValidateIf(
    (brand: CreateBrandDto) => brand.altBusinessId !== undefined || brand.altBusinessIdType !== undefined,
  )
  @IsIn(ALT_BUSINESS_ID_TYPES, {
    message: `altBusinessIdType is required with altBusinessId and must be ${oneOf(ALT_BUSINESS_ID_TYPES)}`,
  })
  altBusinessIdType?: AltBusinessIdType;
}

/** `POST .../brands/{brandId}/vetting` (JSON, or `<BrandVetting>` in XML). */
export class RequestVettingDto {
  @ApiProperty({ enum: REQUESTABLE_EVP_IDS, description: "'CV' cannot be requested, only imported." })
  @IsIn(REQUESTABLE_EVP_IDS, {
    message: `evpId must be ${oneOf(REQUESTABLE_EVP_IDS)} (CV records can only be imported)`,
  })
  evpId!: RequestableEvpId;

  @ApiProperty({ enum: VETTING_CLASSES })
  @IsIn(VETTING_CLASSES, { message: `vettingClass must be ${oneOf(VETTING_CLASSES)}` })
  vettingClass!: VettingClass;
}

/** `PUT .../brands/{brandId}/vetting`: import a record the provider already holds. */
export class ImportVettingDto {
  @ApiProperty({ enum: EVP_IDS })
  @IsIn(EVP_IDS, { message: `evpId must be ${oneOf(EVP_IDS)}` })
  evpId!: EvpId;

  @ApiProperty({
    description: "The provider's id of the record.",
    example: '531D1FD09D68401EA0E4624B8B7D4A14',
  })
  @IsString()
  @Matches(VETTING_ID, { message: 'vettingId must be 1 to 64 letters, digits, dashes or underscores' })
  vettingId!: string;

  @ApiPropertyOptional({ description: 'Required for AEGIS: the token AEGIS gave with the record.' })
  @ValidateIf((body: ImportVettingDto) => body.evpId === 'AEGIS' || body.vettingToken !== undefined)
  @IsString({ message: 'vettingToken is required for AEGIS records and must be text' })
  @IsNotEmpty({ message: 'vettingToken is required for AEGIS records' })
  @MaxLength(256)
  @Matches(/^[\x21-\x7e]+$/, { message: 'vettingToken must be visible ASCII characters' })
  vettingToken?: string;
}

/** `GET .../10dlc/brands?pageSize=&pageToken=`. */
export class ListBrandsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: BRAND_MAX_PAGE_SIZE, default: BRAND_DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BRAND_MAX_PAGE_SIZE)
  pageSize: number = BRAND_DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The `nextPageToken` of the previous page.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'pageToken is not a token this API gave out' })
  pageToken?: string;
}

// ---- Responses (OpenAPI only) ----

export class BrandResponseDto {
  @ApiProperty({ example: 'brd_01JGFJJZ000000000000000000' }) brandId!: string;
  @ApiProperty({ example: 'acc_01JGFJJZ000000000000000000' }) accountId!: string;
  @ApiProperty({
    enum: IDENTITY_STATUSES,
    description: 'What the registry (TCR) says about the identity; only UNVERIFIED brands can be re-vetted.',
  })
  identityStatus!: IdentityStatus;
  @ApiProperty({ enum: BRAND_ENTITY_TYPES }) entityType!: BrandEntityType;
  @ApiProperty() companyName!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() ein!: string;
  @ApiProperty() einIssuingCountry!: string;
  @ApiProperty() phone!: string;
  @ApiProperty() email!: string;
  @ApiProperty() street!: string;
  @ApiProperty() city!: string;
  @ApiProperty() state!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ enum: BRAND_VERTICALS }) vertical!: BrandVertical;
  @ApiProperty({ type: String, nullable: true }) stockSymbol!: string | null;
  @ApiProperty({ enum: STOCK_EXCHANGES, nullable: true }) stockExchange!: StockExchange | null;
  @ApiProperty({ type: String, nullable: true }) altBusinessId!: string | null;
  @ApiProperty({ enum: ALT_BUSINESS_ID_TYPES, nullable: true }) altBusinessIdType!: AltBusinessIdType | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class BrandPageDto {
  @ApiProperty({ type: [BrandResponseDto], description: 'Oldest first.' }) data!: BrandResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextPageToken!: string | null;
}

export class VettingResponseDto {
  @ApiProperty({ description: '`vet_...` for records requested here; the provider id for imported ones.' })
  vettingId!: string;
  @ApiProperty() brandId!: string;
  @ApiProperty({ enum: EVP_IDS }) evpId!: EvpId;
  @ApiProperty({ enum: VETTING_CLASSES }) vettingClass!: VettingClass;
  @ApiProperty({ enum: VETTING_STATUSES }) vettingStatus!: VettingStatus;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 100 }) vettingScore!: number | null;
  @ApiProperty({ format: 'date-time' }) createDate!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) vettedDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) failureReason!: string | null;
}

export class VettingPageDto {
  @ApiProperty({ type: [VettingResponseDto], description: 'Every record of the brand, oldest first.' })
  data!: VettingResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole list is one page.' })
  nextPageToken!: null;
}
