import {
  BrandPageDto,
  BrandResponseDto,
  CreateBrandDto,
  ID_PREFIX,
  isId,
  ListBrandsQueryDto,
  newUlid,
  type BrandPage,
  type BrandView,
  type GetBrandRequest,
  type ListBrandsRequest,
  type RegisterBrandRequest,
  type RevetBrandRequest,
} from '@compliance/contracts';
import { Body, Controller, UseGuards, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblem } from '../errors/api-problem';
import { BrandRateLimitGuard } from '../rate-limit/rate-limit.guard';
import { BRANDS_PATH } from './brand-routes';
import { ApiBrandProblems, ApiJsonOrXml } from './brands-http.dto';
import { BrandsClient } from './brands.client';

export function checkAccountId(accountId: string): void {
  if (!isId(ID_PREFIX.account, accountId)) {
    throw new ApiProblem(404, 'NOT_FOUND', `account ${accountId.slice(0, 64)} not found`);
  }
}

export function checkBrandId(brandId: string): void {
  if (!isId(ID_PREFIX.brand, brandId)) {
    throw new ApiProblem(404, 'NOT_FOUND', `brand ${brandId.slice(0, 64)} not found`);
  }
}

/** 10DLC brands of an account: register, list, read, revet. */
@ApiTags('10DLC brands and vetting')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiBrandProblems(401, 403, 429, 503)
@UseGuards(BrandRateLimitGuard)
@Controller(BRANDS_PATH)
export class BrandsController {
  constructor(private readonly brands: BrandsClient) {}

  @Post()
  @ApiOperation({
    summary: 'Register a 10DLC brand',
    description:
      'The registry (TCR) gives the brand its `identityStatus`: UNVERIFIED, VERIFIED, VETTED_VERIFIED or ' +
      'SELF_DECLARED. `stockSymbol` and `stockExchange` are required for PUBLIC_PROFIT, `altBusinessIdType` with ' +
      '`altBusinessId`. In XML the body is a `<Brand>` element whose children are the fields in PascalCase ' +
      '(`<CompanyName>`, `<Ein>`, ...); the answer is `<BrandResponse><Brand>...</Brand></BrandResponse>`.',
  })
  @ApiJsonOrXml(true)
  @ApiCreatedResponse({ type: BrandResponseDto })
  @ApiBrandProblems(400, 404, 415)
  register(@Param('accountId') accountId: string, @Body() body: CreateBrandDto): Promise<BrandView> {
    checkAccountId(accountId);
    const request: RegisterBrandRequest = { commandId: newUlid(), accountId, brand: { ...body } };
    return this.brands.send<BrandView>('registerBrand', request);
  }

  @Get()
  @ApiOperation({
    summary: 'List the brands of the account',
    description:
      'Oldest first, paged. XML: `<BrandsResponse><Brands><Brand>...</Brand></Brands></BrandsResponse>`.',
  })
  @ApiJsonOrXml(false)
  @ApiOkResponse({ type: BrandPageDto })
  @ApiBrandProblems(400, 404)
  list(@Param('accountId') accountId: string, @Query() query: ListBrandsQueryDto): Promise<BrandPage> {
    checkAccountId(accountId);
    const request: ListBrandsRequest = {
      accountId,
      pageSize: query.pageSize,
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    };
    return this.brands.send<BrandPage>('listBrands', request);
  }

  @Get(':brandId')
  @ApiOperation({ summary: 'Get a brand' })
  @ApiParam({ name: 'brandId', example: 'brd_01JGFJJZ000000000000000000' })
  @ApiJsonOrXml(false)
  @ApiOkResponse({ type: BrandResponseDto })
  @ApiBrandProblems(404)
  get(@Param('accountId') accountId: string, @Param('brandId') brandId: string): Promise<BrandView> {
    checkAccountId(accountId);
    checkBrandId(brandId);
    const request: GetBrandRequest = { accountId, brandId };
    return this.brands.send<BrandView>('getBrand', request, brandId);
  }

  @Put(':brandId/revet')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Re-vet a brand with the registry',
    description:
      'Only a brand whose `identityStatus` is UNVERIFIED; any other gets 400 with `errorCode` 12210. Takes no body. ' +
      'The registry answers the new identity status. XML: `<BrandRevetResponse><Brand>...</Brand></BrandRevetResponse>`.',
  })
  @ApiParam({ name: 'brandId', example: 'brd_01JGFJJZ000000000000000000' })
  @ApiJsonOrXml(false)
  @ApiOkResponse({ type: BrandResponseDto })
  @ApiBrandProblems(400, 404)
  revet(@Param('accountId') accountId: string, @Param('brandId') brandId: string): Promise<BrandView> {
    checkAccountId(accountId);
    checkBrandId(brandId);
    const request: RevetBrandRequest = { commandId: newUlid(), accountId, brandId };
    return this.brands.send<BrandView>('revetBrand', request, brandId);
  }
}
