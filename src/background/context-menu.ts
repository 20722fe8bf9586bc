import { browser } from '../shared/browser.ts';

export const MENU_READ = 'lectern-read';
export const MENU_SAVE = 'lectern-save';

/** Creates the page context-menu entries (once per install/update; they persist). */
export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_READ,
      title: browser.i18n.getMessage('menuRead') || 'Read in Lectern',
      contexts: ['page', 'selection'],
    });
    browser.contextMenus.create({
      id: MENU_SAVE,
      title: browser.i18n.getMessage('menuSave') || 'Save clean copy (HTML)',
      contexts: ['page'],
    });
  });
}
