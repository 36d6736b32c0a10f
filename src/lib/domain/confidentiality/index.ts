export * from './confidentiality.ts';
