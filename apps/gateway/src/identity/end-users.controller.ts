import {
  CreateEndUserDto,
  EndUserPageDto,
  EndUserResponseDto,
  ID_PREFIX,
  ListAssetsQueryDto,
  newId,
  UpdateEndUserDto,
  type AssetPage,
  type CreateEndUserRequest,
  type EndUserView,
  type UpdateEndUserRequest,
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
import { ApiProblems } from '../catalog/catalog-http.dto';
import { checkAccountId, checkId } from './identity-ids';
import { IdentityClient } from './identity.client';

const ENCRYPTION =
  'Personal data (friendly name, reference, fields) is encrypted at rest with a data key of this end user ' +
  '(AES-256-GCM); after an ADMIN erasure every value reads as `[ERASED]`.';

@ApiTags('Identity assets: end users')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiProblems(401, 403, 503)
@Controller('v1/accounts/:accountId/compliance/endUsers')
export class EndUsersController {
  constructor(private readonly identity: IdentityClient) {}

  @Post()
  @ApiOperation({
    summary: 'Create an end user',
    description: `Fields are checked against the end-user type of the catalog; each bad one is listed. ${ENCRYPTION}`,
  })
  @ApiCreatedResponse({ type: EndUserResponseDto })
  @ApiProblems(400, 404)
  create(@Param('accountId') accountId: string, @Body() body: CreateEndUserDto): Promise<EndUserView> {
    checkAccountId(accountId);
    const request: CreateEndUserRequest = {
      accountId,
      endUserId: newId(ID_PREFIX.endUser),
      type: body.type,
      friendlyName: body.friendlyName,
      customReference: body.customReference ?? null,
      fields: body.fields,
    };
    return this.identity.send<EndUserView>('createEndUser', request, request.endUserId);
  }

  @Get()
  @ApiOperation({
    summary: 'List end users',
    description: 'Oldest first, paged with `pageSize` and `pageToken`.',
  })
  @ApiOkResponse({ type: EndUserPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('accountId') accountId: string,
    @Query() query: ListAssetsQueryDto,
  ): Promise<AssetPage<EndUserView>> {
    checkAccountId(accountId);
    return this.identity.send('listEndUsers', {
      accountId,
      pageSize: query.pageSize,
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    });
  }

  @Get(':endUserId')
  @ApiOperation({ summary: 'Get an end user' })
  @ApiOkResponse({ type: EndUserResponseDto })
  @ApiProblems(404)
  get(@Param('accountId') accountId: string, @Param('endUserId') endUserId: string): Promise<EndUserView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.endUser, endUserId, 'end user');
    return this.identity.send('getEndUser', { accountId, assetId: endUserId }, endUserId);
  }

  @Patch(':endUserId')
  @ApiOperation({
    summary: 'Update an end user',
    description:
      'Given fields are merged into the current ones (null removes one) and checked against the type. 409 ' +
      '`ASSET_LOCKED` while a bundle holding it is PENDING_REVIEW, IN_REVIEW or APPROVED: change it through a bundle copy.',
  })
  @ApiOkResponse({ type: EndUserResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('accountId') accountId: string,
    @Param('endUserId') endUserId: string,
    @Body() body: UpdateEndUserDto,
  ): Promise<EndUserView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.endUser, endUserId, 'end user');
    const request: UpdateEndUserRequest = {
      accountId,
      endUserId,
      ...(body.friendlyName !== undefined && { friendlyName: body.friendlyName }),
      ...(body.customReference !== undefined && { customReference: body.customReference }),
      ...(body.fields !== undefined && { fields: body.fields }),
    };
    return this.identity.send('updateEndUser', request, endUserId);
  }

  @Delete(':endUserId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete an end user',
    description: '409 `ASSET_LOCKED` while a bundle under review or approved holds it.',
  })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async delete(@Param('accountId') accountId: string, @Param('endUserId') endUserId: string): Promise<void> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.endUser, endUserId, 'end user');
    await this.identity.send('deleteEndUser', { accountId, assetId: endUserId }, endUserId);
  }
}
