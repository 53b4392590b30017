import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * OPG leaving a vesting contract or a distributor: tokens entering circulation.
 */
@Entity_()
export class Unlock {
    constructor(props?: Partial<Unlock>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex of the transfer
     */
    @PrimaryColumn_()
    id!: string

    /**
     * allocation category id from common/src/tokenomics.ts: ecosystem, foundation, coreContributors, ...
     */
    @Index_()
    @StringColumn_({nullable: false})
    allocation!: string

    /**
     * vesting contract or distributor
     */
    @Index_()
    @StringColumn_({nullable: false})
    source!: string

    @StringColumn_({nullable: false})
    sourceKind!: string

    @Index_()
    @StringColumn_({nullable: false})
    beneficiary!: string

    /**
     * OPG wei
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    blockNumber!: number

    @StringColumn_({nullable: false})
    txHash!: string
}
