import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, BigIntColumn as BigIntColumn_, Index as Index_, StringColumn as StringColumn_, BooleanColumn as BooleanColumn_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

@Entity_()
export class Account {
    constructor(props?: Partial<Account>) {
        Object.assign(this, props)
    }

    /**
     * lowercase address
     */
    @PrimaryColumn_()
    id!: string

    /**
     * OPG wei
     */
    @Index_()
    @BigIntColumn_({nullable: false})
    balance!: bigint

    @StringColumn_({nullable: true})
    label!: string | undefined | null

    /**
     * vesting, distributor, treasury, staking-pool, bridge, dex-pool, exchange, x402-proxy, tee-payment, ...
     */
    @Index_()
    @StringColumn_({nullable: true})
    category!: string | undefined | null

    /**
     * false for addresses whose balance is excluded from circulating supply
     */
    @BooleanColumn_({nullable: false})
    circulating!: boolean

    @DateTimeColumn_({nullable: false})
    firstSeenAt!: Date

    @IntColumn_({nullable: false})
    firstSeenBlock!: number

    @DateTimeColumn_({nullable: false})
    lastSeenAt!: Date

    @IntColumn_({nullable: false})
    transfersIn!: number

    @IntColumn_({nullable: false})
    transfersOut!: number

    /**
     * x402 payments made, OPG wei
     */
    @BigIntColumn_({nullable: false})
    paidTotal!: bigint

    @IntColumn_({nullable: false})
    paymentsMade!: number

    /**
     * x402 payments received, OPG wei
     */
    @BigIntColumn_({nullable: false})
    receivedTotal!: bigint

    @IntColumn_({nullable: false})
    paymentsReceived!: number

    @DateTimeColumn_({nullable: true})
    firstPaymentAt!: Date | undefined | null
}
