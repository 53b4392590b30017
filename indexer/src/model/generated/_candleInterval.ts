export enum CandleInterval {
    HOUR = "HOUR",
    DAY = "DAY",
}
