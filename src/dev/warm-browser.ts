/**
 * One Chromium for the whole dev session: launching it costs about a second,
 * more than printing a changed issue, so it is started once and handed to
 * every build (`keepBrowser`). Should it crash or be killed, the next build
 * starts a new one instead of failing from then on.
 */
import type { Browser } from 'puppeteer';
import { t } from '../i18n/index.ts';
import { launchBrowser } from '../print/browser.ts';

export class WarmBrowser {
  private instance?: Browser;
  private launching?: Promise<Browser>;

  constructor(private readonly log: (line: string) => void) {}

  get(): Promise<Browser> {
    if (this.instance && !this.instance.connected) {
      this.log(t().dev.browserRestarted);
      this.instance = this.launching = undefined;
    }
    this.launching ??= launchBrowser({ ownSignals: true }).then(
      (browser) => (this.instance = browser),
      (error: unknown) => {
        this.launching = undefined; // try again next time
        throw error;
      },
    );
    return this.launching;
  }

  async close(): Promise<void> {
    const browser = await this.launching?.catch(() => undefined);
    this.instance = this.launching = undefined;
    await browser?.close().catch(() => {});
  }
}
