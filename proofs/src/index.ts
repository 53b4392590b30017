export * from './hex';
export * from './message';
export { deterministicRsaKey, type DeterministicRsaKey } from './rsa-keygen';
export { signTeeMessage } from './pss-sign';
export { verifyTeeSignature } from './pss-verify';
export * from './batch-root';
export * from './batch';
export * from './individual';
export * from './blob-id';
