/**
 * What the sync manager needs only once it runs (channels, conflict watching, the pending
 * count): `start()` and `settle()` load it, so the manager's state (read by the sync card on the
 * home page) does not bring replication code into the first screen.
 */
export { watchConflicts } from './conflict-resolver.ts';
export { countPending } from './replication.ts';
export { asEmitter, isReviewDoc, SyncChannel } from './sync-channel.ts';
