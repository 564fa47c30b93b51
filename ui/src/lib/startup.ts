// Tells the page (tests) and the backend (a startup benchmark) the inbox is up. Once.
import { backend } from './backend';

let announced = false;

export function announceInboxReady(): void {
  if (announced) return;
  announced = true;
  document.documentElement.dataset.inboxReady = 'true';
  backend.ui_ready().catch((e: unknown) => console.warn('ui_ready failed', e));
}
