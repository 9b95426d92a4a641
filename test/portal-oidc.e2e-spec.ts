import { createServer, Server } from 'node:http';
import { Browsing, findChromium, launchChromium, Page } from './portal/browser';
import { ISSUER_CLIENT_ID, OidcIssuer, startOidcIssuer } from './portal/oidc-issuer';
import { buildPortal, PortalStack } from './portal/portal-stack';
import { DEMO_SESSION_KEY } from './portal/visit';

const chromiumPath = findChromium();
if (!chromiumPath) {
  const line =
    'Portal OIDC sign-in: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH), so it is SKIPPED here; install it with `apt-get install -y chromium` (CI does).';
  process.stdout.write(`\n${line}\n`);
  if (process.env.CI) throw new Error(line);
}
const describeWithChromium = chromiumPath ? describe : describe.skip;

/**
 * Access tokens of the test provider live this long; the portal renews them 60 s before they
 * expire (oidc-client-ts' default), so 15 s after each one is issued.
 */
const TOKEN_SECONDS = 75;
const PASSWORD = 'not-checked-by-the-test-provider';

interface Claims {
  iss: string;
  aud: string | string[];
  sub: string;
  exp: number;
  role: string[];
}

function claimsOf(authorization: string | null | undefined): Claims {
  const token = (authorization ?? '').replace(/^Bearer /, '');
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Claims;
}

/**
 * Production sign-in in Chromium against a real OpenID provider (oidc-provider in a process of
 * its own): both APIs and the portal server in production mode with AUTH_ISSUER and
 * AUTH_JWKS_URL pointing at it, the portal a public client with the authorization code flow and
 * PKCE (S256). Sign-in at the provider's login form for each role, the APIs accepting its tokens,
 * a reload that stays signed in (silent sign-in at the provider's session), silent renewal with
 * the renewed token in use, sign-out at the provider, and expiry without renewal.
 */
