import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const NUMBER_TYPES = ['LOCAL', 'NATIONAL', 'MOBILE', 'TOLL_FREE'];
const END_USER_TYPES = ['INDIVIDUAL', 'BUSINESS'];
const FIELD_TYPES = ['STRING', 'DATE', 'EMAIL', 'PHONE', 'ENUM', 'COUNTRY'];
const LOCATIONS = ['LOCAL', 'NATIONAL', 'WORLDWIDE'];
const PURPOSES = ['IDENTITY', 'ADDRESS', 'BUSINESS_REGISTRATION', 'AUTHORIZATION'];

export const CATALOG_FILTER_MAX_LENGTH = 64;
export const CITY_INFO_DEFAULT_PAGE_SIZE = 20;
export const CITY_INFO_MAX_PAGE_SIZE = 100;

// ---- Requests (validated at the gateway; the service normalises and checks the values) ----

/** `GET .../compliance/requirements?country=&numberType=&endUserType=`: every filter optional, raw. */
export class FindRequirementsQueryDto {
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 or alpha-3, any case.', example: 'DE' })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  country?: string;

  @ApiPropertyOptional({ description: `${NUMBER_TYPES.join(', ')} (GEOGRAPHIC means LOCAL), any case.` })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  numberType?: string;

  @ApiPropertyOptional({ description: `${END_USER_TYPES.join(', ')}, any case.` })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  endUserType?: string;
}

/** `GET .../regulations/{regulationId}?version=N`. */
export class GetRegulationQueryDto {
  @ApiPropertyOptional({ description: 'A positive integer; absent means the latest version.', example: '1' })
  @IsOptional()
  @IsString()
  @Matches(/^[1-9]\d{0,8}$/, { message: 'version must be a positive integer' })
  version?: string;
}

/** `GET /v1/addresses/{country}/cityInfo?city=&postalCode=&pageSize=&pageToken=`. */
export class CityInfoQueryDto {
  @ApiPropertyOptional({ description: 'A prefix of the city name; case and accents are ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  city?: string;

  @ApiPropertyOptional({ description: 'A prefix of the postal code; spaces and dashes are ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  postalCode?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: CITY_INFO_MAX_PAGE_SIZE,
    default: CITY_INFO_DEFAULT_PAGE_SIZE,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CITY_INFO_MAX_PAGE_SIZE)
  pageSize: number = CITY_INFO_DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The `nextPageToken` of the previous page.', maxLength: 512 })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  pageToken?: string;
}

/** `POST /v1/admin/regulations` (ADMIN). The requirement spec is checked deeply by the service. */
export class PublishRegulationDto {
  @ApiPropertyOptional({
    description: 'Absent: the regulation of (country, numberType, endUserType).',
    example: 'reg_01JD6ZQ2W7V0K6X9T3N4R5S8Y1',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  regulationId?: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 or alpha-3, any case.', example: 'DEU' })
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  country!: string;

  @ApiProperty({ description: `${NUMBER_TYPES.join(', ')} (GEOGRAPHIC means LOCAL).` })
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  numberType!: string;

  @ApiProperty({ enum: END_USER_TYPES })
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  endUserType!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  friendlyName?: string;

  @ApiProperty({
    description:
      'The requirement spec: { endUser: { type, fields }, address: { required, location }, supportingDocuments }.',
    type: Object,
  })
  @IsObject()
  requirement!: Record<string, unknown>;

  @ApiProperty({
    description: 'Bundles approved on an older version stay valid this many days.',
    minimum: 0,
    maximum: 365,
  })
  @IsInt()
  @Min(0)
  @Max(365)
  gracePeriodDays!: number;
}

// ---- Responses (OpenAPI) ----

export class CatalogFieldDto {
  @ApiProperty({ example: 'first_name' })
  name!: string;

  @ApiProperty({ example: 'First name' })
  friendlyName!: string;

  @ApiProperty({ enum: FIELD_TYPES })
  type!: string;

  @ApiProperty()
  required!: boolean;

  @ApiPropertyOptional()
  maxLength?: number;

  @ApiPropertyOptional({ description: 'An ECMAScript regular expression the whole value must match.' })
  pattern?: string;

  @ApiPropertyOptional({ type: [String], description: 'ENUM only: the allowed values.' })
  values?: string[];
}

export class EndUserRequirementDto {
  @ApiProperty({ enum: END_USER_TYPES })
  type!: string;

  @ApiProperty({ type: [CatalogFieldDto] })
  fields!: CatalogFieldDto[];
}

export class AddressRequirementDto {
  @ApiProperty()
  required!: boolean;

  @ApiProperty({ enum: LOCATIONS })
  location!: string;
}

export class SupportingDocumentRequirementDto {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  friendlyName!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: PURPOSES })
  purpose!: string;

  @ApiProperty({ type: [String] })
  acceptedDocumentTypes!: string[];
}

export class RequirementDto {
  @ApiProperty({ type: EndUserRequirementDto })
  endUser!: EndUserRequirementDto;

  @ApiProperty({ type: AddressRequirementDto })
  address!: AddressRequirementDto;

  @ApiProperty({ type: [SupportingDocumentRequirementDto] })
  supportingDocuments!: SupportingDocumentRequirementDto[];
}

export class RegulationResponseDto {
  @ApiProperty({ example: 'reg_01JGFJJZ000000000000000000' })
  regulationId!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ description: 'ISO 3166-1 alpha-3.', example: 'DEU' })
  country!: string;

  @ApiProperty({ enum: NUMBER_TYPES })
  numberType!: string;

  @ApiProperty({ enum: END_USER_TYPES })
  endUserType!: string;

  @ApiProperty({ example: 'Germany: local numbers for businesses' })
  friendlyName!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: RequirementDto })
  requirement!: RequirementDto;
}

export class RegulationListResponseDto {
  @ApiProperty({ type: [RegulationResponseDto] })
  data!: RegulationResponseDto[];
}

export class EndUserTypeResponseDto {
  @ApiProperty({ enum: END_USER_TYPES })
  type!: string;

  @ApiProperty()
  friendlyName!: string;

  @ApiProperty({ type: [CatalogFieldDto] })
  fields!: CatalogFieldDto[];
}

export class EndUserTypeListResponseDto {
  @ApiProperty({ type: [EndUserTypeResponseDto] })
  data!: EndUserTypeResponseDto[];
}

export class DocumentTypeResponseDto {
  @ApiProperty({ example: 'passport' })
  type!: string;

  @ApiProperty()
  friendlyName!: string;

  @ApiProperty({ type: [CatalogFieldDto] })
  fields!: CatalogFieldDto[];

  @ApiProperty({ description: 'Whether a file must be attached.' })
  proofRequired!: boolean;

  @ApiProperty({ type: [String], example: ['application/pdf', 'image/png', 'image/jpeg'] })
  acceptedMimeTypes!: string[];

  @ApiProperty()
  deleteFileAfterVerification!: boolean;
}

export class DocumentTypeListResponseDto {
  @ApiProperty({ type: [DocumentTypeResponseDto] })
  data!: DocumentTypeResponseDto[];
}

export class CityPostalCodeDto {
  @ApiProperty({ example: 'Paris' })
  city!: string;

  @ApiProperty({ example: '75001' })
  postalCode!: string;
}

export class CityInfoResponseDto {
  @ApiProperty({ type: [CityPostalCodeDto] })
  data!: CityPostalCodeDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `pageToken` for the next page.' })
  nextPageToken!: string | null;
}
