import { browser } from './browser.ts';

const ALL_SITES = { origins: ['<all_urls>'] };

/** Asks for access to every site (the optional host permission); true when granted. */
export const requestAllSites = (): Promise<boolean> => browser.permissions.request(ALL_SITES);

/** Whether access to every site is granted now (the user can take it back in the browser). */
export const hasAllSites = (): Promise<boolean> => browser.permissions.contains(ALL_SITES);

export async function releaseAllSites(): Promise<void> {
  await browser.permissions.remove(ALL_SITES);
}

/** Asks for access to these origin patterns (`*://example.com/*`); true when granted. */
export const requestOrigins = (origins: string[]): Promise<boolean> => browser.permissions.request({ origins });
