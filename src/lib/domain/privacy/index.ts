export * from './audit-labels.ts';
export * from './field-labels.ts';
export * from './privacy-config.ts';
export * from './privacy-notice.ts';
export * from './schema-fields.ts';
