// How every tool here starts Debian's Chromium (tests, the demo, the benchmark): the flags from
// shared/toolchain.md, without which this machine's closed network refuses Chromium's own
// background connections at every start.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The flags that load one unpacked extension, and only that one. */
export const withExtension = (dir) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
