import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** Three buttons (nl, de, en); the pressed one is the page's language (and `<html lang>`). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('language.label')}>
      <ul className="wt-lang">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              aria-pressed={i18n.language === language}
              aria-label={t(`language.names.${language}`)}
              onClick={() => void i18n.changeLanguage(language)}
            >
              {language.toUpperCase()}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
