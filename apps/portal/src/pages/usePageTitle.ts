import { useEffect } from 'react';

/** `<title>`: the page, then the portal's name. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Werkplein Twente`;
  }, [title]);
}
