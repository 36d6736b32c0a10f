export * from './journal-pdf-model.ts';
export * from './pdf-labels.ts';
export type * from './pdf-model.ts';
export * from './pdf-week.ts';
export * from './week-pdf-model.ts';
export * from './filenames.ts';
