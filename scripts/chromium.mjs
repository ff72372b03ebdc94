// How every browser check here starts Chromium: the system's own build (Debian's apt package here and
// in CI; point CHROMIUM_PATH at your Chrome elsewhere), never a downloaded one. Without the
// background-networking flags, Chromium's own connections are refused in a sandbox without internet.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
