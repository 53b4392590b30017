import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * Base flows for one UTC hour, kept incrementally: the sums of BaseDailyStat that add up over hours
 * (distinct paying wallets and end-of-day levels do not). A row exists only for hours with activity.
 */
@Entity_()
export class BaseHourlyStat {
    constructor(props?: Partial<BaseHourlyStat>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DDTHH
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    hour!: Date

    @IntColumn_({nullable: false})
    payments!: number

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
     * OPG wei out of vesting contracts and distributors
     */
    @BigIntColumn_({nullable: false})
    unlocked!: bigint

    @IntColumn_({nullable: false})
    swaps!: number

    @BigDecimalColumn_({nullable: false})
    swapVolumeUsd!: BigDecimal
}
