import { ConceptPrior } from './linker.types';

/**
 * ISCO groups are broader than any occupation filed under them, and their labels are plurals
 * (`Artsen`) that stem to the same words as a title. When a corpus mixes them with occupations, as
 * the MELO benchmark does, a title should land on the occupation.
 */
export const ISCO_GROUP_PRIOR: ConceptPrior = { pattern: /\/esco\/isco\//, factor: 0.6 };
