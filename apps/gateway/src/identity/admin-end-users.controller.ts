import { EndUserResponseDto, ID_PREFIX, type EndUserView } from '@compliance/contracts';
import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../catalog/catalog-http.dto';
import { checkId } from './identity-ids';
import { IdentityClient } from './identity.client';

@ApiTags('Identity assets (admin)')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('v1/admin/endUsers')
export class AdminEndUsersController {
  constructor(private readonly identity: IdentityClient) {}

  @Post(':endUserId/erase')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Erase an end user (ADMIN)',
    description:
      "Destroys the end user's data key (crypto-shredding). From then on every copy of their personal data (events, " +
      'read models, files, and the addresses and documents linked to them) reads as `[ERASED]`; the audit trail stays ' +
      'replayable. 409 `RETENTION_HOLD` while a bundle holding their data has phone numbers, or is APPROVED and less ' +
      'than 2 years past its last number. Erasing again answers the erased end user.',
  })
  @ApiParam({ name: 'endUserId', example: 'eu_01JGFJJZ000000000000000000' })
  @ApiOkResponse({ type: EndUserResponseDto })
  @ApiProblems(401, 403, 404, 409, 503)
  erase(@Param('endUserId') endUserId: string): Promise<EndUserView> {
    checkId(ID_PREFIX.endUser, endUserId, 'end user');
    return this.identity.send('eraseEndUser', { endUserId }, endUserId);
  }
}
