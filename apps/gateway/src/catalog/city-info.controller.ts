import {
  CityInfoQueryDto,
  CityInfoResponseDto,
  type CityInfoReply,
  type CityInfoRequest,
} from '@compliance/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CatalogClient } from './catalog.client';
import { ApiProblems, CountryPathDto } from './catalog-http.dto';

/** Postal codes and cities of a country (what a LOCAL address is checked against). Any valid key. */
@ApiTags('Requirements catalog')
@ApiBearerAuth()
@Controller('v1/addresses')
export class CityInfoController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get(':country/cityInfo')
  @ApiOperation({
    summary: 'Cities and postal codes of a country',
    description:
      'Filtered by a city-name prefix (case and accents ignored) and a postal-code prefix, in postal-code order, ' +
      'paged with `pageSize` (1..100, default 20) and the opaque `pageToken` of the previous page. A country ' +
      'without city data answers an empty list.',
  })
  @ApiParam({ name: 'country', description: 'ISO 3166-1 alpha-2 or alpha-3, any case.', example: 'DE' })
  @ApiOkResponse({ type: CityInfoResponseDto })
  @ApiProblems(400, 401, 503)
  cityInfo(@Param() path: CountryPathDto, @Query() query: CityInfoQueryDto): Promise<CityInfoReply> {
    const request: CityInfoRequest = {
      country: path.country,
      pageSize: query.pageSize,
      ...(query.city !== undefined && { city: query.city }),
      ...(query.postalCode !== undefined && { postalCode: query.postalCode }),
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    };
    return this.catalog.send<CityInfoReply>('cityInfo', request);
  }
}
