// The mock backend's CRM connection checks: the address as polydesk-core validates it, and
// what "test connection" finds on the simulated network.
//   a host with "offline" or "unreachable" in it: not reachable
//   the secret "wrong": refused credentials
//   a user name with "admin" in it: an administrator
import type { ConnectionSettings } from '../generated/ConnectionSettings';
import type { ConnectionTest } from '../generated/ConnectionTest';
import { MOCK_AGENT } from './mock-data';
import { BackendError } from './types';

/** As ConnectionSettings::validate in polydesk-core. */
export function validateConnection(s: ConnectionSettings): void {
  if (s.kind === 'demo') return;
  const url = s.url.trim();
  if (!(url.startsWith('https://') || url.startsWith('http://')) || url.length < 10) {
    throw new BackendError('INVALID_INPUT', `'${url}' is not a CRM address: it should start with https:// (e.g. https://acme.zendesk.com)`);
  }
  if (s.user !== null && s.user.trim() === '') {
    throw new BackendError('INVALID_INPUT', 'the user name is empty: fill it in, or leave it out to sign in with a token');
  }
}

export function account(s: ConnectionSettings): string {
  return `${s.kind}:${s.url.trim().replace(/\/+$/, '')}:${s.user ?? 'token'}`;
}

/** What a connection test finds, `secret` being the one typed or the one in the keychain. */
export function testConnection(settings: ConnectionSettings, secret: string | null): ConnectionTest {
  validateConnection(settings);
  if (settings.kind === 'demo') {
    return { ok: true, agent: MOCK_AGENT, is_admin: false, problem: null, message: 'the built-in demo CRM answers' };
  }
  const host = settings.url.replace(/^https?:\/\//, '').split('/')[0] ?? '';
  if (/offline|unreachable/.test(host)) {
    return { ok: false, agent: null, is_admin: false, problem: 'offline', message: `could not reach ${host}: connection refused` };
  }
  if (secret === 'wrong') {
    return { ok: false, agent: null, is_admin: false, problem: 'auth', message: 'the CRM refused the credentials (401)' };
  }
  const agent = settings.user ?? MOCK_AGENT;
  return { ok: true, agent, is_admin: /admin/i.test(agent), problem: null, message: `signed in to ${host}` };
}
