// Shared by the browser tests: the UI on the real core. Each test file starts its own
// `polydesk-testhost` (the app's commands and events over loopback HTTP, a real cache in a
// temporary folder, the in-process demo CRM) serving ui/dist-testhost, and drives the
// system Chromium through playwright-core.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '..', '..');
export const dist = join(root, 'ui', 'dist-testhost');
export const artifacts = join(root, 'tests', 'artifacts');

/** The test host binary cargo built (honours CARGO_TARGET_DIR and POLYDESK_TESTHOST). */
export function hostBinary() {
  if (process.env.POLYDESK_TESTHOST) return process.env.POLYDESK_TESTHOST;
  const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, 'target');
  return join(target, 'debug', 'polydesk-testhost');
}

/**
 * A test host on a free loopback port. `fixture`: demo (synced from the demo CRM), seeded
 * (the demo cases, no CRM), empty, corrupt, or cases:N. `keychain`: memory or refuse.
 * Resolves once it listens; `stop()` ends it and removes its cache.
 */
export async function startHost({ fixture = 'demo', keychain = 'memory', delayMs = 0, locale = 'en-US', timeoutMs = 120_000 } = {}) {
  const binary = hostBinary();
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run cargo build -p polydesk-testhost`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} is missing: run npm --prefix ui run build:testhost`);
  const args = ['--ui', dist, '--fixture', fixture, '--keychain', keychain, '--delay-ms', String(delayMs), '--locale', locale];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const started = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the test host did not start in ${timeoutMs} ms: ${stderr.join('')}`)), timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = /listening on (http:\/\/\S+)/.exec(line);
      if (found) {
        clearTimeout(timer);
        ok(found[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the test host exited (${code}): ${stderr.join('')}`));
    });
  });
  // A host that did not start is ended, so its pipes never keep the test run alive.
  const base = await started.catch((error) => {
    child.kill('SIGKILL');
    child.stdout.destroy();
    child.stderr.destroy();
    throw error;
  });
  return {
    base,
    /** What the host logged (the app's own warnings). */
    log: () => stderr.join(''),
    /** Call a command directly, as the page would (for set-up and checks). */
    async invoke(command, args = {}) {
      const response = await fetch(`${base}/api/invoke/${command}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      const body = await response.json();
      if (body.error) throw Object.assign(new Error(body.error.message), body.error);
      return body.ok;
    },
    /** What the host's shell was asked to do (windows shown, files opened). */
    shell: async () => (await fetch(`${base}/api/test/shell`)).json(),
    /** Make the demo CRM misbehave (a crm-sim fault SPEC: `429:3600`, `401`, `malformed`, `none`). */
    async demoFaults(spec) {
      const response = await fetch(`${base}/api/test/demo-faults`, { method: 'POST', body: spec });
      if (!response.ok) throw new Error(`demo faults '${spec}': ${await response.text()}`);
    },
    /** A Zendesk-shaped CRM of its own: `{url, user, token}`. */
    async crm({ cases = 100, faults = '' } = {}) {
      const response = await fetch(`${base}/api/test/crm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cases, faults }),
      });
      if (!response.ok) throw new Error(`a test CRM could not start: ${await response.text()}`);
      return response.json();
    },
    stop() {
      return new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.on('exit', () => ok());
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
    },
  };
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
  p.setDefaultTimeout(15_000);
  return p;
}

export async function screenshot(p, name, options = {}) {
  mkdirSync(artifacts, { recursive: true });
  await p.screenshot({ path: join(artifacts, `${name}.png`), ...options });
}

/** Text without Fluent's bidi isolation marks. */
export const plain = (s) => s.replace(/[\u2066-\u2069]/g, '');

/**
 * The app ready to test on the real core: a test host with `options` (see `startHost`),
 * Chromium, and a context at 1440×900 in en-US. `open(path)` opens a watched page and
 * waits for the inbox; `host` is the test host; `close()` ends it all.
 */
export async function startApp(problems, options = {}) {
  const host = await startHost(options);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  return {
    base: host.base,
    host,
    browser,
    context,
    async open(path = '/') {
      const page = watch(await context.newPage(), problems);
      await page.goto(`${host.base}${path}`);
      await page.waitForSelector('html[data-inbox-ready="true"]');
      return page;
    },
    async close() {
      await browser.close();
      await host.stop();
    },
  };
}

/** Open the outbox from the status bar and wait for its items (or that it is empty). */
export async function openOutbox(page) {
  await page.click('[data-testid=sync-indicator]');
  await page.waitForSelector('[data-testid=outbox] :is([data-testid=outbox-item], [data-testid=outbox-empty])');
}

/** Close the outbox (Esc). */
export async function closeOutbox(page) {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=outbox]', { state: 'detached' });
}
