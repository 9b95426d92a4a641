export * from './core';
export * from './engine';
