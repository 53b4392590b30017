export enum PaymentScheme {
    EXACT = "EXACT",
    UPTO = "UPTO",
}
