import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * OG-chain numbers for one UTC day, kept incrementally.
 */
@Entity_()
export class OgDailyStat {
    constructor(props?: Partial<OgDailyStat>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DD
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * settled inferences of every kind
     */
    @IntColumn_({nullable: false})
    inferencesSettled!: number

    @IntColumn_({nullable: false})
    batchInferences!: number

    @IntColumn_({nullable: false})
    individualInferences!: number

    @IntColumn_({nullable: false})
    legacyInferences!: number

    @IntColumn_({nullable: false})
    hubInferences!: number

    /**
     * inferences whose signature verified (counted on the day they settled)
     */
    @IntColumn_({nullable: false})
    inferencesVerified!: number

    /**
     * inferences with a bad signature or in a corrupt or missing blob
     */
    @IntColumn_({nullable: false})
    inferencesFailed!: number

    @IntColumn_({nullable: false})
    settlements!: number

    @IntColumn_({nullable: false})
    heartbeats!: number

    /**
     * TEE nodes with at least one heartbeat that day
     */
    @IntColumn_({nullable: false})
    activeTees!: number

    @IntColumn_({nullable: false})
    stakingEvents!: number

    /**
     * ogwei staked across validators at the end of the day
     */
    @BigIntColumn_({nullable: false})
    totalStaked!: bigint
}
