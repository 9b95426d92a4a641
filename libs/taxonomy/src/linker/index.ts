export * from './linker.types';
export * from './occupation-linker';
export * from './skill-extractor';
export * from './label-index';
export * from './melo-dataset';
export * from './concept-priors';
export { foldText, cleanTitle, cleanDescription } from './text-cleaning';
export { languageProfile } from './language-profiles';
