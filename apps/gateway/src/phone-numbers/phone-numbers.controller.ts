import {
  ID_PREFIX,
  isId,
  type BulkPhoneNumbersReply,
  type BulkPhoneNumbersRequest,
  type ListBundlePhoneNumbersRequest,
  type PhoneNumberHistoryPage,
  type PhoneNumberPage,
  type PhoneNumberStatus,
  type PhoneNumberView,
} from '@compliance/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../errors/api-problem';
import { NumbersClient } from './numbers.client';
import {
  BulkPhoneNumbersBodyDto,
  BulkPhoneNumbersResponseDto,
  ListPhoneNumbersQueryDto,
  NUMBER_TYPE_MAPPING_DOC,
  NumberProblems,
  PhoneNumberHistoryDto,
  PhoneNumberPageDto,
  PhoneNumberResponseDto,
} from './phone-numbers.dto';

/** E.164 in a path: the `+` may come URL-encoded (%2B); anything else cannot name a number, so it is 404. */
const E164_PATH = /^\+[1-9]\d{1,14}$/;

function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem(404, 'NOT_FOUND', `${what} ${id.slice(0, 64)} not found`);
}

function checkIds(accountId: string, bundleId?: string): void {
  if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
  if (bundleId !== undefined && !isId(ID_PREFIX.bundle, bundleId)) throw notFound('bundle', bundleId);
}

/** Phone numbers on bundles (API.md "Phone numbers"), answered by number-assignment. */
@ApiTags('Phone numbers')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@NumberProblems(401, 403, 404, 503)
@Controller('v1/accounts/:accountId/compliance')
export class PhoneNumbersController {
  constructor(private readonly numbers: NumbersClient) {}

  @Post('bundles/:bundleId/phoneNumbers/bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Add or remove phone numbers in bulk',
    description:
      'ADD to an APPROVED bundle attaches at once; to a PENDING_REVIEW or IN_REVIEW bundle the number waits as ' +
      'PENDING_ACTIVATION and attaches by itself when the bundle is approved (FAILED if it is rejected); to a DRAFT ' +
      'or REJECTED bundle each number fails with BUNDLE_NOT_SUBMITTED. A number is in one bundle at a time, across ' +
      'all accounts (IN_ANOTHER_BUNDLE). REMOVE takes numbers off (NOT_IN_BUNDLE when it is not on it). The answer ' +
      'is 200 with one result per number even when some fail; only a malformed request (400: no list, more than ' +
      `1,000 numbers, unknown fields) or a missing acknowledgement (422) fails as a whole. ${NUMBER_TYPE_MAPPING_DOC} ` +
      'Sending the same request again is safe: numbers already on the bundle answer their status.',
  })
  @ApiParam({ name: 'bundleId', example: 'bun_01JGFJJZ000000000000000000' })
  @ApiOkResponse({ type: BulkPhoneNumbersResponseDto })
  @NumberProblems(400, 413, 422)
  async bulk(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Body() body: BulkPhoneNumbersBodyDto,
  ): Promise<BulkPhoneNumbersReply> {
    checkIds(accountId, bundleId);
    if (body.allDetailsAccurate !== true) {
      throw new ApiProblem(
        422,
        'ACKNOWLEDGEMENT_REQUIRED',
        'Confirm that every detail of the bundle is accurate: set allDetailsAccurate to true.',
        [
          {
            field: 'allDetailsAccurate',
            code: 'ACKNOWLEDGEMENT_REQUIRED',
            message: 'allDetailsAccurate must be true.',
          },
        ],
      );
    }
    const request: BulkPhoneNumbersRequest = {
      accountId,
      bundleId,
      action: body.action,
      phoneNumbers: body.phoneNumbers as string[],
      allDetailsAccurate: true,
    };
    return this.numbers.send<BulkPhoneNumbersReply>('bulkPhoneNumbers', request, bundleId);
  }

  @Get('bundles/:bundleId/phoneNumbers')
  @ApiOperation({
    summary: 'List the phone numbers of a bundle',
    description:
      'Numbers whose latest bundle is this one, in E.164 order, with their status (`?status=` filters). Numbers ' +
      'that failed or were removed stay listed until they join another bundle.',
  })
  @ApiParam({ name: 'bundleId', example: 'bun_01JGFJJZ000000000000000000' })
  @ApiOkResponse({ type: PhoneNumberPageDto })
  @NumberProblems(400)
  async list(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: ListPhoneNumbersQueryDto,
  ): Promise<PhoneNumberPage> {
    checkIds(accountId, bundleId);
    const request: ListBundlePhoneNumbersRequest = {
      accountId,
      bundleId,
      ...(query.pageSize !== undefined && { pageSize: Number(query.pageSize) }),
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
      ...(query.status !== undefined && { status: query.status as PhoneNumberStatus }),
    };
    return this.numbers.send<PhoneNumberPage>('listBundlePhoneNumbers', request, bundleId);
  }

  @Get('phoneNumbers/:phoneNumber')
  @ApiOperation({
    summary: 'Get a phone number',
    description:
      'The number in E.164 with its `+` URL-encoded (`%2B390144230024`). Another account’s number is 404.',
  })
  @ApiParam({ name: 'phoneNumber', example: '%2B390144230024' })
  @ApiOkResponse({ type: PhoneNumberResponseDto })
  async get(
    @Param('accountId') accountId: string,
    @Param('phoneNumber') phoneNumber: string,
  ): Promise<PhoneNumberView> {
    checkIds(accountId);
    if (!E164_PATH.test(phoneNumber)) throw notFound('phone number', phoneNumber);
    return this.numbers.send<PhoneNumberView>('getPhoneNumber', { accountId, phoneNumber }, phoneNumber);
  }

  @Get('phoneNumbers/:phoneNumber/history')
  @ApiOperation({
    summary: 'Get the history of a phone number',
    description:
      'Every change of the number while it was on a bundle of this account, oldest first: added, activated on ' +
      'approval, failed or suspended on rejection, reinstated, removed, with the reason. Time the number spent with ' +
      'another account is not shown; a number this account never had is 404.',
  })
  @ApiParam({ name: 'phoneNumber', example: '%2B390144230024' })
  @ApiOkResponse({ type: PhoneNumberHistoryDto })
  async history(
    @Param('accountId') accountId: string,
    @Param('phoneNumber') phoneNumber: string,
  ): Promise<PhoneNumberHistoryPage> {
    checkIds(accountId);
    if (!E164_PATH.test(phoneNumber)) throw notFound('phone number', phoneNumber);
    return this.numbers.send<PhoneNumberHistoryPage>(
      'getPhoneNumberHistory',
      { accountId, phoneNumber },
      phoneNumber,
    );
  }
}
