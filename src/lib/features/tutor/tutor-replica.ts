/**
 * Everything the tutor's pages need of the local replica, in one module loaded on demand (after
 * the first screen, or at once when nothing is in memory): PouchDB, Dexie, the schemas and the
 * sync come with it. Reached only through `replica-loader.ts`.
 */
// Live sync's engine comes with the rest (the sync manager would import it only when starting):
// loaded together while the phone is online, so a tutor going offline right after the week showed
// still has all of it.
import '$lib/sync/sync-engine';

export { onJournalChange } from '$lib/data/changes';
export { getPhotoBlob } from '$lib/data/photo.repository';
export { syncManager } from '$lib/sync/sync-manager.svelte';
export { ReaderWeek } from './reader-week.svelte';
export { openGatewayCopy, openReplica } from './tutor-journal';
export { storeTutorSession } from './tutor-session';
export { listTutorWeeks } from './waiting-weeks';
