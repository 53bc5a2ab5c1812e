import {
  newUlid,
  PublishRegulationDto,
  RegulationResponseDto,
  type PublishRegulationRequest,
  type RegulationView,
} from '@compliance/contracts';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { CatalogClient } from './catalog.client';
import { ApiProblems } from './catalog-http.dto';

@ApiTags('Requirements catalog (admin)')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('v1/admin/regulations')
export class AdminRegulationsController {
  constructor(private readonly catalog: CatalogClient) {}

  @Post()
  @ApiOperation({
    summary: 'Publish a new version of a regulation (ADMIN)',
    description:
      'Without `regulationId`, the regulation of (country, numberType, endUserType), created when new. The new ' +
      'version is in force at once; older versions stay readable with `?version=`, and every APPROVED bundle on ' +
      'an older version gets `validUntil = now + gracePeriodDays`. Publishing a spec equal to the version in ' +
      'force records nothing and answers that version. Every problem of the spec is listed with its path ' +
      '(e.g. `requirement.endUser.fields[2].pattern`).',
  })
  @ApiCreatedResponse({ type: RegulationResponseDto })
  @ApiProblems(400, 401, 403, 404, 503)
  publish(@Body() body: PublishRegulationDto): Promise<RegulationView> {
    const request: PublishRegulationRequest = {
      commandId: newUlid(),
      country: body.country,
      numberType: body.numberType,
      endUserType: body.endUserType,
      requirement: body.requirement,
      gracePeriodDays: body.gracePeriodDays,
      ...(body.regulationId !== undefined && { regulationId: body.regulationId }),
      ...(body.friendlyName !== undefined && { friendlyName: body.friendlyName }),
    };
    const key = body.regulationId ?? `${body.country}:${body.numberType}:${body.endUserType}`.toUpperCase();
    return this.catalog.send<RegulationView>('publishRegulation', request, key);
  }
}
