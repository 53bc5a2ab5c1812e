import {
  BundlePageDto,
  BundleResponseDto,
  CreateBundleDto,
  CreateCopyDto,
  ID_PREFIX,
  ListBundlesQueryDto,
  newId,
  PageQueryDto,
  ReplaceItemsDto,
  UpdateBundleDto,
  type BundleView,
  type CreateBundleRequest,
  type CreateCopyRequest,
  type ListBundlesRequest,
  type ListForBundleRequest,
  type PageView,
  type ReplaceItemsRequest,
  type UpdateBundleRequest,
} from '@compliance/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { BundleProblems } from './bundles-http';

export function page(query: PageQueryDto): { pageSize: number; pageToken?: string } {
  return { pageSize: query.pageSize, ...(query.pageToken !== undefined && { pageToken: query.pageToken }) };
}

/**
 * Bundles of an account (API.md "Bundles"). The guard lets a customer key reach only its own account; staff keys may
 * act under any account id. The service checks the account on every read and write: another account's bundle is 404.
 */
@ApiTags('Bundles')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@BundleProblems(401, 403, 503)
@Controller('v1/accounts/:accountId/compliance/bundles')
export class BundlesController {
  constructor(private readonly bundles: BundlesClient) {}

  @Post()
  @ApiOperation({
    summary: 'Create a bundle',
    description:
      'A DRAFT on the latest version of a regulation, named by `regulationId` or by `country`, `numberType` and ' +
      '`endUserType` (the same spellings as the requirements endpoint). Then assign an end user, an address and ' +
      'documents as items, evaluate, and submit with PATCH `status: PENDING_REVIEW`.',
  })
  @ApiCreatedResponse({ type: BundleResponseDto })
  @BundleProblems(400, 404)
  create(@Param('accountId') accountId: string, @Body() body: CreateBundleDto): Promise<BundleView> {
    const request: CreateBundleRequest = {
      bundleId: newId(ID_PREFIX.bundle),
      accountId,
      friendlyName: body.friendlyName,
      email: body.email,
      ...(body.regulationId !== undefined && { regulationId: body.regulationId }),
      ...(body.country !== undefined && { country: body.country }),
      ...(body.numberType !== undefined && { numberType: body.numberType }),
      ...(body.endUserType !== undefined && { endUserType: body.endUserType }),
      ...(body.statusCallback !== undefined && { statusCallback: body.statusCallback }),
      ...(body.customReference !== undefined && { customReference: body.customReference }),
    };
    return this.bundles.send<BundleView>('createBundle', request, request.bundleId);
  }

  @Get()
  @ApiOperation({
    summary: 'List bundles',
    description:
      'Filters `status`, `country`, `numberType`, `endUserType`, `hasValidUntil`, `validUntilBefore`; sorted by ' +
      '`sortBy` (createdAt, default, or validUntil: bundles without one come last in ASC) and `sortDirection` ' +
      '(DESC by default); paged with `pageSize` (1..100) and the opaque `pageToken`.',
  })
  @ApiOkResponse({ type: BundlePageDto })
  @BundleProblems(400)
  list(
    @Param('accountId') accountId: string,
    @Query() query: ListBundlesQueryDto,
  ): Promise<PageView<BundleView>> {
    const request: ListBundlesRequest = {
      accountId,
      ...page(query),
      sortBy: query.sortBy,
      sortDirection: query.sortDirection,
      ...(query.status !== undefined && { status: query.status }),
      ...(query.country !== undefined && { country: query.country }),
      ...(query.numberType !== undefined && { numberType: query.numberType }),
      ...(query.endUserType !== undefined && { endUserType: query.endUserType }),
      ...(query.hasValidUntil !== undefined && { hasValidUntil: query.hasValidUntil }),
      ...(query.validUntilBefore !== undefined && { validUntilBefore: query.validUntilBefore }),
    };
    return this.bundles.send<PageView<BundleView>>('listBundles', request);
  }

  @Get(':bundleId')
  @ApiOperation({ summary: 'Get a bundle' })
  @ApiOkResponse({ type: BundleResponseDto })
  @BundleProblems(404)
  get(@Param('accountId') accountId: string, @Param('bundleId') bundleId: string): Promise<BundleView> {
    return this.bundles.send<BundleView>('getBundle', { accountId, bundleId }, bundleId);
  }

