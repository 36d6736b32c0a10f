export * from './canonical-json.ts';
export * from './sha256.ts';
export * from './week-digest.ts';
