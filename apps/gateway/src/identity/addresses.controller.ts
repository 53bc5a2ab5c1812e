import {
  AddressPageDto,
  AddressResponseDto,
  CreateAddressDto,
  ID_PREFIX,
  ListAssetsQueryDto,
  newId,
  UpdateAddressDto,
  type AddressView,
  type AssetPage,
  type CreateAddressRequest,
  type UpdateAddressRequest,
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

@ApiTags('Identity assets: addresses')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiProblems(401, 403, 503)
@Controller('v1/accounts/:accountId/compliance/addresses')
export class AddressesController {
  constructor(private readonly identity: IdentityClient) {}

  @Post()
  @ApiOperation({
    summary: 'Create an address',
    description:
      "The postal code must match the country's format (400 naming `postalCode`). Every line is encrypted at rest, " +
      'with the data key of the linked `endUserId` when given (erasing that end user erases the address), else with ' +
      'a key of its own. Erased values read as `[ERASED]`.',
  })
  @ApiCreatedResponse({ type: AddressResponseDto })
  @ApiProblems(400, 404)
  create(@Param('accountId') accountId: string, @Body() body: CreateAddressDto): Promise<AddressView> {
    checkAccountId(accountId);
    const request: CreateAddressRequest = {
      accountId,
      addressId: newId(ID_PREFIX.address),
      customerName: body.customerName,
      street: body.street,
      streetSecondary: body.streetSecondary ?? null,
      city: body.city,
      region: body.region ?? null,
      postalCode: body.postalCode,
      country: body.country,
      customReference: body.customReference ?? null,
      endUserId: body.endUserId ?? null,
    };
    return this.identity.send('createAddress', request, request.addressId);
  }

  @Get()
  @ApiOperation({
    summary: 'List addresses',
    description: 'Oldest first, paged with `pageSize` and `pageToken`.',
  })
  @ApiOkResponse({ type: AddressPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('accountId') accountId: string,
    @Query() query: ListAssetsQueryDto,
  ): Promise<AssetPage<AddressView>> {
    checkAccountId(accountId);
    return this.identity.send('listAddresses', {
      accountId,
      pageSize: query.pageSize,
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    });
  }

  @Get(':addressId')
  @ApiOperation({ summary: 'Get an address' })
  @ApiOkResponse({ type: AddressResponseDto })
  @ApiProblems(404)
  get(@Param('accountId') accountId: string, @Param('addressId') addressId: string): Promise<AddressView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.address, addressId, 'address');
    return this.identity.send('getAddress', { accountId, assetId: addressId }, addressId);
  }

  @Patch(':addressId')
  @ApiOperation({
    summary: 'Update an address',
    description:
      'Given lines replace the current ones; the postal code is checked against the resulting country. 409 ' +
      '`ASSET_LOCKED` while a bundle under review or approved holds it.',
  })
  @ApiOkResponse({ type: AddressResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('accountId') accountId: string,
    @Param('addressId') addressId: string,
    @Body() body: UpdateAddressDto,
  ): Promise<AddressView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.address, addressId, 'address');
    const request: UpdateAddressRequest = { accountId, addressId };
    for (const key of Object.keys(body) as (keyof UpdateAddressDto)[]) {
      if (body[key] !== undefined) (request as unknown as Record<string, unknown>)[key] = body[key];
    }
    return this.identity.send('updateAddress', request, addressId);
  }

  @Delete(':addressId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete an address',
    description: '409 `ASSET_LOCKED` while a locking bundle holds it.',
  })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async delete(@Param('accountId') accountId: string, @Param('addressId') addressId: string): Promise<void> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.address, addressId, 'address');
    await this.identity.send('deleteAddress', { accountId, assetId: addressId }, addressId);
  }
}
