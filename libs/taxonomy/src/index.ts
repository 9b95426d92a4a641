export * from './esco';
export * from './levels';
export * from './linker';
export * from './nearness';
export * from './store/taxonomy-import';
export * from './store/taxonomy.service';
export type { OccupationSkill, StoredOccupation } from './store/taxonomy.repository';
export * from './taxonomy.module';
