export * from './dates.ts';
export * from './holidays.ts';
export * from './stage-weeks.ts';
