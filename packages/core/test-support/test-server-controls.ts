import type { EventEmitter } from "node:events";
import type { Server } from "node:http";

/** What both fake servers offer a test: wait until the client hangs up, and shut down. */
export function testServerControls<R extends { closedByClient: boolean }>(
  server: Server,
  requests: readonly R[],
  events: EventEmitter
): { waitForClientClose(timeoutMs?: number): Promise<R>; close(): Promise<void> } {
  return {
    waitForClientClose(timeoutMs = 5000) {
      const already = requests.find((r) => r.closedByClient);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the client did not close the connection")), timeoutMs);
        events.once("client-close", (record: R) => {
          clearTimeout(timer);
          resolve(record);
        });
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
