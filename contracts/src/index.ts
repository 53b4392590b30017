export { loadArtifact, listArtifacts } from './artifacts'
export type { Artifact } from './compile'
export { DOCUMENTED_EVENTS, OWN_EVENTS, type DocumentedEvent } from './documented-events'
