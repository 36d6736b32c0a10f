export * from './class-coverage.ts';
export * from './competence-coverage.ts';