describeWithChromium('portal (Chromium): sign-in at an OpenID provider', () => {
  let issuer: OidcIssuer;
  let stack: PortalStack;
  let browser: Browsing;
  /** Content Security Policy complaints of any page (there should be none). */
  const violations: string[] = [];

  beforeAll(async () => {
    const staticDir = buildPortal();
    // The provider needs the portal's address for its redirect URIs, the portal the provider's.
    const listening = await new Promise<Server>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const { port } = listening.address() as { port: number };
    issuer = await startOidcIssuer({
      portalOrigin: `http://127.0.0.1:${port}`,
      tokenSeconds: TOKEN_SECONDS,
    });
    stack = await PortalStack.start(staticDir, {
      listening,
      env: {
        NODE_ENV: 'production',
        AUTH_LOCAL_KEY: '',
        AUTH_ISSUER: issuer.issuer,
        AUTH_JWKS_URL: issuer.jwksUrl,
        PORTAL_OIDC_CLIENT_ID: ISSUER_CLIENT_ID,
        PORTAL_OIDC_SCOPE: 'openid profile api',
      },
    });
    browser = await launchChromium(chromiumPath!);
    // The provider's built-in login page imports a web font; this machine has no internet.
    await browser.context.route(/^https:\/\/fonts\./, (route) => route.abort());
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await issuer?.close();
  });

  afterEach(() => {
    expect(violations).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return page;
  }

  /** From the portal's sign-in page through the provider's login form. */
  async function signInAtIssuer(page: Page, login: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).click();
    await page.waitForURL((url) => url.origin === issuer.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  /** Signs out in the portal and confirms at the provider; back on the portal's sign-in page. */
  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.origin === issuer.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${stack.url}/sign-in`));
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).waitFor();
  }

  it('serves a policy that lets the app call and frame the provider, and nothing else', async () => {
    const page = await fetch(`${stack.url}/sign-in`);
    const csp = Object.fromEntries(
      (page.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(csp).toMatchObject({
      'frame-src': `'self' ${issuer.issuer}`,
      'connect-src': `'self' ${issuer.issuer}`,
      'script-src': "'self'",
      'default-src': "'self'",
      'frame-ancestors': "'self'",
    });
    const config = (await (await fetch(`${stack.url}/portal/config.json`)).json()) as object;
    expect(config).toEqual({
      signIn: 'oidc',
      oidc: { authority: issuer.issuer, clientId: ISSUER_CLIENT_ID, scope: 'openid profile api' },
      claims: { role: 'role', organisationId: 'org_id', coachId: 'coach_id' },
    });
    // Production: no demo sign-in.
    expect((await fetch(`${stack.url}/portal/demo/accounts`)).status).toBe(404);
  });

  const ROLES = [
    {
      login: 'werkgever.hengelo',
      path: '/employer/vacancies',
      who: 'Werkgever: werkgever.hengelo',
      api: '/api/registry/',
    },
    {
      login: 'adviseur.enschede',
      path: '/adviser/vacancies',
      who: 'Adviseur werkgeversdienstverlening: adviseur.enschede',
      api: '/api/registry/',
    },
    {
      login: 'coach.almelo',
      path: '/coach/introductions',
      who: 'Jobcoach: coach.almelo',
      api: '/api/profiles/',
    },
    {
      login: 'beheerder.twente',
      path: '/admin/jobs',
      who: 'Applicatiebeheerder: beheerder.twente',
      api: '/api/profiles/admin/jobs/failed',
    },
  ];

  it.each(ROLES)(
    'signs $login in at the provider, back on $path as that role, with API calls that pass',
    async ({ login, path, who, api }) => {
      // A clean start: no session at the provider from an earlier test.
      await browser.context.clearCookies();
      const page = await newPage();
      await page.goto(`${stack.url}${path}`);
      const answered = page.waitForResponse(
        (r) => r.url().startsWith(`${stack.url}${api}`) && r.request().method() === 'GET',
        { timeout: 100_000 },
      );
      await signInAtIssuer(page, login);
      await page.waitForURL(`${stack.url}${path}`);
      expect(await page.getByTestId('signed-in-as').textContent()).toBe(who);
      const response = await answered;
      expect(response.status()).toBe(200);
      const claims = claimsOf(await response.request().headerValue('authorization'));
      expect(claims).toMatchObject({ iss: issuer.issuer, aud: 'werkplein-twente', sub: login });
      if (login === 'beheerder.twente') {
        await page.getByTestId('failed-count').waitFor();
        // PORTAL_QUEUE_DASHBOARD_URL is not set here: no link to a guessed address.
        expect(await page.getByTestId('queue-dashboard').count()).toBe(0);
      }
      await signOut(page);
      // Signed out at the provider too: a reload does not sign in again silently.
      await page.reload();
      await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).waitFor();
      expect(await page.getByTestId('signed-in-as').count()).toBe(0);
      await page.close();
    },
    120_000,
  );

  it('stays signed in on a reload, renews the token silently and uses the renewed one', async () => {
    await browser.context.clearCookies();
    const page = await newPage();
    const apiTokens: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${stack.url}/api/`)) {
        apiTokens.push(request.headers().authorization ?? '');
      }
    });
    await page.goto(`${stack.url}/admin/jobs`);
    await signInAtIssuer(page, 'beheerder.twente');
    await page.waitForURL(`${stack.url}/admin/jobs`);
    await page.getByTestId('failed-count').waitFor();
    const signedIn = apiTokens.at(-1)!;
    expect(claimsOf(signedIn).sub).toBe('beheerder.twente');
    // Nothing of the OIDC session is stored in the browser (the demo's reload store stays empty).
    expect(
      await page.evaluate(() => {
        const store = (
          globalThis as unknown as {
            sessionStorage: {
              length: number;
              key(i: number): string | null;
              getItem(k: string): string | null;
            };
          }
        ).sessionStorage;
        return Array.from({ length: store.length }, (_, i) => store.getItem(store.key(i)!) ?? '');
      }),
    ).not.toContainEqual(expect.stringContaining(signedIn));
    expect(
      await page.evaluate(
        (key) =>
          (
            globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
          ).sessionStorage.getItem(key),
        DEMO_SESSION_KEY,
      ),
    ).toBeNull();

    // A reload: tokens were in memory only, the silent sign-in at the provider's session brings
    // the user back on the same page without the sign-in page or the provider's form.
    const silentAuthorize = page.waitForRequest(
      (r) => r.url().startsWith(`${issuer.issuer}/auth?`) && r.url().includes('prompt=none'),
    );
    await page.reload();
    await silentAuthorize;
    await page.getByTestId('failed-count').waitFor();
    expect(page.url()).toBe(`${stack.url}/admin/jobs`);
    expect(await page.getByTestId('signed-in-as').textContent()).toBe(
      'Applicatiebeheerder: beheerder.twente',
    );
    const afterReload = apiTokens.at(-1)!;
    expect(afterReload).not.toBe(signedIn);
    expect(claimsOf(afterReload).sub).toBe('beheerder.twente');

    // Silent renewal before expiry: a new token from the provider's token endpoint...
    const renewed = await page.waitForResponse(
      (r) => r.url() === `${issuer.issuer}/token` && r.status() === 200,
      { timeout: (TOKEN_SECONDS - 30) * 1000 },
    );
    const { access_token: renewedToken } = (await renewed.json()) as { access_token: string };
    expect(renewedToken).not.toBe(afterReload.replace(/^Bearer /, ''));
    // ...that the next API call carries, and the API accepts.
    await page.locator('nav a[href="/admin"]').click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail: wie zag wat' }).waitFor();
    const refetched = page.waitForResponse((r) =>
      r.url().startsWith(`${stack.url}/api/profiles/admin/jobs/failed`),
    );
    await page.locator('nav a[href="/admin/jobs"]').click();
    const response = await refetched;
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('authorization')).toBe(`Bearer ${renewedToken}`);
    expect(claimsOf(renewedToken).exp).toBeGreaterThan(claimsOf(afterReload).exp);
    await page.close();
  }, 120_000);

  it('signs out with a message when the token expires and cannot be renewed', async () => {
    await browser.context.clearCookies();
    const page = await newPage();
    await page.goto(`${stack.url}/admin/jobs`);
    await signInAtIssuer(page, 'beheerder.twente');
    await page.waitForURL(`${stack.url}/admin/jobs`);
    await page.getByTestId('failed-count').waitFor();
    // The session at the provider ends (its cookies are gone): renewal gets login_required.
    await browser.context.clearCookies();
    const refused = page.waitForRequest(
      (r) => r.url().startsWith(`${stack.url}/auth/silent?`) && r.url().includes('error='),
      { timeout: TOKEN_SECONDS * 1000 },
    );
    expect(new URL((await refused).url()).searchParams.get('error')).toBe('login_required');
    // Still signed in until the token expires; then the sign-in page says why.
    expect(await page.getByTestId('signed-in-as').count()).toBe(1);
    await page
      .getByRole('alert')
      .getByText('Uw sessie is verlopen. Meld u opnieuw aan.')
      .waitFor({ timeout: TOKEN_SECONDS * 1000 });
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    // Signing in again returns to the page the user was on.
    await signInAtIssuer(page, 'beheerder.twente');
    await page.waitForURL(`${stack.url}/admin/jobs`);
    await page.close();
  }, 180_000);
});
