import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"
import {TeeNode} from "./teeNode.model"

@Entity_()
export class Heartbeat {
    constructor(props?: Partial<Heartbeat>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => TeeNode, {nullable: true})
    tee!: TeeNode

    /**
     * the timestamp the enclave signed
     */
    @Index_()
    @DateTimeColumn_({nullable: false})
    reportedAt!: Date

    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    /**
     * search finds a heartbeat by its transaction
     */
    @Index_()
    @StringColumn_({nullable: false})
    txHash!: string

    /**
     * seconds since the previous heartbeat of this node
     */
    @IntColumn_({nullable: true})
    gapSeconds!: number | undefined | null

    /**
     * seconds since the previous heartbeat (or registration) the node spent disabled (TEEDisabled to TEEEnabled), when the registry refuses heartbeats: the part of gapSeconds not held against it
     */
    @IntColumn_({nullable: false})
    disabledSeconds!: number
}
