/**
 * An HTTP server on 127.0.0.1 only (never on the network: what it serves is
 * unpublished), for the dev server and the studio. A request that fails gets
 * a 500 with the reason instead of taking the server down; a port in use is
 * said in Chinese with what to do.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface LocalServerMessages {
  requestFailed: (p: { message: string }) => string;
  portInUse: (p: { port: number }) => string;
}

export function listenLocal(port: number, handler: Handler, messages: LocalServerMessages): Promise<Server> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(messages.requestFailed({ message: String((error as Error)?.message ?? error) }));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message = error.code === 'EADDRINUSE' ? messages.portInUse({ port }) : t().dev.cannotListen({ port, reason: error.message });
      reject(new YuebaoError(message, { cause: error }));
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
