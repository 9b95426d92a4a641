export * from '../store/match.repository';
export * from './matching-engine';
