import {
  ImportVettingDto,
  newUlid,
  RequestVettingDto,
  VettingPageDto,
  VettingResponseDto,
  type ImportVettingRequest,
  type ListVettingsRequest,
  type RequestVettingRequest,
  type VettingList,
  type VettingView,
} from '@compliance/contracts';
import { Body, Controller, UseGuards, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { BrandRateLimitGuard } from '../rate-limit/rate-limit.guard';
import { BRANDS_PATH } from './brand-routes';
import { ApiBrandProblems, ApiJsonOrXml } from './brands-http.dto';
import { BrandsClient } from './brands.client';
import { checkAccountId, checkBrandId } from './brands.controller';

/** External vetting of a brand: request, import and fetch the records. */
@ApiTags('10DLC brands and vetting')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiParam({ name: 'brandId', example: 'brd_01JGFJJZ000000000000000000' })
@ApiBrandProblems(401, 403, 404, 429, 503)
@UseGuards(BrandRateLimitGuard)
@Controller(`${BRANDS_PATH}/:brandId/vetting`)
export class BrandVettingController {
  constructor(private readonly brands: BrandsClient) {}

  @Post()
  @ApiOperation({
    summary: 'Request external vetting',
    description:
      'AEGIS or WMC (CV cannot be requested), STANDARD or POLITICAL. The record starts PENDING and later turns ACTIVE ' +
      'with a `vettingScore` and `vettedDate`, or FAILED with a `failureReason`. The same request again while the ' +
      'brand information is unchanged gets 400 with `errorCode` 12185 and the inner error 525. XML body: ' +
      '`<BrandVetting><EvpId>WMC</EvpId><VettingClass>STANDARD</VettingClass></BrandVetting>`.',
  })
  @ApiJsonOrXml(true)
  @ApiCreatedResponse({ type: VettingResponseDto })
  @ApiBrandProblems(400, 415)
  request(
    @Param('accountId') accountId: string,
    @Param('brandId') brandId: string,
    @Body() body: RequestVettingDto,
  ): Promise<VettingView> {
    checkAccountId(accountId);
    checkBrandId(brandId);
    const request: RequestVettingRequest = {
      commandId: newUlid(),
      accountId,
      brandId,
      evpId: body.evpId,
      vettingClass: body.vettingClass,
    };
    return this.brands.send<VettingView>('requestVetting', request, brandId);
  }

  @Put()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import an external vetting record',
    description:
      'AEGIS, WMC or CV; `vettingToken` is required for AEGIS. A record the provider does not hold is refused (400 ' +
      'naming `vettingId`). Importing the same record again answers it unchanged.',
  })
  @ApiJsonOrXml(true)
  @ApiOkResponse({ type: VettingResponseDto })
  @ApiBrandProblems(400, 415)
  import(
    @Param('accountId') accountId: string,
    @Param('brandId') brandId: string,
    @Body() body: ImportVettingDto,
  ): Promise<VettingView> {
    checkAccountId(accountId);
    checkBrandId(brandId);
    const request: ImportVettingRequest = {
      accountId,
      brandId,
      evpId: body.evpId,
      vettingId: body.vettingId,
      ...(body.vettingToken !== undefined && { vettingToken: body.vettingToken }),
    };
    return this.brands.send<VettingView>('importVetting', request, brandId);
  }

  @Get()
  @ApiOperation({
    summary: 'Fetch every vetting record of the brand',
    description: 'Oldest first. XML: `<BrandVettingsResponse><BrandVettings><BrandVetting>...`.',
  })
  @ApiJsonOrXml(false)
  @ApiOkResponse({ type: VettingPageDto })
  async list(
    @Param('accountId') accountId: string,
    @Param('brandId') brandId: string,
  ): Promise<{ data: VettingView[]; nextPageToken: null }> {
    checkAccountId(accountId);
    checkBrandId(brandId);
    const request: ListVettingsRequest = { accountId, brandId };
    const reply = await this.brands.send<VettingList>('listVettings', request, brandId);
    return { data: reply.data, nextPageToken: null };
  }
}
