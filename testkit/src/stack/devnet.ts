import type { startTestDevnet } from '@og-explorer/devnet'

/** The simulated chains a test stack runs on; in a file of its own so spoof.ts and stack.ts need not import each other. */
export type TestDevnet = Awaited<ReturnType<typeof startTestDevnet>>
