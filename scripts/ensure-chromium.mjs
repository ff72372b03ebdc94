// Runs before `npm test`: the story, static-Storybook and consumer checks need a Chromium. It comes from
// the system (Debian's package here and in CI), never from a download. On a fresh Debian machine where
// we are root, install it; anywhere else, say exactly what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

if (!existsSync(chromiumPath)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get') && chromiumPath === '/usr/bin/chromium') {
    console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // DejaVu is the font the committed visual snapshots were drawn with (system-ui resolves to it).
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  } else {
    console.error(
      `No Chromium at ${chromiumPath}. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set ` +
        'CHROMIUM_PATH to your Chrome or Chromium binary, then run npm test again.',
    );
    process.exit(1);
  }
}
