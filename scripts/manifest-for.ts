export type TargetBrowser = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

/** Derives the per-browser manifest from the shared manifest.json. */
export function manifestFor(base: Manifest, browser: TargetBrowser): Manifest {
  const manifest: Manifest = structuredClone(base);
  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages: `scripts`, not `service_worker`.
    const worker = manifest.background?.service_worker;
    if (typeof worker === 'string') manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'lectern@lectern-reader',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}
