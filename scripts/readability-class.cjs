// What the extension's bundles get for '@mozilla/readability' (vite.config.ts): its class alone.
// The package's index also loads isProbablyReaderable, which nothing calls, and a default import of
// the class's own file would add the bundler's CommonJS interop helpers.
exports.Readability = require('@mozilla/readability/Readability.js');
