import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {SettlementKind} from "./_settlementKind"
import {TeeNode} from "./teeNode.model"
import {VerificationStatus} from "./_verificationStatus"
import {Inference} from "./inference.model"

/**
 * One settlement log on the OG chain.
 */
@Index_(["status", "blockNumber"], {unique: false})
@Entity_()
export class Settlement {
    constructor(props?: Partial<Settlement>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 15, nullable: false})
    kind!: SettlementKind

    /**
     * the relay (or hub) contract that emitted it
     */
    @Index_()
    @StringColumn_({nullable: false})
    relay!: string

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
    @StringColumn_({nullable: true})
    merkleRoot!: string | undefined | null

    /**
     * declared number of leaves (batch kinds)
     */
    @IntColumn_({nullable: true})
    batchSize!: number | undefined | null

    /**
     * Walrus blob id, decoded from the event's UTF-8 bytes
     */
    @Index_()
    @StringColumn_({nullable: true})
    blobId!: string | undefined | null

    /**
     * the TEE node for individual settlements (null when the id is not registered)
     */
    @Index_()
    @ManyToOne_(() => TeeNode, {nullable: true})
    teeNode!: TeeNode | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    teeId!: string | undefined | null

    /**
     * the user address named by an individual settlement
     */
    @Index_()
    @StringColumn_({nullable: true})
    ethAddress!: string | undefined | null

    @Column_("varchar", {length: 12, nullable: false})
    status!: VerificationStatus

    /**
     * stable reason code when not VERIFIED: root-mismatch, size-mismatch, malformed, missing, bad-signature, ...
     */
    @StringColumn_({nullable: true})
    statusReason!: string | undefined | null

    /**
     * blob fetch attempts so far (durable: a restart resumes the count)
     */
    @IntColumn_({nullable: false})
    attempts!: number

    /**
     * answers of 404 so far; the blob is declared missing after a few (durable across restarts)
     */
    @IntColumn_({nullable: false})
    blobNotFound!: number

    /**
     * earliest time of the next fetch attempt (durable backoff); null when never tried or settled
     */
    @DateTimeColumn_({nullable: true})
    nextAttemptAt!: Date | undefined | null

    @DateTimeColumn_({nullable: true})
    verifiedAt!: Date | undefined | null

    /**
     * inferences expanded from this settlement
     */
    @IntColumn_({nullable: false})
    inferenceCount!: number

    @IntColumn_({nullable: false})
    validSignatures!: number

    @IntColumn_({nullable: false})
    invalidSignatures!: number

    @OneToMany_(() => Inference, e => e.settlement)
    inferences!: Inference[]
}
