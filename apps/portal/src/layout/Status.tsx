import { Alert } from '@utrecht/component-library-react';
import { createContext, ReactNode, useCallback, useContext, useState } from 'react';

/**
 * Status messages for screen readers: one polite live region, always in the page, whose text
 * changes when something is saved ("Vacancy published"). Errors use role=alert where they appear.
 */
interface StatusApi {
  announce(message: string): void;
}

const StatusContext = createContext<StatusApi>({ announce: () => undefined });

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Cleared first, so the same sentence twice is announced twice.
    setMessage('');
    window.setTimeout(() => setMessage(next), 50);
  }, []);
  return (
    <StatusContext.Provider value={{ announce }}>
      {children}
      <div className="wt-status" role="status" aria-live="polite" data-testid="status">
        {message ? <Alert type="ok">{message}</Alert> : null}
      </div>
    </StatusContext.Provider>
  );
}

export const useStatus = () => useContext(StatusContext);
