export * from './match-writer';
export * from './matching-engine';
