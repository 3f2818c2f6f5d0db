/** Small helpers for the studio's answers and request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../i18n/index.ts';
import { StudioError } from './studio-error.ts';

/** Uploads: a Word file with photos is a few MB; a phone's photo up to ~20 MB. */
export const MAX_UPLOAD = 200 * 1024 * 1024;
const MAX_JSON = 20 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, data: unknown): void {
  const body = Buffer.from(JSON.stringify(data));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': body.length, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': body.length, ...headers });
  res.end(body);
}

export async function readBody(req: IncomingMessage, limit = MAX_UPLOAD): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new StudioError(413, t().studio.tooLarge({ mb: Math.round(limit / 1024 / 1024) }));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson<T = Record<string, unknown>>(req: IncomingMessage): Promise<T> {
  const body = await readBody(req, MAX_JSON);
  try {
    const data = JSON.parse(body.toString('utf8') || '{}') as unknown;
    if (!data || typeof data !== 'object') throw new Error('not an object');
    return data as T;
  } catch {
    throw new StudioError(400, t().studio.badRequest);
  }
}
