import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"
import {PaymentScheme} from "./_paymentScheme"
import {Account} from "./account.model"

/**
 * An x402 payment: a Settled()/SettledWithPermit() from a proxy with the OPG transfer of the same tx. Indexed by payer and payee with time, for address pages.
 */
@Index_(["payer", "timestamp"], {unique: false})
@Index_(["payee", "timestamp"], {unique: false})
@Entity_()
export class Payment {
    constructor(props?: Partial<Payment>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex of the proxy event
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

    @Index_()
    @Column_("varchar", {length: 5, nullable: false})
    scheme!: PaymentScheme

    @StringColumn_({nullable: false})
    proxy!: string

    @ManyToOne_(() => Account, {nullable: true})
    payer!: Account

    @ManyToOne_(() => Account, {nullable: true})
    payee!: Account

    /**
     * from the upto witness; unknown for exact
     */
    @Index_()
    @StringColumn_({nullable: true})
    facilitator!: string | undefined | null

    /**
     * OPG wei (indexed: the largest payments are a common question)
     */
    @Index_()
    @BigIntColumn_({nullable: false})
    amount!: bigint

    /**
     * amount x OPG price at that time
     */
    @BigDecimalColumn_({nullable: false})
    amountUsd!: BigDecimal

    /**
     * the TEE node (teeId) whose registered payment address received it; a plain id, not a relation, because TEE nodes live on the other chain's pipeline
     */
    @Index_()
    @StringColumn_({nullable: true})
    teeId!: string | undefined | null

    @BooleanColumn_({nullable: false})
    withPermit!: boolean
}
