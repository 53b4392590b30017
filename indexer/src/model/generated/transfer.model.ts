import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Account} from "./account.model"

/**
 * An OPG transfer. Indexed by sender and receiver with time, for address pages.
 */
@Index_(["from", "timestamp"], {unique: false})
@Index_(["to", "timestamp"], {unique: false})
@Entity_()
export class Transfer {
    constructor(props?: Partial<Transfer>) {
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

    @ManyToOne_(() => Account, {nullable: true})
    from!: Account

    @ManyToOne_(() => Account, {nullable: true})
    to!: Account

    /**
     * OPG wei
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint
}
