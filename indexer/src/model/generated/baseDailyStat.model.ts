import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * Base numbers for one UTC day, kept incrementally.
 */
@Entity_()
export class BaseDailyStat {
    constructor(props?: Partial<BaseDailyStat>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DD
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    @IntColumn_({nullable: false})
    payments!: number

    /**
     * distinct wallets that paid that day
     */
    @IntColumn_({nullable: false})
    payingWallets!: number

    /**
     * wallets paying for the first time
     */
    @IntColumn_({nullable: false})
    newWallets!: number

    /**
     * OPG wei
     */
    @BigIntColumn_({nullable: false})
    paymentVolume!: bigint

    @BigDecimalColumn_({nullable: false})
    paymentVolumeUsd!: BigDecimal

    @IntColumn_({nullable: false})
    transfers!: number

    /**
     * OPG wei: total supply minus non-circulating balances, end of day
     */
    @BigIntColumn_({nullable: false})
    circulatingSupply!: bigint

    /**
     * OPG wei out of vesting contracts and distributors that day
     */
    @BigIntColumn_({nullable: false})
    unlocked!: bigint

    @IntColumn_({nullable: false})
    swaps!: number

    @BigDecimalColumn_({nullable: false})
    swapVolumeUsd!: BigDecimal

    /**
     * USD per OPG, last swap of the day (carried forward)
     */
    @BigDecimalColumn_({nullable: true})
    priceClose!: BigDecimal | undefined | null
}
