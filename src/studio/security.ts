/**
 * Who may talk to the studio: it edits files, so a web page elsewhere must
 * not be able to reach it through the browser. Three locks:
 *  - it listens on 127.0.0.1 only (studio-server.ts);
 *  - the Host header must be 127.0.0.1:<port> or localhost:<port> — a site
 *    could otherwise point a DNS name of its own at 127.0.0.1 (DNS rebinding);
 *  - every request carries the session's token: in the address the studio
 *    opens (?token=…), then in an HttpOnly, SameSite=Strict cookie that the
 *    first answer sets, or in the X-Yuebao-Token header. Another site's page
 *    has none of them. Writes must also come from the studio's own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-yuebao-token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function cookieName(port: number): string {
  return `yuebao_studio_${port}`;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

export type Verdict = { ok: true; fromQuery: boolean } | { ok: false; why: 'host' | 'token' | 'origin' };

export function admit(req: IncomingMessage, url: URL, options: { port: number; token: string }): Verdict {
  const hosts = [`127.0.0.1:${options.port}`, `localhost:${options.port}`];
  if (!hosts.includes(req.headers.host ?? '')) return { ok: false, why: 'host' };
  const origin = req.headers.origin;
  if (origin && !hosts.some((h) => origin === `http://${h}`)) return { ok: false, why: 'origin' };
  const fromQuery = url.searchParams.get('token');
  const given = fromQuery ?? (req.headers[TOKEN_HEADER] as string | undefined) ?? cookie(req, cookieName(options.port));
  if (!given || !same(given, options.token)) return { ok: false, why: 'token' };
  return { ok: true, fromQuery: fromQuery !== null };
}

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`;
}
