// The transport of the test host (`polydesk-testhost`): the same commands over loopback
// HTTP, events over a WebSocket, from the origin that served the page. Used by the
// browser tests and by `vite --mode testhost`; the desktop app's build leaves it out.
import { commandClient, type EventName, type Events, type Invoke } from '../generated/commands';
import { BackendError, isErrorPayload, type Backend, type Listen } from './types';

export interface HttpOptions {
  /** Where the host is (default: the page's own origin). */
  base?: string;
  fetch?: typeof fetch;
  /** Opens the event socket (default: the browser's WebSocket). */
  socket?: (url: string) => WebSocket;
}

export function httpBackend(options: HttpOptions = {}): Backend {
  const base = options.base ?? (typeof location === 'undefined' ? '' : location.origin);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const openSocket = options.socket ?? ((url: string) => new WebSocket(url));

  const send: Invoke = async (command, args) => {
    let response: Response;
    try {
      response = await doFetch(`${base}/api/invoke/${command}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch (e) {
      throw new BackendError('UNKNOWN', `the test host cannot be reached: ${String(e)}`);
    }
    // `{ok: result}` or `{error: {code, message}}`, both 200: a failed command is an answer.
    const body = (await response.json().catch(() => null)) as { ok?: unknown; error?: unknown } | null;
    if (response.ok && body && 'ok' in body) return body.ok as never;
    if (body && isErrorPayload(body.error)) throw BackendError.from(body.error);
    throw new BackendError('UNKNOWN', `${command}: HTTP ${response.status}`);
  };

  type Callback = (payload: unknown) => void;
  const listeners = new Map<EventName, Set<Callback>>();
  let socket: Promise<WebSocket> | null = null;
  const connect = (): Promise<WebSocket> => {
    socket ??= new Promise((resolve, reject) => {
      const ws = openSocket(`${base.replace(/^http/, 'ws')}/api/events`);
      ws.addEventListener('open', () => resolve(ws), { once: true });
      ws.addEventListener('error', () => reject(new BackendError('UNKNOWN', 'the event socket could not open')), { once: true });
      ws.addEventListener('message', (m: MessageEvent) => {
        const { event, payload } = JSON.parse(String(m.data)) as { event: EventName; payload: unknown };
        listeners.get(event)?.forEach((cb) => cb(payload));
      });
    });
    return socket;
  };

  const listen: Listen = async <E extends EventName>(event: E, cb: (payload: Events[E]) => void) => {
    const callback = cb as Callback;
    const set = listeners.get(event) ?? new Set<Callback>();
    listeners.set(event, set);
    set.add(callback);
    await connect();
    return () => {
      set.delete(callback);
    };
  };

  return { ...commandClient(send), initial_status: () => null, listen };
}
