import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from 'selfsigned';
import { FIXTURES } from './paths';

export interface RecordedRequest {
  host: string;
  method: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
  requests: RecordedRequest[];
}

/** A site's optional `server.mjs`: returns true when it answered the request itself. */
type DynamicHandler = (req: IncomingMessage, res: ServerResponse, body: string) => boolean;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * HTTPS server on 127.0.0.1 that answers for every fixture host: the browser maps all
 * :443 traffic here (--host-resolver-rules), and the Host header picks the site folder.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'wallet-sentinel-fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  const requests: RecordedRequest[] = [];
  const handlers = new Map<string, Promise<DynamicHandler | null>>();

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const method = req.method ?? 'GET';
    const urlPath = req.url ?? '/';
    requests.push({ host, method, path: urlPath });
    readBody(req)
      .then((body) => route(host, req, res, body, handlers))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`fixture server error: ${String(error)}`);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(
  host: string,
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  handlers: Map<string, Promise<DynamicHandler | null>>,
): Promise<void> {
  const siteDir = path.join(FIXTURES, host);
  if (!isSafeHost(host) || !(await isDirectory(siteDir))) {
    send(res, 404, 'text/plain; charset=utf-8', `no fixture for ${host}`);
    return;
  }
  let handler = handlers.get(host);
  if (!handler) {
    handler = loadHandler(siteDir);
    handlers.set(host, handler);
  }
  const handle = await handler;
  if (handle && handle(req, res, body)) return;
  await serveStatic(siteDir, req, res);
}

async function serveStatic(
  siteDir: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://fixture').pathname);
  const file = path.join(siteDir, path.normalize(pathname));
  // path.normalize keeps a leading "/", so `..` cannot climb above siteDir; check anyway.
  if (!file.startsWith(siteDir) || path.basename(file) === 'server.mjs') {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  let target = file;
  if (await isDirectory(target)) target = path.join(target, 'index.html');
  else if (!(await isFile(target)) && path.extname(target) === '') {
    // Clean URLs first (/signin → signin.html), then the single-page app shell for client-side
    // routes such as /en/login.
    target = (await isFile(`${file}.html`)) ? `${file}.html` : path.join(siteDir, 'index.html');
  }
  if (!(await isFile(target))) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
  send(res, 200, type, await readFile(target), req.method === 'HEAD');
}

async function loadHandler(siteDir: string): Promise<DynamicHandler | null> {
  const file = path.join(siteDir, 'server.mjs');
  if (!(await isFile(file))) return null;
  const mod = (await import(pathToFileURL(file).href)) as { handle?: DynamicHandler };
  return typeof mod.handle === 'function' ? mod.handle : null;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headOnly = false,
): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(headOnly ? undefined : body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function isSafeHost(host: string): boolean {
  return /^[a-z0-9.-]+$/.test(host) && !host.includes('..');
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() ?? false;
}
