import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BooleanColumn as BooleanColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * An approved enclave measurement on one registry.
 */
@Entity_()
export class Pcr {
    constructor(props?: Partial<Pcr>) {
        Object.assign(this, props)
    }

    /**
     * registry-pcrHash-teeType
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    registry!: string

    @Index_()
    @StringColumn_({nullable: false})
    pcrHash!: string

    /**
     * null when the registry's PCRRevoked has no type argument
     */
    @IntColumn_({nullable: true})
    teeType!: number | undefined | null

    @StringColumn_({nullable: true})
    version!: string | undefined | null

    @BooleanColumn_({nullable: false})
    active!: boolean

    @DateTimeColumn_({nullable: false})
    approvedAt!: Date

    @IntColumn_({nullable: false})
    approvedBlock!: number

    @DateTimeColumn_({nullable: true})
    revokedAt!: Date | undefined | null

    @IntColumn_({nullable: true})
    revokedBlock!: number | undefined | null
}
