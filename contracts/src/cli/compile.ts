import { ARTIFACTS_DIR, artifactsAreFresh, compileAll, writeArtifacts } from '../compile'

// solc with viaIR takes tens of seconds, so unchanged sources reuse the artifacts.
if (artifactsAreFresh() && !process.argv.includes('--force')) {
  console.log(`contracts unchanged; artifacts in ${ARTIFACTS_DIR} are current`)
} else {
  const started = Date.now()
  const artifacts = compileAll()
  writeArtifacts(artifacts)
  console.log(`compiled ${artifacts.length} contracts into ${ARTIFACTS_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
