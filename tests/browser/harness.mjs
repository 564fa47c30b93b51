// Shared by the browser tests: a static server for ui/dist-mock and the system Chromium
// through playwright-core. Build first: npm --prefix ui run build:mock
import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '..', '..');
export const dist = join(root, 'ui', 'dist-mock');
export const artifacts = join(root, 'tests', 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A static file server for `dir` on a free loopback port. */
export function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(dir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dir + sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Record console errors, page errors and CSP violations of `p` into `problems`. */
export function watch(p, problems) {
  p.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  p.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  p.setDefaultTimeout(10_000);
  return p;
}

export async function screenshot(p, name, options = {}) {
  mkdirSync(artifacts, { recursive: true });
  await p.screenshot({ path: join(artifacts, `${name}.png`), ...options });
}

/** Text without Fluent's bidi isolation marks. */
export const plain = (s) => s.replace(/[\u2066-\u2069]/g, '');

/**
 * The mocked app ready to test: ui/dist-mock served on loopback, Chromium, and a context
 * at 1440×900 in en-US. `open(path)` opens a watched page and waits for the inbox;
 * `close()` ends it all.
 */
export async function startMockApp(problems) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} is missing: run npm --prefix ui run build:mock`);
  }
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  return {
    base,
    browser,
    context,
    async open(path = '/') {
      const page = watch(await context.newPage(), problems);
      await page.goto(`${base}${path}`);
      await page.waitForSelector('html[data-inbox-ready="true"]');
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
