/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The test host's build (`--mode testhost`, served by polydesk-testhost to the browser
 * tests) carries the same Content-Security-Policy the desktop app enforces, so a CSP
 * regression (an inline script or style, an external font) shows up in the browser
 * tests. The real build leaves CSP to Tauri, which must also allow its IPC origin.
 */
function testHostCsp(mode: string): Plugin {
  return {
    name: 'polydesk-testhost-csp',
    apply: 'build',
    transformIndexHtml(html) {
      if (mode !== 'testhost') return html;
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:" />`,
      );
    },
  };
}

export default defineConfig(({ mode }) => ({
  base: './',
  clearScreen: false,
  plugins: [svelte(), testHostCsp(mode)],
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: ['..'] },
    // `vite --mode testhost` against a running `polydesk-testhost --port 8790`.
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.POLYDESK_TESTHOST_PORT ?? 8790}`, ws: true },
    },
  },
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  build: {
    // WebKitGTK (Linux), WKWebView (macOS) and WebView2 (Windows) all handle this.
    target: ['es2021', 'safari15', 'chrome105'],
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
}));
