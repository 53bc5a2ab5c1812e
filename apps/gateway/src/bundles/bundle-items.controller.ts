import {
  AssignItemDto,
  BundleItemPageDto,
  BundleItemResponseDto,
  ID_PREFIX,
  newId,
  PageQueryDto,
  type AssignItemRequest,
  type BundleItemView,
  type PageView,
} from '@compliance/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { BundlesClient } from './bundles.client';
import { page } from './bundles.controller';
import { BundleProblems } from './bundles-http';

@ApiTags('Bundles')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@BundleProblems(401, 403, 404, 503)
@Controller('v1/accounts/:accountId/compliance/bundles/:bundleId/items')
export class BundleItemsController {
  constructor(private readonly bundles: BundlesClient) {}

  @Post()
  @ApiOperation({
    summary: 'Assign an asset to a bundle',
    description:
      'Only while the bundle is DRAFT or REJECTED (else 409 BUNDLE_NOT_EDITABLE). The asset must exist in the same ' +
      'account (else 404). At most one END_USER item; an asset once per bundle (400).',
  })
  @ApiCreatedResponse({ type: BundleItemResponseDto })
  @BundleProblems(400, 409)
  assign(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Body() body: AssignItemDto,
  ): Promise<BundleItemView> {
    const request: AssignItemRequest = {
      accountId,
      bundleId,
      itemId: newId(ID_PREFIX.item),
      assetType: body.assetType,
      assetId: body.assetId,
    };
    return this.bundles.send<BundleItemView>('assignItem', request, bundleId);
  }

  @Get()
  @ApiOperation({ summary: "List a bundle's items", description: 'In the order they were assigned.' })
  @ApiOkResponse({ type: BundleItemPageDto })
  @BundleProblems(400)
  list(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: PageQueryDto,
  ): Promise<PageView<BundleItemView>> {
    return this.bundles.send<PageView<BundleItemView>>(
      'listItems',
      { accountId, bundleId, ...page(query) },
      bundleId,
    );
  }

  @Delete(':itemId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an item', description: 'Only while the bundle is DRAFT or REJECTED.' })
  @ApiNoContentResponse()
  @BundleProblems(409)
  async remove(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Param('itemId') itemId: string,
  ): Promise<void> {
    await this.bundles.send('removeItem', { accountId, bundleId, itemId }, bundleId);
  }
}
