import type { components } from './registry';

/** The shapes of the match endpoints, as the OpenAPI documents of the two apps describe them. */
type Schemas = components['schemas'];

export type MatchView = Schemas['MatchViewDto'];
export type MatchPage = Schemas['MatchPageDto'];
export type CandidateCard = Schemas['CandidateCardDto'];
export type CandidatePage = Schemas['CandidateCardPageDto'];
export type Explanation = Schemas['ExplanationDto'];
export type LabelledSkill = Schemas['LabelledSkillDto'];
export type Text = Schemas['TextDto'];
export type RejectReason = Schemas['RejectMatchDto']['reason'];

/** The reasons a reject form offers, in this order (the API's enum). */
export const REJECT_REASONS = [
  'not-interested',
  'qualification',
  'distance',
  'hours',
  'language',
  'filled',
  'other',
] as const satisfies readonly RejectReason[];

/** The language a match list is asked in: the page's, for the labels of skills and occupations. */
export const matchLang = (language: string): 'nl' | 'de' | 'en' =>
  language === 'de' || language === 'en' ? language : 'nl';

/** An explanation text in the page's language (the engine writes each in nl, de and en). */
export const textIn = (text: Text, language: string): string => text[matchLang(language)];

/** A short, stable handle for an anonymous candidate ("K-3F9A"). */
export const candidateHandle = (id: string): string =>
  `K-${id.replace(/-/g, '').slice(-4).toUpperCase()}`;
