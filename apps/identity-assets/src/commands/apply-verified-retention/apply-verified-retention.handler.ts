import type { BundleSnapshotV1 } from '@compliance/contracts';
import { handleCommand } from '@compliance/event-sourcing';
import { documentDecider } from '../../domain/document.decider';
import type { IdentityDeps } from '../../identity-deps';
import { documentStreamId } from '../../streams/identity.streams';

/**
 * A bundle was approved: every document in it whose type says `deleteFileAfterVerification` loses its file for good
 * (DocumentFileDeleted, then the blob). Repeating it (a redelivered event) records nothing and deletes the blob again,
 * which is a no-op, so a crash between the two finishes on redelivery.
 */
export async function applyVerifiedRetention(deps: IdentityDeps, bundle: BundleSnapshotV1): Promise<void> {
  for (const item of bundle.items) {
    if (item.assetType !== 'DOCUMENT') continue;
    const result = await handleCommand(deps.store, {
      streamId: documentStreamId(item.assetId),
      decider: documentDecider,
      command: {
        type: 'ApplyVerifiedRetention',
        data: { documentId: item.assetId, accountId: bundle.accountId, bundleId: bundle.bundleId },
        metadata: {
          now: new Date(),
          actor: 'identity-assets',
          accountId: bundle.accountId,
          correlationId: bundle.bundleId,
          causationId: null,
        },
      },
    });
    const state = result.state;
    if (state && state.accountId === bundle.accountId && state.fileDeleted && state.file) {
      await deps.files.delete(state.file.storageKey);
    }
  }
}
