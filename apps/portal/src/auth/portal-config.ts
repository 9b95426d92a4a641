/** What the portal server tells the app at start (`GET /portal/config.json`). */
export interface PortalConfig {
  signIn: 'demo' | 'oidc' | 'none';
  oidc?: { authority: string; clientId: string; scope: string };
  claims: { role: string; organisationId: string; coachId: string };
  /** The worker's queue dashboard, when configured (PORTAL_QUEUE_DASHBOARD_URL). */
  queueDashboardUrl?: string;
}

export async function loadPortalConfig(): Promise<PortalConfig> {
  const response = await fetch('/portal/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`portal configuration: HTTP ${response.status}`);
  return (await response.json()) as PortalConfig;
}
