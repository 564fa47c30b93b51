/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The mock build (`--mode mock`, served by the browser test) carries the same
 * Content-Security-Policy the desktop app enforces, so a CSP regression (an
 * inline script or style, an external font) shows up in the browser test. The
 * real build leaves CSP to Tauri, which must also allow its IPC origin.
 */
function mockCsp(mode: string): Plugin {
  return {
    name: 'polydesk-mock-csp',
    apply: 'build',
    transformIndexHtml(html) {
      if (mode !== 'mock') return html;
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
  plugins: [svelte(), mockCsp(mode)],
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: ['..'] },
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
