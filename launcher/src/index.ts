// The launcher's supervisor, shared with the fault suite in testkit.
export { restartDelay, Supervisor, type Backoff, type ExitRecord, type SupervisedRun, type SupervisorOptions } from './supervisor'
