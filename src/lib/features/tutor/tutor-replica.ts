/**
 * Everything the tutor's pages need of the local replica, in one module loaded on demand (after
 * the first screen, or at once when nothing is in memory): PouchDB, Dexie, the schemas and the
 * sync come with it. Reached only through `replica-loader.ts`.
 */
export { onJournalChange } from '$lib/data/changes';
export { getPhotoBlob } from '$lib/data/photo.repository';
export { syncManager } from '$lib/sync/sync-manager.svelte';
export { ReaderWeek } from './reader-week.svelte';
export { openGatewayCopy, openReplica } from './tutor-journal';
export { storeTutorSession } from './tutor-session';
export { listTutorWeeks } from './waiting-weeks';
