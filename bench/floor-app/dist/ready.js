// Report the first frame: after load, at the next animation frame.
window.addEventListener('load', () => {
  requestAnimationFrame(() => {
    window.__TAURI_INTERNALS__.invoke('ready').catch((e) => console.warn('ready failed', e));
  });
});
