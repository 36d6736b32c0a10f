export * from './achievement-digest.ts';
export * from './achievement-problems.ts';
export * from './competences.ts';
export * from './new-achievement.ts';
export * from './portfolio-coverage.ts';
export * from './situation-kinds.ts';
export * from './synthesis.ts';
export * from './validation-state.ts';
