import { Principal, sessionStore } from './session';

export interface DemoAccount extends Principal {
  key: string;
  description: string;
}

export async function demoAccounts(): Promise<DemoAccount[]> {
  const response = await fetch('/portal/demo/accounts');
  if (!response.ok) throw new Error(`demo accounts: HTTP ${response.status}`);
  return (await response.json()) as DemoAccount[];
}

/** The portal server signs a token for the fictional account with the local key. */
export async function signInDemo(account: string): Promise<void> {
  const response = await fetch('/portal/demo/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  if (!response.ok) throw new Error(`demo sign-in: HTTP ${response.status}`);
  const body = (await response.json()) as {
    token: string;
    expiresAt: string;
    principal: Principal;
  };
  sessionStore.set({
    token: body.token,
    principal: body.principal,
    expiresAt: Date.parse(body.expiresAt),
    via: 'demo',
  });
}
