import {
  DocumentTypeResponseDto,
  EndUserTypeResponseDto,
  FindRequirementsQueryDto,
  GetRegulationQueryDto,
  ID_PREFIX,
  isId,
  RegulationResponseDto,
  type DocumentTypeView,
  type EndUserTypeView,
  type FindRequirementsReply,
  type FindRequirementsRequest,
  type GetRegulationRequest,
  type ListDocumentTypesReply,
  type ListEndUserTypesReply,
  type RegulationView,
} from '@compliance/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../errors/api-problem';
import { CatalogClient } from './catalog.client';
import { ApiProblems, DocumentTypePageDto, EndUserTypePageDto, RegulationPageDto } from './catalog-http.dto';

/** Type names are short identifiers; anything else cannot name a type, so it is 404 without asking the service. */
const TYPE_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem(404, 'NOT_FOUND', `${what} ${id.slice(0, 64)} not found`);
}

/**
 * The requirements catalog as an account sees it: the same global data for every account. The account path is
 * checked by the guard (a customer key only on its own account); staff keys may read it under any well-formed
 * account id, a malformed one is 404 like every unknown id.
 */
@ApiTags('Requirements catalog')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiProblems(401, 403, 503)
@Controller('v1/accounts/:accountId/compliance')
export class ComplianceCatalogController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get('requirements')
  @ApiOperation({
    summary: 'Find regulations',
    description:
      'The latest version of every regulation matching the filters (each optional). `country`: ISO 3166-1 ' +
      'alpha-2 or alpha-3 in any case (answers use alpha-3); `numberType`: LOCAL (alias GEOGRAPHIC), NATIONAL, ' +
      'MOBILE, TOLL_FREE; `endUserType`: INDIVIDUAL, BUSINESS. An unknown value is 400 naming the parameter.',
  })
  @ApiOkResponse({ type: RegulationPageDto })
  @ApiProblems(400, 404)
  async findRequirements(
    @Param('accountId') accountId: string,
    @Query() query: FindRequirementsQueryDto,
  ): Promise<{ data: RegulationView[]; nextPageToken: null }> {
    checkAccountId(accountId);
    const request: FindRequirementsRequest = {
      ...(query.country !== undefined && { country: query.country }),
      ...(query.numberType !== undefined && { numberType: query.numberType }),
      ...(query.endUserType !== undefined && { endUserType: query.endUserType }),
    };
    const reply = await this.catalog.send<FindRequirementsReply>('findRequirements', request);
    return { data: reply.data, nextPageToken: null };
  }

  @Get('regulations/:regulationId')
  @ApiOperation({
    summary: 'Get a regulation',
    description:
      'The latest version, or `?version=N` for an older one. Older versions stay readable after a new one is published.',
  })
  @ApiParam({ name: 'regulationId', example: 'reg_01JGFJJZ000000000000000000' })
  @ApiOkResponse({ type: RegulationResponseDto })
  @ApiProblems(400, 404)
  async getRegulation(
    @Param('accountId') accountId: string,
    @Param('regulationId') regulationId: string,
    @Query() query: GetRegulationQueryDto,
  ): Promise<RegulationView> {
    checkAccountId(accountId);
    if (!isId(ID_PREFIX.regulation, regulationId)) throw notFound('regulation', regulationId);
    const request: GetRegulationRequest = {
      regulationId,
      ...(query.version !== undefined && { version: query.version }),
    };
    return this.catalog.send<RegulationView>('getRegulation', request, regulationId);
  }

  @Get('endUserTypes')
  @ApiOperation({
    summary: 'List end-user types',
    description: 'Every field an end user of each type may carry.',
  })
  @ApiOkResponse({ type: EndUserTypePageDto })
  async listEndUserTypes(
    @Param('accountId') accountId: string,
  ): Promise<{ data: EndUserTypeView[]; nextPageToken: null }> {
    checkAccountId(accountId);
    const reply = await this.catalog.send<ListEndUserTypesReply>('listEndUserTypes', {});
    return { data: reply.data, nextPageToken: null };
  }

  @Get('endUserTypes/:type')
  @ApiOperation({ summary: 'Get an end-user type' })
  @ApiParam({ name: 'type', example: 'BUSINESS' })
  @ApiOkResponse({ type: EndUserTypeResponseDto })
  @ApiProblems(404)
  async getEndUserType(
    @Param('accountId') accountId: string,
    @Param('type') type: string,
  ): Promise<EndUserTypeView> {
    checkAccountId(accountId);
    if (!TYPE_NAME.test(type)) throw notFound('end-user type', type);
    return this.catalog.send<EndUserTypeView>('getEndUserType', { type });
  }

  @Get('documentTypes')
  @ApiOperation({
    summary: 'List supporting-document types',
    description:
      'Fields, whether a file is required, accepted MIME types, and whether the file is deleted after review.',
  })
  @ApiOkResponse({ type: DocumentTypePageDto })
  async listDocumentTypes(
    @Param('accountId') accountId: string,
  ): Promise<{ data: DocumentTypeView[]; nextPageToken: null }> {
    checkAccountId(accountId);
    const reply = await this.catalog.send<ListDocumentTypesReply>('listDocumentTypes', {});
    return { data: reply.data, nextPageToken: null };
  }

  @Get('documentTypes/:type')
  @ApiOperation({ summary: 'Get a supporting-document type' })
  @ApiParam({ name: 'type', example: 'passport' })
  @ApiOkResponse({ type: DocumentTypeResponseDto })
  @ApiProblems(404)
  async getDocumentType(
    @Param('accountId') accountId: string,
    @Param('type') type: string,
  ): Promise<DocumentTypeView> {
    checkAccountId(accountId);
    if (!TYPE_NAME.test(type)) throw notFound('document type', type);
    return this.catalog.send<DocumentTypeView>('getDocumentType', { type });
  }
}

function checkAccountId(accountId: string): void {
  if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
}
