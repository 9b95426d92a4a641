import { Alert } from '@utrecht/component-library-react';
import { createContext, ReactNode, useCallback, useContext, useRef, useState } from 'react';

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
  const timers = useRef<number[]>([]);
  const announce = useCallback((next: string) => {
    for (const timer of timers.current.splice(0)) window.clearTimeout(timer);
    // Cleared first, so the same sentence twice is announced twice; gone again after a while.
    setMessage('');
    timers.current.push(
      window.setTimeout(() => setMessage(next), 50),
      window.setTimeout(() => setMessage(''), 10_000),
    );
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
