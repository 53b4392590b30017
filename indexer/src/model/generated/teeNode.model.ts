import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BooleanColumn as BooleanColumn_, DateTimeColumn as DateTimeColumn_, FloatColumn as FloatColumn_, ManyToOne as ManyToOne_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Validator} from "./validator.model"
import {Heartbeat} from "./heartbeat.model"

/**
 * A TEE node, keyed by teeId = keccak256(DER signing public key).
 */
@Entity_()
export class TeeNode {
    constructor(props?: Partial<TeeNode>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    /**
     * registry contract it was last registered on
     */
    @Index_()
    @StringColumn_({nullable: false})
    registry!: string

    @Index_()
    @StringColumn_({nullable: false})
    owner!: string

    @Index_()
    @IntColumn_({nullable: false})
    teeType!: number

    @Index_()
    @StringColumn_({nullable: true})
    paymentAddress!: string | undefined | null

    @StringColumn_({nullable: true})
    endpoint!: string | undefined | null

    /**
     * DER SubjectPublicKeyInfo, hex
     */
    @StringColumn_({nullable: true})
    publicKey!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    pcrHash!: string | undefined | null

    @Index_()
    @BooleanColumn_({nullable: false})
    enabled!: boolean

    @DateTimeColumn_({nullable: false})
    registeredAt!: Date

    @IntColumn_({nullable: false})
    registeredBlock!: number

    @DateTimeColumn_({nullable: true})
    lastHeartbeatAt!: Date | undefined | null

    @IntColumn_({nullable: false})
    heartbeatCount!: number

    /**
     * enabled seconds since registration covered by heartbeats: each heartbeat covers the time the node was enabled since the previous heartbeat (or registration), at most the registry's heartbeatMaxAge
     */
    @IntColumn_({nullable: false})
    coveredSeconds!: number

    /**
     * coveredSeconds / seconds the node was enabled since registration (time since registration minus disabledSeconds and the open span since disabledAt), 0..1, as of the last indexed block; a disabled node keeps the figure it had when disabled
     */
    @FloatColumn_({nullable: false})
    uptime!: number

    /**
     * seconds spent disabled since registration over finished spans (TEEDisabled to the next TEEEnabled); not expected to heartbeat then, so excluded from uptime
     */
    @IntColumn_({nullable: false})
    disabledSeconds!: number

    /**
     * when the node was disabled, while it still is; null while enabled (and for a node the indexer first saw already disabled)
     */
    @DateTimeColumn_({nullable: true})
    disabledAt!: Date | undefined | null

    /**
     * seconds spent disabled since the last heartbeat (or registration): the part of the next heartbeat's gap it does not vouch for
     */
    @IntColumn_({nullable: false})
    disabledSinceHeartbeat!: number

    /**
     * the registry's heartbeatMaxAge when last read, seconds
     */
    @IntColumn_({nullable: false})
    heartbeatMaxAge!: number

    /**
     * the validator this node belongs to, when its owner operates one
     */
    @Index_()
    @ManyToOne_(() => Validator, {nullable: true})
    validator!: Validator | undefined | null

    @IntColumn_({nullable: false})
    inferenceCount!: number

    @OneToMany_(() => Heartbeat, e => e.tee)
    heartbeats!: Heartbeat[]
}
