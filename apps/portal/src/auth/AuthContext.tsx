import { createContext, ReactNode, useContext, useSyncExternalStore } from 'react';
import { oidcSignOut } from './oidc';
import { PortalConfig } from './portal-config';
import { Session, sessionStore } from './session';

const ConfigContext = createContext<PortalConfig | null>(null);

export function PortalConfigProvider({
  config,
  children,
}: {
  config: PortalConfig;
  children: ReactNode;
}) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export function usePortalConfig(): PortalConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('usePortalConfig outside PortalConfigProvider');
  return config;
}

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

export function useSignOut(): () => Promise<void> {
  const config = usePortalConfig();
  return async () => {
    const session = sessionStore.get();
    if (session?.via === 'oidc') return oidcSignOut(config);
    sessionStore.set(null, 'signed-out');
  };
}
