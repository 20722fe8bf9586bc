import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy: { extension_pages: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
};
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The README's "Permissions and why" table: permission → reason. */
function permissionTable(): Map<string, string> {
  const section = readme.split(/^## Permissions and why$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1]?.match(/^`([^`]+)`/)?.[1];
    if (name) rows.set(name, cells[2] ?? '');
  }
  return rows;
}

describe('the manifest asks for little, and the README says why', () => {
  it('every permission and optional host permission has its reason in the README', () => {
    const table = permissionTable();
    for (const permission of [...manifest.permissions, ...(manifest.optional_host_permissions ?? [])]) {
      expect(table.get(permission)?.length ?? 0, `README reason for ${permission}`).toBeGreaterThan(15);
    }
    // And the README names nothing the manifest does not ask for.
    for (const name of table.keys()) expect([...manifest.permissions, ...(manifest.optional_host_permissions ?? [])]).toContain(name);
  });

  it('no host access, content scripts, web-accessible resources or outside connections by default', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('extension pages have a strict CSP: own scripts only, no inline or eval, no plug-ins, no base, no forms, no framing', () => {
    const csp = manifest.content_security_policy.extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-|wasm|data:|https?:|\*/);
  });
});
