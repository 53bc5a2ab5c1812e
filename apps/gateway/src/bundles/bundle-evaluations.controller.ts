import {
  EvaluationPageDto,
  EvaluationResponseDto,
  HistoryPageDto,
  ID_PREFIX,
  newId,
  PageQueryDto,
  type EvaluationView,
  type HistoryEntryView,
  type PageView,
} from '@compliance/contracts';
import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
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
@Controller('v1/accounts/:accountId/compliance/bundles/:bundleId')
export class BundleEvaluationsController {
  constructor(private readonly bundles: BundlesClient) {}

  @Post('evaluations')
  @ApiOperation({
    summary: 'Evaluate a bundle',
    description:
      'Checks the bundle against the latest version of its regulation: the end user (present, of the right type, ' +
      'every required field valid), the address (present when required; LOCAL: a postal code cityInfo knows, ' +
      'NATIONAL: the same country), each supporting-document requirement (an assigned document of an accepted type ' +
      'with valid fields and, when the type needs proof, its file), and names on documents matching the end user. ' +
      'Each result says what is wrong and what to do. Stored and listable.',
  })
  @ApiCreatedResponse({ type: EvaluationResponseDto })
  evaluate(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
  ): Promise<EvaluationView> {
    const evaluationId = newId(ID_PREFIX.evaluation);
    return this.bundles.send<EvaluationView>(
      'createEvaluation',
      { accountId, bundleId, evaluationId },
      bundleId,
    );
  }

  @Get('evaluations')
  @ApiOperation({ summary: "List a bundle's evaluations", description: 'Newest first.' })
  @ApiOkResponse({ type: EvaluationPageDto })
  @BundleProblems(400)
  list(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: PageQueryDto,
  ): Promise<PageView<EvaluationView>> {
    return this.bundles.send<PageView<EvaluationView>>(
      'listEvaluations',
      { accountId, bundleId, ...page(query) },
      bundleId,
    );
  }

  @Get('evaluations/:evaluationId')
  @ApiOperation({ summary: 'Get an evaluation' })
  @ApiOkResponse({ type: EvaluationResponseDto })
  get(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Param('evaluationId') evaluationId: string,
  ): Promise<EvaluationView> {
    return this.bundles.send<EvaluationView>(
      'getEvaluation',
      { accountId, bundleId, evaluationId },
      bundleId,
    );
  }

  @Get('history')
  @ApiOperation({
    summary: "A bundle's history",
    description: 'Its events in order with time and actor; ids, statuses and codes only, no personal data.',
  })
  @ApiOkResponse({ type: HistoryPageDto })
  @BundleProblems(400)
  history(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: PageQueryDto,
  ): Promise<PageView<HistoryEntryView>> {
    return this.bundles.send<PageView<HistoryEntryView>>(
      'getHistory',
      { accountId, bundleId, ...page(query) },
      bundleId,
    );
  }
}
