export enum VerificationStatus {
    PENDING = "PENDING",
    VERIFIED = "VERIFIED",
    PARTIAL = "PARTIAL",
    INVALID = "INVALID",
    MISSING = "MISSING",
    UNVERIFIABLE = "UNVERIFIABLE",
}