  @Patch(':bundleId')
  @ApiOperation({
    summary: 'Update or submit a bundle',
    description:
      'Metadata (`friendlyName`, `customReference`, `email`, `statusCallback`) may change in any status. ' +
      '`status: PENDING_REVIEW` submits: only from DRAFT or REJECTED (else 409 INVALID_STATUS_TRANSITION), only with ' +
      '`acknowledgements: { allDetailsAccurate: true }` (else 422 ACKNOWLEDGEMENT_REQUIRED), and only when a fresh ' +
      'evaluation on the latest regulation version is COMPLIANT (else 422 EVALUATION_FAILED with `evaluation`). A ' +
      'refused PATCH changes nothing.',
  })
  @ApiOkResponse({ type: BundleResponseDto })
  @BundleProblems(400, 404, 409, 422)
  update(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Body() body: UpdateBundleDto,
  ): Promise<BundleView> {
    const request: UpdateBundleRequest = {
      accountId,
      bundleId,
      evaluationId: newId(ID_PREFIX.evaluation),
      ...(body.friendlyName !== undefined && { friendlyName: body.friendlyName }),
      ...(body.customReference !== undefined && { customReference: body.customReference }),
      ...(body.email !== undefined && { email: body.email }),
      ...(body.statusCallback !== undefined && { statusCallback: body.statusCallback }),
      ...(body.status !== undefined && { status: body.status }),
      ...(body.acknowledgements !== undefined && { acknowledgements: { ...body.acknowledgements } }),
    };
    return this.bundles.send<BundleView>('updateBundle', request, bundleId);
  }

  @Delete(':bundleId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a bundle',
    description:
      'DRAFT and REJECTED bundles (and a copy emptied by replaceItems) only; never one with phone numbers, nor an ' +
      'approved one within 2 years after its last number left (409 RETENTION_HOLD).',
  })
  @ApiNoContentResponse()
  @BundleProblems(404, 409)
  async remove(@Param('accountId') accountId: string, @Param('bundleId') bundleId: string): Promise<void> {
    await this.bundles.send('deleteBundle', { accountId, bundleId }, bundleId);
  }

  @Post(':bundleId/copies')
  @ApiOperation({
    summary: 'Copy a bundle',
    description:
      'A DRAFT with `copiedFrom`, holding new copies of every asset of the original: edit and submit the copy while ' +
      'the original stays as it is, then move its items over with replaceItems.',
  })
  @ApiCreatedResponse({ type: BundleResponseDto })
  @BundleProblems(400, 404)
  copy(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Body() body: CreateCopyDto,
  ): Promise<BundleView> {
    const request: CreateCopyRequest = {
      accountId,
      bundleId,
      copyBundleId: newId(ID_PREFIX.bundle),
      ...(body.friendlyName !== undefined && { friendlyName: body.friendlyName }),
    };
    return this.bundles.send<BundleView>('createCopy', request, bundleId);
  }

  @Get(':bundleId/copies')
  @ApiOperation({ summary: 'List the copies of a bundle', description: 'Oldest first.' })
  @ApiOkResponse({ type: BundlePageDto })
  @BundleProblems(400, 404)
  copies(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: PageQueryDto,
  ): Promise<PageView<BundleView>> {
    const request: ListForBundleRequest = { accountId, bundleId, ...page(query) };
    return this.bundles.send<PageView<BundleView>>('listCopies', request, bundleId);
  }

  @Post(':bundleId/replaceItems')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take the items of an approved copy',
    description:
      '`fromBundleId` must be an APPROVED copy of this APPROVED bundle. This bundle takes its items and regulation ' +
      'version, its `validUntil` is cleared and its phone numbers stay; the copy is left empty and can be deleted.',
  })
  @ApiOkResponse({ type: BundleResponseDto })
  @BundleProblems(400, 404, 409)
  replaceItems(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Body() body: ReplaceItemsDto,
  ): Promise<BundleView> {
    const request: ReplaceItemsRequest = { accountId, bundleId, fromBundleId: body.fromBundleId };
    return this.bundles.send<BundleView>('replaceItems', request, bundleId);
  }
}
