// Which desktop the page runs on, for what CSS cannot ask itself (font stacks).
export type DesktopPlatform = 'linux' | 'mac' | 'windows' | 'other';

/** The platform named by a webview's user agent (WebKitGTK, WKWebView, WebView2). */
export function platformOf(userAgent: string): DesktopPlatform {
  if (/Windows NT/.test(userAgent)) return 'windows';
  if (/Macintosh|Mac OS X/.test(userAgent) && !/iPhone|iPad/.test(userAgent)) return 'mac';
  if (/Linux|X11/.test(userAgent) && !/Android/.test(userAgent)) return 'linux';
  return 'other';
}
