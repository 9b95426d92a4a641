import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

/** A page that a later change fills in: it says so instead of pretending. */
export function PlaceholderPage({ title }: { title: string }) {
  const { t } = useTranslation();
  usePageTitle(t(title));
  return (
    <>
      <Heading1>{t(title)}</Heading1>
      <Paragraph>{t('state.comingSoon')}</Paragraph>
    </>
  );
}
