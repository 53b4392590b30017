export { DatasetError, FORMAT_VERSION, type ChunkEntry, type DatasetBlock, type DatasetManifest } from './format'
export { DatasetReader } from './reader'
export { DatasetWriter, type DatasetWriterOptions } from './writer'
export { recordDataset, type RecordOptions, type RecordProgress } from './recorder'
