import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

@Entity_()
export class Swap {
    constructor(props?: Partial<Swap>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    txHash!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    sender!: string

    @Index_()
    @StringColumn_({nullable: false})
    recipient!: string

    /**
     * OPG wei into the pool (negative = out of the pool)
     */
    @BigIntColumn_({nullable: false})
    amountOpg!: bigint

    /**
     * USDC units (6 decimals) into the pool
     */
    @BigIntColumn_({nullable: false})
    amountUsdc!: bigint

    /**
     * USD per OPG after the swap, from sqrtPriceX96
     */
    @BigDecimalColumn_({nullable: false})
    priceUsd!: BigDecimal

    @BigDecimalColumn_({nullable: false})
    volumeUsd!: BigDecimal

    @BigIntColumn_({nullable: false})
    sqrtPriceX96!: bigint

    @BigIntColumn_({nullable: false})
    liquidity!: bigint

    @IntColumn_({nullable: false})
    tick!: number
}
