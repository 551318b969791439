import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Bytes sent per path since the last reset (gzip where a CDN would gzip). */
  transferred: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * Serves dist/ the way a static host does: directory → index.html, unknown path →
 * the nearest 404.html, optional extra headers per request, gzip for text.
 */
export async function serveStatic(
  root: string,
  options: { base?: string; headers?: (path: string) => Record<string, string> } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const transferred = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return send(404, await notFound(root, '/'), '.html', path);
    path = '/' + path.slice(base.length);
    let file = join(root, normalize(path));
    if (!file.startsWith(root)) return send(403, Buffer.from('forbidden'), '.txt', path);
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${base}${path.slice(1)}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      send(200, await readFile(file), extname(file), path);
    } catch {
      send(404, await notFound(root, path), '.html', path);
    }

    function send(status: number, body: Buffer, ext: string, logical: string) {
      const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && /html|js|css|json|svg|xml|txt/.test(ext);
      const payload = gzip ? gzipSync(body, { level: 9 }) : body;
      transferred.set(logical, payload.length);
      res.writeHead(status, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': payload.length,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...(options.headers?.(`${base}${logical.slice(1)}`) ?? {}),
      });
      res.end(payload);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    transferred,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function notFound(root: string, path: string): Promise<Buffer> {
  const parts = path.split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const candidate = join(root, ...parts.slice(0, i), '404.html');
    try {
      return await readFile(candidate);
    } catch {
      // try the parent folder
    }
  }
  return Buffer.from('Not found');
}
