import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <Heading1>{t('forbidden.title')}</Heading1>
      <Paragraph>{t('forbidden.text')}</Paragraph>
    </>
  );
}
