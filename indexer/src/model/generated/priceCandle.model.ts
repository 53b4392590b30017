import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, DateTimeColumn as DateTimeColumn_, BigDecimalColumn as BigDecimalColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {CandleInterval} from "./_candleInterval"

@Index_(["interval", "start"], {unique: false})
@Entity_()
export class PriceCandle {
    constructor(props?: Partial<PriceCandle>) {
        Object.assign(this, props)
    }

    /**
     * interval-startUnixSeconds
     */
    @PrimaryColumn_()
    id!: string

    @Column_("varchar", {length: 4, nullable: false})
    interval!: CandleInterval

    @DateTimeColumn_({nullable: false})
    start!: Date

    /**
     * USD per OPG
     */
    @BigDecimalColumn_({nullable: false})
    open!: BigDecimal

    @BigDecimalColumn_({nullable: false})
    high!: BigDecimal

    @BigDecimalColumn_({nullable: false})
    low!: BigDecimal

    @BigDecimalColumn_({nullable: false})
    close!: BigDecimal

    @BigDecimalColumn_({nullable: false})
    volumeUsd!: BigDecimal

    /**
     * OPG wei traded
     */
    @BigIntColumn_({nullable: false})
    volumeOpg!: bigint

    @IntColumn_({nullable: false})
    swaps!: number
}
