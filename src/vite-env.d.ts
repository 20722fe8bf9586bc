/// <reference types="vite/client" />
declare module '*?script&iife' {
  const path: string;
  export default path;
}
