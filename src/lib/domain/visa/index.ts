export * from './changes-since-visa.ts';
export * from './day-label.ts';
export * from './verification-code.ts';
export * from './verify-visa-digest.ts';
export * from './week-visa-state.ts';
