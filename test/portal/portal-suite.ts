import { Browsing, findChromium, launchChromium, Page } from './browser';
import { buildPortal, PortalStack, PortalStackOptions } from './portal-stack';
import { demoToken, localeKeys } from './visit';

const STARTUP_TIMEOUT_MS = 240_000;

/** What a browser suite's tests use: the stack (once started) and a Chromium of its own. */
export interface PortalSuite {
  readonly stack: PortalStack;
  /** The portal server's origin. */
  readonly url: string;
  newPage(): Promise<Page>;
  /** A bearer token of a demo account (signed once per suite). */
  token(account: string): Promise<string>;
}

class StartedSuite implements PortalSuite {
  started?: { stack: PortalStack; browser: Browsing };
  private readonly tokens = new Map<string, Promise<string>>();

  private get running() {
    if (!this.started) throw new Error('the portal stack is not started (use it inside a test)');
    return this.started;
  }

  get stack(): PortalStack {
    return this.running.stack;
  }

  get url(): string {
    return this.running.stack.url;
  }

  newPage(): Promise<Page> {
    return this.running.browser.context.newPage();
  }

  token(account: string): Promise<string> {
    if (!this.tokens.has(account)) this.tokens.set(account, demoToken(this.url, account));
    return this.tokens.get(account)!;
  }
}

/**
 * A browser suite: the portal built into a folder of its own, the standalone's stack on this
 * suite's database and queue (PostgreSQL/Redis when configured, PGlite otherwise), and Chromium;
 * all stopped afterwards. Without Chromium the suite is skipped with a line saying so (and fails
 * on CI, which has it).
 */
export function describePortal(
  what: string,
  body: (suite: PortalSuite) => void,
  options: PortalStackOptions = {},
): void {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const line = `Portal browser tests (${what}): no Chromium at /usr/bin/chromium (or CHROMIUM_PATH), so they are SKIPPED here; install it with \`apt-get install -y chromium\` (CI does).`;
    process.stdout.write(`\n${line}\n`);
    if (process.env.CI) throw new Error(line);
  }
  (chromiumPath ? describe : describe.skip)(`portal (Chromium): ${what}`, () => {
    const suite = new StartedSuite();
    beforeAll(async () => {
      const stack = await PortalStack.start(buildPortal(), options);
      suite.started = { stack, browser: await launchChromium(chromiumPath!) };
    }, STARTUP_TIMEOUT_MS);
    afterAll(async () => {
      await suite.started?.browser.close();
      await suite.started?.stack.close();
    });
    body(suite);
  });
}

/** A test that the locale namespaces have the same keys in nl, de and en (and at least `atLeast`). */
export function itHasTheSameKeys(namespaces: string[], atLeast = 1): void {
  it(`has the same keys in nl, de and en (${namespaces.join(', ')})`, () => {
    for (const ns of namespaces) {
      const keys = localeKeys(ns);
      expect(keys.nl.length).toBeGreaterThanOrEqual(atLeast);
      expect(keys.de).toEqual(keys.nl);
      expect(keys.en).toEqual(keys.nl);
    }
  });
}
