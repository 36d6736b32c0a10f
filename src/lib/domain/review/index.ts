export * from './current-objectives.ts';
export * from './review-id.ts';
