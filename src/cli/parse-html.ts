/**
 * Parses page text into a DOM Document with jsdom: scripts never run, nothing is fetched, and CSS
 * parse errors are not printed. jsdom was chosen by measurement (bench/speed.ts prints the figures);
 * it gives the same Readability output as Chromium.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const STYLE_BLOCKS = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

function parse(html: string, url: string, xml: boolean): Document {
  return new JSDOM(html, {
    url,
    contentType: xml ? 'application/xml' : 'text/html',
    virtualConsole: new VirtualConsole(),
  }).window.document;
}

export function parseHtml(html: string, url: string, xml = false): Document {
  try {
    return parse(html, url, xml);
  } catch (error) {
    // jsdom's CSS parser throws on some real stylesheets (e.g. uncompiled SCSS inside calc()).
    // Style sheets play no part in extraction, so parse once more without their contents.
    if (xml || error instanceof RangeError || !STYLE_BLOCKS.test(html)) throw error;
    return parse(html.replace(STYLE_BLOCKS, '$1$2'), url, xml);
  }
}
