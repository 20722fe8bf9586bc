/**
 * Parses page text into a DOM Document with jsdom: scripts never run, nothing is fetched, and CSS
 * parse errors are not printed. jsdom was chosen by measurement (bench/speed.ts prints the figures);
 * it gives the same Readability output as Chromium.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url: string, xml = false): Document {
  const dom = new JSDOM(html, {
    url,
    contentType: xml ? 'application/xml' : 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}
