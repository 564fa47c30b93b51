// A minimal W3C WebDriver client: just what the end-to-end tests need, over fetch.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriver {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.sessionId = null;
  }

  async request(method, path, body) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`${method} ${path}: ${res.status} ${v.error ?? ''} ${v.message ?? ''}`);
    }
    return json.value;
  }

  async start(capabilities) {
    const value = await this.request('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    this.sessionId = value.sessionId;
  }

  s(path) {
    return `/session/${this.sessionId}${path}`;
  }

  async quit() {
    if (this.sessionId) await this.request('DELETE', this.s('')).catch(() => {});
    this.sessionId = null;
  }

  async execute(script, ...args) {
    return this.request('POST', this.s('/execute/sync'), { script, args });
  }

  async find(css) {
    const value = await this.request('POST', this.s('/element'), { using: 'css selector', value: css });
    return value[ELEMENT];
  }

  async click(css) {
    const id = await this.waitFor(css);
    await this.request('POST', this.s(`/element/${id}/click`), {});
  }

  async type(css, text) {
    const id = await this.waitFor(css);
    await this.request('POST', this.s(`/element/${id}/value`), { text });
  }

  /** The element's rendered text (innerText, as the agent reads it). */
  async text(css) {
    await this.waitFor(css);
    return this.execute('return document.querySelector(arguments[0]).innerText', css);
  }

  async screenshot() {
    return Buffer.from(await this.request('GET', this.s('/screenshot')), 'base64');
  }

  /** Wait until `css` matches an element; return its id. */
  async waitFor(css, timeoutMs = 20000) {
    return this.until(`element ${css}`, async () => this.find(css).catch(() => null), timeoutMs);
  }

  /** Poll `check` until it returns something truthy. */
  async until(what, check, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await check();
      if (last) return last;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`timed out waiting for ${what}`);
  }
}

export const ENTER = '\uE007';
export const ESCAPE = '\uE00C';
