export * from './crc32.ts';
export * from './manifest.ts';
export * from './revisions.ts';
export * from './validate.ts';
export * from './zip.ts';
