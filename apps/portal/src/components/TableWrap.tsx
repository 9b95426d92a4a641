import { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen: the scrolling region is focusable and named,
 * so that a keyboard user can scroll it too.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wt-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
