export * from './duration.ts';
export * from './new-attestation.ts';
