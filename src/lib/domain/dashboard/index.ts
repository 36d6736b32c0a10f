export * from './attention.ts';
export * from './class-dashboard.ts';
export type * from './dashboard-types.ts';
export * from './week-digests.ts';
export * from './journal-summary.ts';
