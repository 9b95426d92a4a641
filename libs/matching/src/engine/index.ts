export * from './matching-engine';
