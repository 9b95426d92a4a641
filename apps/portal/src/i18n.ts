import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import deAdmin from './locales/de/admin.json';
import deAdviser from './locales/de/adviser.json';
import deCoach from './locales/de/coach.json';
import deCommon from './locales/de/common.json';
import deEmployer from './locales/de/employer.json';
import deInsight from './locales/de/insight.json';
import enAdmin from './locales/en/admin.json';
import enAdviser from './locales/en/adviser.json';
import enCoach from './locales/en/coach.json';
import enCommon from './locales/en/common.json';
import enEmployer from './locales/en/employer.json';
import enInsight from './locales/en/insight.json';
import nlAdmin from './locales/nl/admin.json';
import nlAdviser from './locales/nl/adviser.json';
import nlCoach from './locales/nl/coach.json';
import nlCommon from './locales/nl/common.json';
import nlEmployer from './locales/nl/employer.json';
import nlInsight from './locales/nl/insight.json';
import nlComponents from './locales/nl/components.json';
import deComponents from './locales/de/components.json';
import enComponents from './locales/en/components.json';
import nlCaseload from './locales/nl/caseload.json';
import deCaseload from './locales/de/caseload.json';
import enCaseload from './locales/en/caseload.json';
import nlAdviserTools from './locales/nl/adviserTools.json';
import deAdviserTools from './locales/de/adviserTools.json';
import enAdviserTools from './locales/en/adviserTools.json';
import nlRegional from './locales/nl/regional.json';
import deRegional from './locales/de/regional.json';
import enRegional from './locales/en/regional.json';
import nlInbox from './locales/nl/inbox.json';
import deInbox from './locales/de/inbox.json';
import enInbox from './locales/en/inbox.json';

/** Dutch first; German and English complete. One namespace per role or area. */
export const LANGUAGES = ['nl', 'de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = [
  'common',
  'employer',
  'adviser',
  'coach',
  'admin',
  'insight',
  'components',
  'caseload',
  'adviserTools',
  'regional',
  'inbox',
] as const;

export const resources = {
  nl: {
    common: nlCommon,
    employer: nlEmployer,
    adviser: nlAdviser,
    coach: nlCoach,
    admin: nlAdmin,
    insight: nlInsight,
    components: nlComponents,
    caseload: nlCaseload,
    adviserTools: nlAdviserTools,
    regional: nlRegional,
    inbox: nlInbox,
  },
  de: {
    common: deCommon,
    employer: deEmployer,
    adviser: deAdviser,
    coach: deCoach,
    admin: deAdmin,
    insight: deInsight,
    components: deComponents,
    caseload: deCaseload,
    adviserTools: deAdviserTools,
    regional: deRegional,
    inbox: deInbox,
  },
  en: {
    common: enCommon,
    employer: enEmployer,
    adviser: enAdviser,
    coach: enCoach,
    admin: enAdmin,
    insight: enInsight,
    components: enComponents,
    caseload: enCaseload,
    adviserTools: enAdviserTools,
    regional: enRegional,
    inbox: enInbox,
  },
} as const;

const STORAGE_KEY = 'wt.language';

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const stored = (() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  })();
  for (const candidate of [fromUrl, stored]) {
    if (candidate && (LANGUAGES as readonly string[]).includes(candidate))
      return candidate as Language;
  }
  return 'nl';
}

/** Sets `<html lang>` and remembers the choice (a preference, not personal data). */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts this visit
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: false,
  ns: NAMESPACES as unknown as string[],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export default i18n;
