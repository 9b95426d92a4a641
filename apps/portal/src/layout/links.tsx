import { ComponentProps } from 'react';
import { Link } from 'react-router';

/**
 * Links inside the app go through the router (a full page load would end the in-memory session),
 * styled as the NL Design System link or button link.
 */
export function AppLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={`utrecht-link utrecht-link--html-a ${className ?? ''}`} {...props} />;
}

export function AppButtonLink({
  appearance = 'primary-action-button',
  className,
  ...props
}: ComponentProps<typeof Link> & {
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
}) {
  const modifier = appearance.replace('-button', '');
  return (
    <Link
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${modifier} ${className ?? ''}`}
      {...props}
    />
  );
}
