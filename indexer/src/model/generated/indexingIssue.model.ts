import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * A log from a trusted contract that did not decode, or a blob that could not be fetched or verified.
 */
@Entity_()
export class IndexingIssue {
    constructor(props?: Partial<IndexingIssue>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @IntColumn_({nullable: false})
    blockNumber!: number

    @StringColumn_({nullable: true})
    txHash!: string | undefined | null

    @IntColumn_({nullable: true})
    logIndex!: number | undefined | null

    @StringColumn_({nullable: true})
    address!: string | undefined | null

    @StringColumn_({nullable: true})
    topic0!: string | undefined | null

    /**
     * short stable code: undecodable-log, blob-missing, blob-corrupt, state-read-failed, ...
     */
    @Index_()
    @StringColumn_({nullable: false})
    reason!: string

    @StringColumn_({nullable: true})
    detail!: string | undefined | null

    @DateTimeColumn_({nullable: false})
    timestamp!: Date
}
