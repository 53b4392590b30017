export enum InferenceMode {
    VANILLA = "VANILLA",
    ZKML = "ZKML",
    TEE = "TEE",
    UNKNOWN = "UNKNOWN",
}
