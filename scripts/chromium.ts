/**
 * Debian's headless Chromium as the browser tests (test/support/browser.ts) and the Lighthouse
 * benchmark (bench/web/lighthouse.ts) start it: installed by scripts/ensure-tools.sh, and with no
 * background traffic, which this machine's closed network would refuse (and which a test must not see).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
