import {
  BundlePageDto,
  BundleResponseDto,
  DecisionDto,
  ReviewsQueryDto,
  type BundleView,
  type DecideBundleRequest,
  type ListReviewsRequest,
  type PageView,
} from '@compliance/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { BundlesClient } from '../bundles/bundles.client';
import { page } from '../bundles/bundles.controller';
import { BundleProblems } from '../bundles/bundles-http';

/** The review of submitted bundles across accounts (REVIEWER and ADMIN; customer keys get 403). */
@ApiTags('Review (staff)')
@ApiBearerAuth()
@Roles('REVIEWER', 'ADMIN')
@BundleProblems(401, 403, 503)
@Controller('v1/admin')
export class ReviewsController {
  constructor(private readonly bundles: BundlesClient) {}

  @Get('reviews')
  @ApiOperation({
    summary: 'The review queue',
    description:
      'PENDING_REVIEW and IN_REVIEW bundles of every account (or one `status`), oldest submission first.',
  })
  @ApiOkResponse({ type: BundlePageDto })
  @BundleProblems(400)
  queue(@Query() query: ReviewsQueryDto): Promise<PageView<BundleView>> {
    const request: ListReviewsRequest = {
      ...page(query),
      ...(query.status !== undefined && { status: query.status }),
    };
    return this.bundles.send<PageView<BundleView>>('listReviews', request);
  }

  @Post('bundles/:bundleId/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim a bundle for review', description: 'PENDING_REVIEW → IN_REVIEW.' })
  @ApiOkResponse({ type: BundleResponseDto })
  @BundleProblems(404, 409)
  claim(@Param('bundleId') bundleId: string): Promise<BundleView> {
    return this.bundles.send<BundleView>('claimBundle', { accountId: null, bundleId }, bundleId);
  }

  @Post('bundles/:bundleId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve or reject a bundle',
    description:
      'From PENDING_REVIEW or IN_REVIEW. REJECT needs `remarks` (400 without) and may name items with ' +
      '`itemFailures`: those assets become REJECTED with their reasons. APPROVE marks the assets APPROVED.',
  })
  @ApiOkResponse({ type: BundleResponseDto })
  @BundleProblems(400, 404, 409)
  decide(@Param('bundleId') bundleId: string, @Body() body: DecisionDto): Promise<BundleView> {
    const request: DecideBundleRequest = {
      bundleId,
      decision: body.decision,
      ...(body.remarks !== undefined && { remarks: body.remarks }),
      ...(body.itemFailures !== undefined && {
        itemFailures: body.itemFailures.map((f) => ({ itemId: f.itemId, failureReason: f.failureReason })),
      }),
    };
    return this.bundles.send<BundleView>('decideBundle', request, bundleId);
  }
}
