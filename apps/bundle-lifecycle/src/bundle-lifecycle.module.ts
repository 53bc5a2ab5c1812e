import { Module, type DynamicModule } from '@nestjs/common';
import { BUNDLE_DEPS, type BundleDeps } from './bundle-deps';
import { AssignItemController } from './commands/assign-item/assign-item.controller';
import { CopyBundleController } from './commands/copy-bundle/copy-bundle.controller';
import { CreateBundleController } from './commands/create-bundle/create-bundle.controller';
import { DeleteBundleController } from './commands/delete-bundle/delete-bundle.controller';
import { EvaluateBundleController } from './commands/evaluate-bundle/evaluate-bundle.controller';
import { RemoveItemController } from './commands/remove-item/remove-item.controller';
import { ReplaceItemsController } from './commands/replace-items/replace-items.controller';
import { ReviewController } from './commands/review/review.controller';
import { UpdateBundleController } from './commands/update-bundle/update-bundle.controller';
import { BundleQueriesController } from './queries/bundles/bundles.controller';
import { EvaluationQueriesController } from './queries/evaluations/evaluations.controller';
import { HistoryController } from './queries/history/history.controller';
import { InternalQueriesController } from './queries/internal/internal.controller';
import { ReviewQueriesController } from './queries/reviews/reviews.controller';

@Module({})
export class BundleLifecycleModule {
  static register(deps: BundleDeps): DynamicModule {
    return {
      module: BundleLifecycleModule,
      controllers: [
        CreateBundleController,
        UpdateBundleController,
        DeleteBundleController,
        AssignItemController,
        RemoveItemController,
        EvaluateBundleController,
        CopyBundleController,
        ReplaceItemsController,
        ReviewController,
        BundleQueriesController,
        EvaluationQueriesController,
        HistoryController,
        ReviewQueriesController,
        InternalQueriesController,
      ],
      providers: [{ provide: BUNDLE_DEPS, useValue: deps }],
    };
  }
}
