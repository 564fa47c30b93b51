// The transport of the desktop app: Tauri's IPC. The only module that talks to Tauri.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { commandClient, type Invoke } from '../generated/commands';
import { takeFirstPage, takeStatus } from './early-state';
import { BackendError, type Backend } from './types';

const send: Invoke = async (command, args) => {
  try {
    return await invoke(command, args);
  } catch (raw) {
    throw BackendError.from(raw);
  }
};

const commands = commandClient(send);

export const tauriBackend: Backend = {
  ...commands,
  initial_status: () => takeStatus(window),
  // The inbox's first page may already be in hand (the shell's early state).
  list_cases: (args) => {
    const early = takeFirstPage(window, args);
    return early ? Promise.resolve(early) : commands.list_cases(args);
  },
  listen: (event, cb) => listen(event, (e) => cb(e.payload as Parameters<typeof cb>[0])),
};
