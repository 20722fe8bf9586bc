/**
 * Readability drops every class, and with it the language of code blocks (`language-js`,
 * `lang-py`, GitHub's `highlight-source-ts`, SyntaxHighlighter's `brush: php`). This copies the
 * language to `data-lang` on the `<pre>` before extraction, where the Markdown copy reads it.
 */
const LANGUAGE_CLASS = /(?:^|\s)(?:language-|lang-|highlight-source-|brush:\s*)([\w+#.-]{1,30})/i;

export function markCodeLanguages(root: Document | Element): void {
  for (const pre of root.querySelectorAll('pre')) {
    if (pre.hasAttribute('data-lang')) continue;
    const holders = [pre, pre.querySelector('code'), pre.parentElement, pre.parentElement?.parentElement];
    for (const holder of holders) {
      const language = holder?.getAttribute('class')?.match(LANGUAGE_CLASS)?.[1];
      if (language) {
        pre.setAttribute('data-lang', language.toLowerCase());
        break;
      }
    }
  }
}
