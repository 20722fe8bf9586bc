/** A test server on this machine, shared by the unit and end-to-end tests. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts `server` on a free local port: its origin, and a close that does not wait for open pages. */
export async function listenLocally(server: Server): Promise<{ origin: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // A page still open may hold a connection in use: close it too, or close() waits for the page.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A 1×1 grey PNG: the answer to every image request of the test servers. */
export const GREY_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN4+P//fwAJ0wPo9Nvt9wAAAABJRU5ErkJggg==',
  'base64',
);
