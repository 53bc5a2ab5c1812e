import {
  CATALOG_FILTER_MAX_LENGTH,
  DocumentTypeResponseDto,
  EndUserTypeResponseDto,
  RegulationResponseDto,
} from '@compliance/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/**
 * HTTP-only shapes of the catalog endpoints. The service replies `{ data }` for lists that are not paged; the public
 * API answers every list as `{ data, nextPageToken }` (API.md), so the gateway adds `nextPageToken: null`.
 */
export class RegulationPageDto {
  @ApiProperty({
    type: [RegulationResponseDto],
    description: 'The latest version of each matching regulation.',
  })
  data!: RegulationResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole list is one page.' })
  nextPageToken!: null;
}

export class EndUserTypePageDto {
  @ApiProperty({ type: [EndUserTypeResponseDto] })
  data!: EndUserTypeResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole list is one page.' })
  nextPageToken!: null;
}

export class DocumentTypePageDto {
  @ApiProperty({ type: [DocumentTypeResponseDto] })
  data!: DocumentTypeResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole list is one page.' })
  nextPageToken!: null;
}

/** `/v1/addresses/{country}/...`: the service normalises and checks the code; this only bounds its size. */
export class CountryPathDto {
  @IsString()
  @MaxLength(CATALOG_FILTER_MAX_LENGTH)
  country!: string;
}

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED: every bad parameter or field is listed in `errors`.',
  401: 'UNAUTHENTICATED: no key, an unknown or a revoked key.',
  403: "FORBIDDEN: a customer key on another account's path, or a role that may not call this.",
  404: 'NOT_FOUND',
  503: 'DEPENDENCY_UNAVAILABLE: the catalog service did not answer; retry after `Retry-After` seconds.',
};

/** Documents RFC 9457 answers of an endpoint (the `Problem` schema of the OpenAPI document). */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
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
