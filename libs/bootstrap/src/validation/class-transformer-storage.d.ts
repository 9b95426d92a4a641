/** class-transformer keeps its `@Type` metadata in a module its package root does not export. */
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
