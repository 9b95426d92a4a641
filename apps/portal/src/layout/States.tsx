import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite" className="wt-meta">
      {label ?? t('state.loading')}
    </Paragraph>
  );
}

export function Empty({ children }: { children: string }) {
  return <Paragraph className="wt-meta">{children}</Paragraph>;
}

export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 404
        ? t('errors.notFound')
        : (error.messages[0] ?? t('errors.status', { status: error.status }))
      : t('errors.network');
  return (
    <div role="alert">
      <Alert type="error">{message}</Alert>
    </div>
  );
}
