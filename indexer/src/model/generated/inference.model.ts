import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"
import {Settlement} from "./settlement.model"
import {SettlementKind} from "./_settlementKind"
import {TeeNode} from "./teeNode.model"
import {VerificationStatus} from "./_verificationStatus"
import {InferenceMode} from "./_inferenceMode"

/**
 * One settled inference: a batch leaf, an individual settlement, a legacy settlement or a hub inference.
 */
@Index_(["teeId", "timestamp"], {unique: false})
@Entity_()
export class Inference {
    constructor(props?: Partial<Inference>) {
        Object.assign(this, props)
    }

    /**
     * settlementId-leafIndex
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Settlement, {nullable: true})
    settlement!: Settlement

    @Index_()
    @Column_("varchar", {length: 15, nullable: false})
    kind!: SettlementKind

    /**
     * position in the Merkle dump's values (batches), 0 otherwise
     */
    @IntColumn_({nullable: false})
    leafIndex!: number

    /**
     * the registered TEE node (null when the leaf names an unregistered id)
     */
    @Index_()
    @ManyToOne_(() => TeeNode, {nullable: true})
    teeNode!: TeeNode | undefined | null

    @StringColumn_({nullable: true})
    teeId!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    inputHash!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    outputHash!: string | undefined | null

    /**
     * the enclave's signing time
     */
    @DateTimeColumn_({nullable: true})
    teeTimestamp!: Date | undefined | null

    @StringColumn_({nullable: true})
    signature!: string | undefined | null

    /**
     * null when there is no signature to check, or the TEE's key could not be read
     */
    @Index_()
    @BooleanColumn_({nullable: true})
    signatureValid!: boolean | undefined | null

    @Index_()
    @Column_("varchar", {length: 12, nullable: false})
    status!: VerificationStatus

    /**
     * stable reason code when not VERIFIED: bad-signature, key-unknown, ...
     */
    @StringColumn_({nullable: true})
    statusReason!: string | undefined | null

    @Index_()
    @Column_("varchar", {length: 7, nullable: false})
    mode!: InferenceMode

    /**
     * model CID (hub) or model name (legacy metadata), when the chain says
     */
    @StringColumn_({nullable: true})
    model!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    ethAddress!: string | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * settlement block time
     */
    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @Index_()
    @StringColumn_({nullable: false})
    txHash!: string
}
