export * from './occupation-nearness';
