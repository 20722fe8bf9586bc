/// <reference types="vite/client" />
declare module '*?script&iife' {
  const path: string;
  export default path;
}
/** The browser a build is for (vite.config.ts). */
declare const __LECTERN_BROWSER__: 'chrome' | 'firefox';
