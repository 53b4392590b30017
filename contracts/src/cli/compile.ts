import { compileAll, writeArtifacts, ARTIFACTS_DIR } from '../compile'

const started = Date.now()
const artifacts = compileAll()
writeArtifacts(artifacts)
console.log(`compiled ${artifacts.length} contracts into ${ARTIFACTS_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
