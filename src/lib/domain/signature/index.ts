export * from './signature-id.ts';
export * from './signature-state.ts';
export * from './signed-content.ts';
export * from './verify-signature.ts';
